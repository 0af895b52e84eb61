"""Checks every window and dialog must pass: names, roles, labels in names, no Tab trap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

VAGUE_ROLES = {QAccessible.Role.NoRole, QAccessible.Role.Client, QAccessible.Role.Pane,
               QAccessible.Role.Grouping, QAccessible.Role.Separator}


def walk(iface: QAccessibleInterface, depth: int = 0) -> list[QAccessibleInterface]:
    """Return the interface and all its descendants (bounded, tables can be large)."""
    found = [iface]
    if depth > 25:
        return found
    for i in range(min(iface.childCount(), 400)):
        child = iface.child(i)
        if child is not None and child.isValid():
            found.extend(walk(child, depth + 1))
    return found


def _plain(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _labelled_by(iface: QAccessibleInterface, label: QLabel) -> bool:
    for other, _relation in iface.relations(QAccessible.Relation.Label):
        if other is not None and other.object() is label:
            return True
    return False


def focusable_problems(root: QWidget) -> list[str]:
    """Return every focusable accessible object with no name or a vague role."""
    problems = []
    for iface in walk(QAccessible.queryAccessibleInterface(root)):
        state = iface.state()
        if not state.focusable or state.invisible or state.offscreen:
            continue
        name = iface.text(QAccessible.Text.Name).strip()
        where = f"{iface.role().name} {iface.object()!r}"
        if not name:
            problems.append(f"no name: {where}")
        if iface.role() in VAGUE_ROLES:
            problems.append(f"vague role: {where} {name!r}")
    return problems


def label_in_name_problems(root: QWidget) -> list[str]:
    """WCAG 2.5.3: a visible label's text must be part of its control's accessible name."""
    problems = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisibleTo(root):
            continue
        text = _plain(label.text()).rstrip(":")
        iface = QAccessible.queryAccessibleInterface(buddy)
        if isinstance(buddy, QComboBox) and _labelled_by(iface, label):
            # On Linux Qt names a combo box by its value and gives the label as a
            # "labelled by" relation, which is what Orca reads with it.
            continue
        name = iface.text(QAccessible.Text.Name)
        if text.lower() not in _plain(name).lower():
            problems.append(f"label {text!r} not in name {name!r} of {buddy!r}")
    for button in root.findChildren(QAbstractButton):
        text = _plain(button.text())
        if not text or not button.isVisibleTo(root):
            continue
        name = QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)
        if text.lower() not in _plain(name).lower():
            problems.append(f"button {text!r} not in name {name!r}")
    return problems


def tab_cycle(qtbot, start: QWidget, presses: int = 80) -> list[QWidget]:
    """Press Tab from `start`; return the widgets focused, until focus is back on `start`."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen: list[QWidget] = []
    for _ in range(presses):
        focus = QApplication.focusWidget()
        assert focus is not None, "focus was lost"
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError(f"Tab never came back to {start!r}: trapped in {seen[-5:]}")


def focusable_widgets(root: QWidget) -> list[QWidget]:
    """Return the visible widgets that take focus with Tab."""
    return [w for w in root.findChildren(QWidget)
            if w.isVisibleTo(root) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None]
