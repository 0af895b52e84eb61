"""Checks read from the widgets themselves: access keys, cut-off text, overlaps, contrast.

Shared by the mnemonic test, the theme-and-size sweep and the large-text keyboard journey.
Each function returns a list of problems in words (empty when all is well), so a failing
test names the widget and what is wrong with it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from reader.core.prefs.contrast import contrast_ratio

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """Return the access-key letter of a text ("&File" -> "f"), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def plain(text: str) -> str:
    """Return a text as shown: without its access-key marker."""
    return _MNEMONIC.sub(r"\1", text).replace("&&", "&")


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.window() is top


def access_keys(top: QWidget) -> dict[str, list[str]]:
    """Return every access key that Alt+letter reaches in a window, with what carries it.

    Menu titles, buttons, check boxes, group boxes, tabs and labels with a buddy count;
    widgets hidden (on another tab page, say) do not, as Qt ignores their keys too.
    """
    keys: dict[str, list[str]] = defaultdict(list)
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.isVisible() and (letter := mnemonic(action.text())):
                keys[letter].append(f"menu {plain(action.text())!r}")
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or isinstance(widget, QMenuBar | QMenu):
            continue
        text = ""
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        button = isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton)
        if labelled or button:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if letter := mnemonic(widget.tabText(i)):
                    keys[letter].append(f"tab {plain(widget.tabText(i))!r}")
            continue
        if letter := mnemonic(text):
            keys[letter].append(f"{type(widget).__name__} {plain(text)!r}")
    return keys


def mnemonic_clashes(top: QWidget) -> list[str]:
    """Return the access keys of a window that more than one control or menu uses."""
    return [f"Alt+{k.upper()}: {', '.join(v)}" for k, v in sorted(access_keys(top).items())
            if len(v) > 1]


def menu_clashes(menu: QMenu) -> list[str]:
    """Return the access keys used twice inside one menu."""
    keys: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator() and (letter := mnemonic(action.text())):
            keys[letter].append(plain(action.text()))
    return [f"{plain(menu.title())} > Alt+{k.upper()}: {', '.join(v)}"
            for k, v in sorted(keys.items()) if len(v) > 1]


# -- text that does not fit -------------------------------------------------------------------


def _visible_widgets(top: QWidget) -> list[QWidget]:
    return [w for w in top.findChildren(QWidget) if _shown(w, top) and w.isVisible()]


def _button_text_space(button: QAbstractButton) -> int:
    """Return the width a button's text gets, by the style's own metrics."""
    style = button.style()
    width = button.contentsRect().width()
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        return style.subElementRect(element, option, button).width()
    if not button.icon().isNull() and not (isinstance(button, QToolButton) and
                                           button.toolButtonStyle().name == "ToolButtonTextOnly"):
        width -= button.iconSize().width() + 4
    return width


def elided_texts(top: QWidget) -> list[str]:
    """Return each button, label, tab or menu title whose text is wider than its space."""
    problems: list[str] = []
    for widget in _visible_widgets(top):
        metrics = QFontMetrics(widget.font())
        if isinstance(widget, QAbstractButton) and widget.text():
            text = plain(widget.text())
            if isinstance(widget, QToolButton) and \
                    widget.toolButtonStyle().name == "ToolButtonIconOnly":
                continue
            if widget.width() < widget.sizeHint().width() or \
                    metrics.horizontalAdvance(text) > _button_text_space(widget):
                problems.append(f"button {text!r}: {widget.width()} px for "
                                f"{widget.sizeHint().width()} px")
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            problems += _label_problems(widget, metrics)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() < widget.tabSizeHint(i).width():
                    problems.append(f"tab {plain(widget.tabText(i))!r} is cut short")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                rect = widget.actionGeometry(action)
                needed = metrics.horizontalAdvance(plain(action.text()))
                if action.isVisible() and (rect.width() < needed or
                                           not widget.rect().contains(rect)):
                    problems.append(f"menu {plain(action.text())!r} does not fit the menu bar")
        elif isinstance(widget, QComboBox) and widget.currentText():
            space = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, _combo_option(widget),
                QStyle.SubControl.SC_ComboBoxEditField, widget).width()
            if metrics.horizontalAdvance(widget.currentText()) > space + 2:
                problems.append(f"drop-down {widget.currentText()!r}: {space} px")
    return problems


def _combo_option(combo: QComboBox):
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    return option


def _label_problems(label: QLabel, metrics: QFontMetrics) -> list[str]:
    text = label.text()
    if label.textFormat().name == "RichText" or "<" in text:
        doc_width = label.sizeHint().width() if not label.wordWrap() else 0
        if doc_width and doc_width > label.width() + 1:
            return [f"label {text[:40]!r}: {label.width()} px for {doc_width} px"]
        return []
    shown = plain(text) if label.buddy() is not None else text
    space = label.contentsRect().width() - 2 * label.margin() - label.indent() * 0
    if label.wordWrap():
        words = re.split(r"[\s\u200b]+", shown)  # a zero-width space is a break point too
        longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        if longest > space:
            return [f"label {shown[:40]!r}: a word needs {longest} px, it has {space}"]
        # Measured by the font, not by the label's own heightForWidth (which a form layout
        # may not honour): the wrapped text's height against the height the label got.
        flags = int(Qt.TextFlag.TextWordWrap.value)
        needed = metrics.boundingRect(QRect(0, 0, max(space, 1), 1 << 20), flags,
                                      shown.replace("\u200b", " ")).height()
        if needed > label.contentsRect().height() + 2:
            return [f"label {shown[:40]!r}: {label.contentsRect().height()} px high for "
                    f"{needed} px"]
        return []
    widest = max((metrics.horizontalAdvance(line) for line in shown.splitlines()), default=0)
    if widest > space + 1:
        return [f"label {shown[:40]!r}: {space} px for {widest} px"]
    if metrics.height() * max(len(shown.splitlines()), 1) > label.contentsRect().height() + 2:
        return [f"label {shown[:40]!r} is cut at the bottom"]
    return []


