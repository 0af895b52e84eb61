"""The library pane: row names with unread counts, and managing sources by key presses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library
from reader.core.models import Issue, Item
from reader.ui.library.controller import LibraryController
from reader.ui.library.pane import LibraryPane
from tests.ui.a11y_checks import focusable_problems, label_in_name_problems
from tests.ui.helpers import accessible


def stored_issue(title: str, count: int, date: str | None = None) -> Issue:
    items = [Item(title=f"{title} bericht {n}", category="Bestuur", summary=(f"Tekst {n}.",),
                  link=f"https://example.org/{title.replace(' ', '-')}/{n}")
             for n in range(1, count + 1)]
    return Issue(title=title, date=date).with_items(items)


@pytest.fixture
def controller(qtbot) -> Iterator[LibraryController]:
    ctl = LibraryController(Library())
    writer = ctl.library.writer
    vng = writer.add_source("VNG nieuws", "https://vng.nl/nieuws", "page")
    writer.store_issue(vng, "https://vng.nl/nb/12", stored_issue("Nieuwsbrief 12 juni", 5,
                                                                  "2026-06-12"), b"")
    writer.store_issue(vng, "https://vng.nl/nb/11", stored_issue("Nieuwsbrief 5 juni", 2,
                                                                  "2026-06-05"), b"")
    rijk = writer.add_source("Rijksoverheid", "https://www.rijksoverheid.nl/feed.rss", "feed")
    writer.set_paused(rijk, True)
    writer.record_failure(rijk, ReaderError(ErrorKind.TIMEOUT, "rijksoverheid.nl"))
    yield ctl
    ctl.shutdown()


@pytest.fixture
def pane(qtbot, controller) -> LibraryPane:
    widget = LibraryPane(controller)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.reloaded):
        widget.reload()
    widget.tree.setFocus()
    qtbot.waitUntil(widget.tree.hasFocus)
    return widget


def row_names(pane: LibraryPane) -> list[str]:
    tree = accessible(pane.tree)
    names = []
    for i in range(tree.childCount()):
        child = tree.child(i)
        if child.role() == QAccessible.Role.TreeItem:
            names.append(child.text(QAccessible.Text.Name))
    return names


def press(qtbot, key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, mods)


def test_rows_name_source_issue_unread_count_and_state_in_words(pane):
    pane.tree.expandAll()
    assert row_names(pane) == [
        "Rijksoverheid, 0 unread, paused, update failed: the server took too long",
        "VNG nieuws, 7 unread",
        "Nieuwsbrief 12 juni, 12 June 2026, 5 unread",
        "Nieuwsbrief 5 juni, 5 June 2026, 2 unread",
    ]
    assert accessible(pane.tree).text(QAccessible.Text.Name) == "Sources and issues"
    assert focusable_problems(pane) == []
    assert label_in_name_problems(pane) == []


def test_choosing_an_issue_emits_it_and_marks_nothing_read(qtbot, pane, controller):
    chosen: list[int] = []
    activated: list[int] = []
    pane.issue_chosen.connect(chosen.append)
    pane.issue_activated.connect(activated.append)
    press(qtbot, Qt.Key.Key_Down)  # VNG nieuws
    press(qtbot, Qt.Key.Key_Right)  # expand
    press(qtbot, Qt.Key.Key_Down)  # its newest issue
    newest = controller.library.issues()[0]
    assert chosen == [newest.id]
    press(qtbot, Qt.Key.Key_Return)
    assert activated == [newest.id]
    press(qtbot, Qt.Key.Key_Down)
    assert len(chosen) == 2
    assert all(not s.read for s in controller.library.items(newest.id))
    # Marking read elsewhere updates the count without moving the current row.
    item = controller.library.items(newest.id)[0]
    with qtbot.waitSignal(pane.reloaded):
        controller.set_read(item.id, True)
    assert "VNG nieuws, 6 unread" in row_names(pane)
    assert "Nieuwsbrief 12 juni, 12 June 2026, 4 unread" in row_names(pane)
    assert pane.current_issue_id() == controller.library.issues()[1].id
    assert len(chosen) == 2, "a reload must not choose again"


def go_to(pane: LibraryPane, name: str) -> None:
    for r in range(pane.model.rowCount()):
        if pane.model.item(r).text().startswith(name):
            pane.tree.setCurrentIndex(pane.model.index(r, 0))
            return
    raise AssertionError(name)


def test_f2_renames_the_source(qtbot, pane, controller):
    go_to(pane, "VNG nieuws")
    press(qtbot, Qt.Key.Key_F2)
    dialog = pane.rename_dialog
    assert dialog is not None
    edit = dialog.findChild(QLineEdit)
    qtbot.waitUntil(edit.hasFocus)
    assert edit.text() == "VNG nieuws"
    assert "VNG nieuws" in accessible(edit).text(QAccessible.Text.Name)
    edit.selectAll()
    qtbot.keyClicks(edit, "Gemeentenieuws")
    with qtbot.waitSignal(pane.reloaded):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "Gemeentenieuws, 7 unread" in row_names(pane)
    qtbot.waitUntil(pane.tree.hasFocus)


def test_delete_asks_first_keeps_by_default_and_removes_on_request(qtbot, pane, controller):
    go_to(pane, "VNG nieuws")
    press(qtbot, Qt.Key.Key_Delete)
    box = pane.confirm
    assert box is not None
    assert "VNG nieuws" in box.text()
    assert box.defaultButton().text() == "Keep"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.defaultButton())
    press(qtbot, Qt.Key.Key_Return)  # the default: keep
    qtbot.waitUntil(lambda: pane.confirm is None)
    controller.wait_for_writes()
    assert controller.library.find_source("VNG nieuws") is not None
    qtbot.waitUntil(pane.tree.hasFocus)
    press(qtbot, Qt.Key.Key_Delete)
    box = pane.confirm
    remove = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(pane.reloaded):
        remove.click()
    assert controller.library.find_source("VNG nieuws") is None
    assert row_names(pane) == [
        "Rijksoverheid, 0 unread, paused, update failed: the server took too long"]


def test_a_removed_source_comes_back_with_ctrl_z_until_helder_closes(qtbot, pane, controller):
    go_to(pane, "VNG nieuws")
    before = controller.library.find_source("VNG nieuws")
    assert before is not None
    press(qtbot, Qt.Key.Key_Delete)
    box = pane.confirm
    assert "7 stored issues" in box.text() or "stored issues" in box.text()
    assert "Undo removing source" in box.text()
    remove = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(pane.reloaded):
        remove.click()
    assert controller.library.find_source("VNG nieuws") is None
    qtbot.waitUntil(pane.tree.hasFocus)
    with qtbot.waitSignal(pane.reloaded):
        press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = controller.library.find_source("VNG nieuws")
    assert back is not None
    assert (back.id, back.issue_count, back.unread_count) == (
        before.id, before.issue_count, before.unread_count)
    assert "VNG nieuws, 7 unread" in row_names(pane)
    # Removed again and Helder closes: now it is gone for good.
    go_to(pane, "VNG nieuws")
    press(qtbot, Qt.Key.Key_Delete)
    box = pane.confirm
    remove = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(pane.reloaded):
        remove.click()
    path = controller.library.path
    controller.shutdown()
    again = Library(path)
    try:
        rows = again._rows("SELECT count(*) FROM sources WHERE id = ?", (before.id,))
        assert rows[0][0] == 0
    finally:
        again.close()


def test_pause_and_resume_by_key_say_so_in_the_row(qtbot, pane, controller):
    go_to(pane, "VNG nieuws")
    heard: list[str] = []
    controller.announce.connect(heard.append)
    with qtbot.waitSignal(pane.reloaded):
        press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "VNG nieuws, 7 unread, paused" in row_names(pane)
    assert heard == ["VNG nieuws paused"]
    assert pane.pause_action.text().replace("&", "") == "Resume source"
    with qtbot.waitSignal(pane.reloaded):
        press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "VNG nieuws, 7 unread" in row_names(pane)


def test_rows_and_completion_speak_dutch(qtbot, controller):
    from reader.core.net.refresh import RefreshSummary, SourceResult
    from reader.ui.common.i18n import install_translator

    app = QApplication.instance()
    translator = install_translator(app, "nl")
    try:
        pane = LibraryPane(controller)
        qtbot.addWidget(pane)
        pane.show()
        with qtbot.waitSignal(pane.reloaded):
            pane.reload()
        pane.tree.expandAll()
        assert row_names(pane)[1:3] == ["VNG nieuws, 7 ongelezen",
                                        "Nieuwsbrief 12 juni, 5 ongelezen"]
        assert accessible(pane.tree).text(QAccessible.Text.Name) == "Bronnen en nummers"
        summary = RefreshSummary((
            SourceResult(1, "VNG nieuws", new=3),
            SourceResult(2, "Rijksoverheid", error=ReaderError(ErrorKind.HTTP,
                                                               "x: HTTP 503 Unavailable")),
            SourceResult(3, "BB", error=ReaderError(ErrorKind.TIMEOUT, "bb.nl")),
        ))
        assert controller.summary_text(summary) == (
            "3 nieuwe nummers. 2 bronnen konden niet worden bijgewerkt: Rijksoverheid: de "
            "server weigerde (503); BB: de server deed er te lang over")
        assert controller.summary_text(RefreshSummary(())) == "Geen nieuwe nummers"
    finally:
        if translator is not None:
            app.removeTranslator(translator)


def test_shift_f10_opens_the_source_actions(qtbot, pane):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMenu

    go_to(pane, "VNG nieuws")
    seen: list[list[str]] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, close_menu)
            return
        seen.append([a.text().replace("&", "") for a in menu.actions()])
        menu.close()

    QTimer.singleShot(20, close_menu)
    press(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert seen == [["Rename source…", "Pause source", "Remove source…", "Refresh this source",
                     "Undo removing source"]]


def test_a_new_issue_appears_without_moving_the_current_row(qtbot, pane, controller):
    go_to(pane, "VNG nieuws")
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # the older issue
    older = controller.library.issues()[1].id
    assert pane.current_issue_id() == older
    chosen: list[int] = []
    pane.issue_chosen.connect(chosen.append)
    vng = controller.library.find_source("VNG nieuws").id
    controller.library.writer.store_issue(vng, "https://vng.nl/nb/13",
                                          stored_issue("Nieuwsbrief 19 juni", 4, "2026-06-19"),
                                          b"")
    with qtbot.waitSignal(pane.reloaded):
        controller.issues_changed.emit()
    assert "Nieuwsbrief 19 juni, 19 June 2026, 4 unread" in row_names(pane)
    assert "VNG nieuws, 11 unread" in row_names(pane)
    assert pane.current_issue_id() == older
    assert pane.tree.isExpanded(pane.model.index(1, 0))
    assert chosen == []
    assert pane.tree.hasFocus()


def test_an_empty_library_says_how_to_add_a_source(qtbot, pane):
    assert not pane.empty_hint.isVisible(), "a library with sources needs no hint"
    empty = LibraryController(Library(path=pane._controller.library.path.with_name("e.db")))
    widget = LibraryPane(empty)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.reloaded, timeout=5000):
        widget.reload()
    assert widget.empty_hint.isVisible()
    assert "Ctrl+N" in widget.tree.accessibleDescription()
    empty.shutdown()


def test_long_names_wrap_onto_more_lines_instead_of_being_cut_short(qtbot, controller):
    from PySide6.QtGui import QFont, QFontMetrics

    writer = controller.library.writer
    guardian = writer.add_source("The Guardian – International edition, world news",
                                 "https://theguardian.com/world/rss", "feed")
    writer.store_issue(guardian, "https://theguardian.com/1",
                       stored_issue("The Guardian 2018-01-31, 15 items on the world", 2,
                                    "2018-01-31"), b"")
    widget = LibraryPane(controller)
    qtbot.addWidget(widget)
    font = QFont(widget.font())
    font.setPointSizeF(20)  # about 200 %, whatever size an earlier test left behind
    widget.setFont(font)
    widget.resize(260, 700)
    widget.show()
    with qtbot.waitSignal(widget.reloaded):
        widget.reload()
    widget.tree.expandAll()
    tree = widget.tree
    # Rows are re-measured after the resize, and a scroll bar may come: wait until settled.
    qtbot.waitUntil(lambda: tree.header().sectionSize(0) <= tree.viewport().width(),
                    timeout=5000)
    metrics = QFontMetrics(tree.font())
    wrapped = 0
    for row in range(widget.model.rowCount()):
        parent = widget.model.index(row, 0)
        for index in [parent] + [widget.model.index(r, 0, parent)
                                 for r in range(widget.model.rowCount(parent))]:
            rect = tree.visualRect(index)
            if rect.isEmpty():
                continue
            needed = metrics.horizontalAdvance(str(index.data()))
            assert rect.right() <= tree.viewport().width() + 1, index.data()
            if needed > rect.width():
                lines = -(-needed // max(rect.width() - 16, 1))
                assert rect.height() >= lines * metrics.lineSpacing(), index.data()
                wrapped += 1
    assert wrapped >= 2, "at this width the long names do wrap"
    assert not tree.horizontalScrollBar().isVisible()