# -- placement --------------------------------------------------------------------------------


def _content_of_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(area, QAbstractScrollArea) and parent is area.viewport()


def overlapping_siblings(top: QWidget) -> list[str]:
    """Return pairs of visible sibling widgets whose rectangles overlap."""
    problems: list[str] = []
    for parent in [top, *_visible_widgets(top)]:
        if isinstance(parent, QAbstractScrollArea | QComboBox):
            continue  # a scroll area's viewport and bars; a combo box's own parts
        kids = [k for k in parent.children() if isinstance(k, QWidget) and not k.isWindow()
                and k.isVisible() and k.width() > 0 and k.height() > 0]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                overlap = a.geometry().intersected(b.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(f"{_name(a)} overlaps {_name(b)} in {_name(parent)} "
                                    f"by {overlap.width()}x{overlap.height()} px")
    return problems


def outside_window(top: QWidget) -> list[str]:
    """Return controls that reach past their parent (and so past the window's edge).

    The content of a scroll area may be larger than its view: it scrolls.
    """
    problems: list[str] = []
    for widget in _visible_widgets(top):
        parent = widget.parentWidget()
        if parent is None or _content_of_scroll_area(widget):
            continue
        if isinstance(parent.parentWidget(), QScrollArea) and parent is not top:
            continue
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry()):
            problems.append(f"{_name(widget)} {_rect(widget.geometry())} lies outside "
                            f"{_name(parent)} {_rect(parent.rect())}")
    return problems


def clipped_by_scroll_area(top: QWidget) -> list[str]:
    """Return scroll areas whose content is wider than their view with no way to scroll
    sideways: what sticks out is simply cut off."""
    problems: list[str] = []
    for area in top.findChildren(QScrollArea):
        if not area.isVisible() or area.widget() is None or not area.widget().isVisible():
            continue
        bar = area.horizontalScrollBar()
        if area.widget().width() > area.viewport().width() + 1 and not bar.isVisible():
            problems.append(f"{_name(area)}: content {area.widget().width()} px wide in a "
                            f"{area.viewport().width()} px view that cannot scroll sideways")
    return problems


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = plain(widget.text())[:30]
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


# -- contrast on the pixels -------------------------------------------------------------------


def _commonest(image: QImage, rect: QRect) -> str:
    counts: dict[int, int] = defaultdict(int)
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            counts[image.pixel(x, y)] += 1
    return QColor(max(counts, key=counts.__getitem__)).name()


def contrasting_pixels(image: QImage, rect: QRect, background: str, ratio: float = 3.0) -> int:
    """Count the pixels in rect that stand out from background by at least ratio."""
    seen: dict[int, bool] = {}
    count = 0
    rect = rect.intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            pixel = image.pixel(x, y)
            if pixel not in seen:
                seen[pixel] = contrast_ratio(QColor(pixel).name(), background) >= ratio
            count += seen[pixel]
    return count


def icon_contrast_problems(top: QWidget) -> list[str]:
    """Return buttons whose icon, and check boxes whose tick, is not drawn at 3:1 or more
    against the button's own background (WCAG 1.4.11), measured on the rendered pixels."""
    problems: list[str] = []
    for widget in _visible_widgets(top):
        if isinstance(widget, QToolButton) and not widget.icon().isNull():
            # The icon's own pixels against the background the button is drawn on.
            shot = widget.grab().toImage()
            background = _commonest(shot, shot.rect())
            mode = QIcon.Mode.Normal if widget.isEnabled() else QIcon.Mode.Disabled
            icon = widget.icon().pixmap(widget.iconSize(), shot.devicePixelRatio(),
                                        mode).toImage()
            solid = strong = 0
            for y in range(icon.height()):
                for x in range(icon.width()):
                    colour = icon.pixelColor(x, y)
                    if colour.alpha() > 200:
                        solid += 1
                        strong += contrast_ratio(colour.name(), background) >= 3.0
            if solid == 0 or strong < solid * 0.5:
                problems.append(f"icon of {_name(widget)} is below 3:1 on {background}")
        elif isinstance(widget, QCheckBox | QRadioButton) and widget.isChecked():
            image = widget.grab().toImage()
            option = QStyleOptionButton()
            option.initFrom(widget)
            element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(widget, QCheckBox)
                       else QStyle.SubElement.SE_RadioButtonIndicator)
            rect = widget.style().subElementRect(element, option, widget)
            ratio = image.devicePixelRatio()
            rect = QRect(int(rect.x() * ratio), int(rect.y() * ratio),
                         int(rect.width() * ratio), int(rect.height() * ratio))
            inner = rect.adjusted(rect.width() // 4, rect.height() // 4,
                                  -rect.width() // 4, -rect.height() // 4)
            background = widget.palette().color(widget.backgroundRole()).name()
            surface = _commonest(image, rect)
            if contrasting_pixels(image, inner, surface) < 4 and \
                    contrasting_pixels(image, inner, background) < 4:
                problems.append(f"the tick of {_name(widget)} is below 3:1")
    return problems
