"""The briefing pane driven by key presses: build, reorder, note, export, and restart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from reader.core.briefing.store import BriefingStore
from reader.core.models import Issue, Item
from reader.ui.briefing.pane import BriefingPane, default_store_path
from tests.ui.helpers import accessible, name

NO_MODS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def two_issues() -> tuple[Issue, Issue]:
    first = Issue(title="Raadsbrief week 12", source="a.txt", date="2026-03-20").with_items([
        Item(title="Woningbouw", category="Wonen", summary=("Er komen 400 woningen bij.",)),
        Item(title="Jeugdzorg", category="Zorg", summary=("De wachtlijst daalt.",)),
        Item(title="Begroting", category="Financiën", summary=("Het tekort is kleiner.",)),
    ])
    second = Issue(title="VNG-nieuws", source="b.txt", date="2026-03-21").with_items([
        Item(title="Stikstof", category="Milieu", summary=("Nieuwe regels.",)),
        Item(title="Onderwijs", category=None, summary=("Meer geld voor scholen.",),
             link="https://example.org/onderwijs"),
    ])
    return first, second


class Harness(QWidget):
    """A list of items from two issues beside the pane; Ctrl+B adds, as the main window will."""

    def __init__(self, store: BriefingStore) -> None:
        super().__init__()
        self.items = QListWidget(self)
        self.items.setAccessibleName("Items")
        for issue in two_issues():
            for item in issue.items:
                row = QListWidgetItem(f"{item.title} ({issue.title})")
                row.setData(Qt.ItemDataRole.UserRole, (item, issue))
                self.items.addItem(row)
        self.items.setCurrentRow(0)
        self.pane = BriefingPane(store, self)
        self.heard: list[str] = []
        self.pane.announce.connect(self.heard.append)
        add = QShortcut(QKeySequence("Ctrl+B"), self)
        add.activated.connect(self.add_current)
        layout = QHBoxLayout(self)
        layout.addWidget(self.items)
        layout.addWidget(self.pane)
        self.setTabOrder(self.items, self.pane.chooser)

    def add_current(self) -> None:
        item, issue = self.items.currentItem().data(Qt.ItemDataRole.UserRole)
        self.pane.add_item(item, issue)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "briefings.sqlite"


@pytest.fixture
def harness(qtbot, store_path):
    store = BriefingStore(store_path)
    win = Harness(store)
    qtbot.addWidget(win)
    win.resize(1000, 800)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    win.items.setFocus()
    qtbot.waitUntil(win.items.hasFocus)
    yield win
    store.close()


def press(qtbot, key, mods=NO_MODS) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has keyboard focus"
    qtbot.keyClick(focus, key, mods)


def type_text(qtbot, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def tab_to(qtbot, widget: QWidget, *, back: bool = False, limit: int = 30) -> None:
    """Press Tab (or Shift+Tab) until the widget has focus."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        press(qtbot, Qt.Key.Key_Tab, SHIFT if back else NO_MODS)
    assert widget.hasFocus(), f"Tab never reached {widget.objectName()}"


def entry_titles(pane: BriefingPane) -> list[str]:
    briefing = pane.briefing()
    assert briefing is not None
    return [e.title for e in briefing.entries]


def add_rows(qtbot, win: Harness, rows: list[int]) -> None:
    """Go to each row of the item list by arrow keys and press Ctrl+B there."""
    win.items.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    current = 0
    for row in rows:
        while current < row:
            press(qtbot, Qt.Key.Key_Down)
            current += 1
        press(qtbot, Qt.Key.Key_B, CTRL)


def test_keyboard_journey_builds_reorders_notes_and_exports_docx(harness, qtbot, tmp_path):
    win, pane = harness, harness.pane
    # Three items from two issues, each with one keystroke; a second press does not double it.
    add_rows(qtbot, win, [0, 2, 4])
    assert entry_titles(pane) == ["Woningbouw", "Begroting", "Onderwijs"]
    assert win.heard[-1] == "Added to briefing Untitled briefing: Onderwijs"
    press(qtbot, Qt.Key.Key_B, CTRL)
    assert win.heard[-1] == "Onderwijs is already in the briefing Untitled briefing"
    assert len(pane.briefing().entries) == 3

    # Title and recipient typed into their fields.
    tab_to(qtbot, pane.title_edit)
    type_text(qtbot, "Briefing voor de wethouder")
    today = date.today()
    assert pane.briefing().date == today.isoformat()
    tab_to(qtbot, pane.date_edit)
    press(qtbot, Qt.Key.Key_Up)
    assert pane.briefing().date[:4] == str(today.year + 1), "Up raises the year"
    press(qtbot, Qt.Key.Key_Down)
    tab_to(qtbot, pane.recipient_edit)
    type_text(qtbot, "Wethouder Jansen")
    tab_to(qtbot, pane.intro_edit)
    type_text(qtbot, "Drie onderwerpen voor maandag.")

    # Reorder: the last to the top, then the (new) second one to the bottom.
    tab_to(qtbot, pane.entries)
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Up, CTRL)
    assert win.heard[-1] == "Moved to position 2 of 3"
    press(qtbot, Qt.Key.Key_Up, CTRL)
    assert win.heard[-1] == "Moved to position 1 of 3"
    press(qtbot, Qt.Key.Key_Up, CTRL)
    assert win.heard[-1] == "Already at the top"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down, CTRL)
    assert entry_titles(pane) == ["Onderwijs", "Begroting", "Woningbouw"]
    assert pane.model.row_text(pane.current_row()) == "3. Woningbouw, Wonen"

    # A note for the last item, then one for the first.
    tab_to(qtbot, pane.note_edit)
    type_text(qtbot, "Vraag naar de planning.")
    tab_to(qtbot, pane.entries, back=True)
    assert win.heard[-1] == "Note saved"
    assert pane.model.row_text(2) == "3. Woningbouw, Wonen, with note"
    press(qtbot, Qt.Key.Key_Home)
    tab_to(qtbot, pane.note_edit)
    type_text(qtbot, "Bespreken in de raad.")
    # A pause in typing saves quietly; leaving the field still says it was saved.
    said = len(win.heard)
    qtbot.waitUntil(lambda: pane.store.load(pane.briefing().id).entries[0].note
                    == "Bespreken in de raad.")
    assert len(win.heard) == said

    # Export as DOCX through the dialog: type the path, press Enter.
    tab_to(qtbot, pane.export_button)
    assert win.heard[-1] == "Note saved"
    press(qtbot, Qt.Key.Key_Space)
    dialog = pane.export_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.format_box.hasFocus())
    assert dialog.chosen_format() == "docx"
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.path_edit.hasFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    target = tmp_path / "wethouder.docx"
    type_text(qtbot, str(target))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.export_dialog is None, timeout=20000)
    assert target.is_file()
    assert win.heard[-1] == f"Exported to {target}"
    qtbot.waitUntil(pane.export_button.hasFocus)

    import docx

    document = docx.Document(str(target))
    headings = [(p.style.name, p.text) for p in document.paragraphs
                if p.style.name.startswith("Heading")]
    assert headings[0] == ("Heading 1", "Briefing voor de wethouder")
    items = [text for style, text in headings if style == "Heading 2"]
    assert items == ["1. Onderwijs", "2. Begroting", "3. Woningbouw"]
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Vraag naar de planning." in body
    assert "Bespreken in de raad." in body
    assert "Wethouder Jansen" in body
    assert "Drie onderwerpen voor maandag." in body
    assert body.index("Bespreken in de raad.") < body.index("Vraag naar de planning.")


def test_briefings_survive_a_restart(harness, qtbot, store_path):
    win, pane = harness, harness.pane
    add_rows(qtbot, win, [1, 3])
    tab_to(qtbot, pane.title_edit)
    type_text(qtbot, "Voor de commissie")
    tab_to(qtbot, pane.entries)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Delete)
    assert win.heard[-1] == "Removed Jeugdzorg; 1 items left; Ctrl+Z undoes"
    pane.new_briefing()
    pane.title_edit.setFocus()
    type_text(qtbot, "Tweede")
    press(qtbot, Qt.Key.Key_Tab)
    first_id, second_id = pane.briefing_ids()[1], pane.briefing_ids()[0]

    with BriefingStore(store_path) as store:
        again = BriefingPane(store)
        qtbot.addWidget(again)
        assert set(again.briefing_ids()) == {first_id, second_id}
        kept = store.load(first_id)
        assert kept.title == "Voor de commissie"
        assert [e.title for e in kept.entries] == ["Stikstof"]
        assert kept.entries[0].source_title == "VNG-nieuws"
        assert store.load(second_id).title == "Tweede"
        # The chooser shows the most recent first and lets the user switch by keyboard.
        assert again.title_edit.text() == "Tweede"
        qtbot.keyClick(again.chooser, Qt.Key.Key_Down)
        assert again.title_edit.text() == "Voor de commissie"
        assert again.model.row_text(0) == "1. Stikstof, Milieu"


def test_pane_opens_the_store_in_the_data_folder(qtbot, helder_home):
    assert default_store_path() == helder_home / "data" / "briefings.sqlite"
    pane = BriefingPane()
    qtbot.addWidget(pane)
    issue = two_issues()[0]
    pane.add_item(issue.items[0], issue)
    pane.store.close()
    with BriefingStore(helder_home / "data" / "briefings.sqlite") as store:
        assert [s.entry_count for s in store.summaries()] == [1]


def focusable(widget: QWidget) -> list[QWidget]:
    """Return the controls Tab can reach (a spin box's inner line edit is part of the box)."""
    return [w for w in widget.findChildren(QWidget)
            if w.isVisibleTo(widget) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.isEnabled() and w.window() is widget.window()
            and not isinstance(w.parentWidget(), QAbstractSpinBox)]


def labelled_by(control: QWidget, label: QLabel) -> bool:
    """Tell whether assistive technology sees the label as the control's label."""
    relations = accessible(control).relations(QAccessible.RelationFlag.Label)
    return any(other.object() is label for other, _relation in relations)


def check_names(top: QWidget) -> None:
    """Every focusable control has a specific role and a name that holds its label's text."""
    controls = focusable(top)
    assert len(controls) >= 4
    for control in controls:
        iface = accessible(control)
        assert name(iface).strip(), control.objectName()
        assert iface.role() not in (QAccessible.Role.NoRole, QAccessible.Role.Client), \
            control.objectName()
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            visible = label.text().replace("&", "").rstrip(":")
            # On Linux Qt names a combo box by its current value and links the label by a
            # "labelled by" relation instead; both reach Orca.
            assert visible in name(accessible(buddy)) or labelled_by(buddy, label), label.text()


def test_a_damaged_briefings_file_is_kept_and_the_pane_still_works(qtbot, helder_home):
    """It used to say "The library could not be saved" twice and never open."""
    import os

    from PySide6.QtWidgets import QMessageBox

    data = helder_home / "data"
    data.mkdir(parents=True, exist_ok=True)
    junk = os.urandom(40_000)
    (data / "briefings.sqlite").write_bytes(junk)
    pane = BriefingPane()
    qtbot.addWidget(pane)
    heard: list[str] = []
    pane.announce.connect(heard.append)
    kept = list(data.glob("briefings.sqlite.*.corrupt"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == junk
    qtbot.waitUntil(lambda: bool(heard))
    assert heard[0].startswith("The briefings file was damaged")
    assert kept[0].name in heard[0]
    box = pane.window().findChild(QMessageBox, "briefingStartProblem")
    assert box is not None
    issue = two_issues()[0]
    pane.add_item(issue.items[0], issue)  # a new briefing can be made at once
    assert [s.entry_count for s in pane.store.summaries()] == [1]
    box.close()
    pane.store.close()


def test_every_control_is_named_and_tab_goes_round(harness, qtbot):
    win, pane = harness, harness.pane
    add_rows(qtbot, win, [0, 3])
    check_names(pane)
    assert name(accessible(pane.entries)) == "Items in the briefing"
    # The rows themselves speak their number, title and theme.
    rows = accessible(pane.entries)
    texts = [rows.child(i).text(QAccessible.Text.Name) for i in range(rows.childCount())]
    assert "1. Woningbouw, Wonen" in texts
    # Tab from the item list passes every control of the pane, top to bottom, and comes back.
    win.items.setFocus()
    seen: list[QWidget] = []
    for _ in range(40):
        press(qtbot, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is win.items:
            break
        if not seen or seen[-1] is not focus:
            seen.append(focus)
    assert QApplication.focusWidget() is win.items, "Tab must come back to where it started"
    expected = [w for w in pane.tab_order() if w.isEnabled()]
    assert [w for w in seen if w in expected] == expected
    # Shift+Tab comes back too.
    pane.print_button.setFocus()
    for _ in range(40):
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
        if pane.chooser.hasFocus():
            break
    qtbot.waitUntil(pane.chooser.hasFocus)


def test_export_dialog_is_named_and_reports_errors_in_words(harness, qtbot, tmp_path):
    win, pane = harness, harness.pane
    add_rows(qtbot, win, [0])
    pane.export_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    dialog = pane.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "Export briefing" in dialog.windowTitle()
    check_names(dialog)
    # A folder that does not exist: said, shown, and focus back on the field.
    qtbot.waitUntil(dialog.format_box.hasFocus)
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.path_edit.hasFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, str(tmp_path / "nowhere" / "x.html"))
    assert dialog.chosen_format() == "html", "typing a .html name chooses the format"
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert win.heard[-1].startswith("The folder does not exist")
    assert dialog.status.text() == win.heard[-1]
    assert dialog.path_edit.hasFocus()
    # A name taken by a folder fails in the background and is reported the same way.
    taken = tmp_path / "taken.txt"
    taken.mkdir()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, str(taken))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
    assert dialog.isVisible()
    assert win.heard[-1].startswith("Export failed: the file could not be written")
    assert dialog.path_edit.hasFocus()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pane.export_dialog is None)


def test_audio_export_shows_progress_and_reads_every_title(harness, qtbot, tmp_path):
    win, pane = harness, harness.pane
    add_rows(qtbot, win, [0, 4])
    pane.open_export_dialog()
    dialog = pane.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    steps: list[tuple[int, int]] = []
    dialog.progress.valueChanged.connect(
        lambda done: steps.append((done, dialog.progress.maximum())))
    qtbot.waitUntil(dialog.format_box.hasFocus)
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Down)
    assert dialog.chosen_format() == "wav"
    dialog.path_edit.setText(str(tmp_path / "briefing"))
    dialog.path_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.export_dialog is None, timeout=60000)
    out = tmp_path / "briefing.wav"
    assert out.stat().st_size > 10000
    assert steps
    assert steps[-1][0] == steps[-1][1]
    assert dialog_heard_progress(steps)


def dialog_heard_progress(steps: list[tuple[int, int]]) -> bool:
    """Progress went up one utterance at a time towards a fixed total."""
    totals = {total for _done, total in steps}
    return len(totals) == 1 and [done for done, _t in steps] == sorted(done for done, _t in steps)


def test_print_preview_renders_the_briefing(harness, qtbot):
    win, pane = harness, harness.pane
    add_rows(qtbot, win, [0, 2])
    pane.print_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    preview = pane.preview_dialog
    qtbot.waitUntil(preview.isVisible)
    assert "Untitled briefing" in preview.windowTitle()
    assert win.heard[-1] == "Print preview opened"
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    document = preview.findChild(QTextDocument)
    assert "Woningbouw" in document.toPlainText()
    assert "Begroting" in document.toPlainText()
    # Large print on paper too: body text at 18 pt although Qt knows no rem.
    sizes = []
    block = document.begin()
    while block.isValid():
        fragment = block.begin()
        while block.blockFormat().headingLevel() == 0 and not fragment.atEnd():
            if fragment.fragment().text().strip():
                sizes.append(fragment.fragment().charFormat().font().pointSizeF())
            fragment += 1
        block = block.next()
    assert sizes
    assert min(sizes) >= 18, sizes
    qtbot.waitUntil(lambda: preview.findChild(QPrintPreviewWidget).pageCount() >= 1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is preview)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pane.preview_dialog is None)


def test_the_pane_speaks_dutch(qtbot, store_path):
    from reader.ui.common.i18n import install_translator

    app = QApplication.instance()
    translator = install_translator(app, "nl")
    try:
        with BriefingStore(store_path) as store:
            pane = BriefingPane(store)
            qtbot.addWidget(pane)
            heard: list[str] = []
            pane.announce.connect(heard.append)
            issue = two_issues()[0]
            pane.add_item(issue.items[0], issue)
            pane.add_item(issue.items[0], issue)
            assert heard == ["Toegevoegd aan briefing Briefing zonder titel: Woningbouw",
                             "Woningbouw staat al in de briefing Briefing zonder titel"]
            assert pane.up_button.text() == "Omhoog"
            assert name(accessible(pane.entries)) == "Onderwerpen in de briefing"
    finally:
        if translator is not None:
            app.removeTranslator(translator)


def test_delete_asks_first_and_then_forgets_the_briefing(harness, qtbot, store_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QPushButton

    win, pane = harness, harness.pane
    add_rows(qtbot, win, [0])
    kept_id = pane.briefing().id
    pane.new_briefing()
    type_text(qtbot, "Weg ermee")
    doomed_id = pane.briefing().id
    answers = iter(["Keep", "Delete"])

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        assert "Weg ermee" in box.text()
        wanted = next(answers)
        # Keep is the default, so Enter alone never deletes.
        if wanted == "Delete":
            button = next(b for b in box.findChildren(QPushButton) if b.text() == "Delete")
            button.setFocus()
            qtbot.keyClick(button, Qt.Key.Key_Space)
        else:
            qtbot.keyClick(box, Qt.Key.Key_Return)

    pane.delete_button.setFocus()
    QTimer.singleShot(20, answer)
    press(qtbot, Qt.Key.Key_Space)
    assert pane.briefing_ids() == [doomed_id, kept_id]
    qtbot.waitUntil(pane.delete_button.hasFocus)
    QTimer.singleShot(20, answer)
    press(qtbot, Qt.Key.Key_Space)
    assert pane.briefing_ids() == [kept_id]
    assert win.heard[-1] == "Briefing Weg ermee deleted"
    assert pane.briefing().id == kept_id
    qtbot.waitUntil(pane.chooser.hasFocus)
    with BriefingStore(store_path) as store:
        assert [s.id for s in store.summaries()] == [kept_id]


def test_export_asks_before_replacing_a_file(harness, qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    win, pane = harness, harness.pane
    add_rows(qtbot, win, [0])
    existing = tmp_path / "oud.txt"
    existing.write_text("oude inhoud", encoding="utf-8")
    for key, kept in ((Qt.Key.Key_Return, True), (Qt.Key.Key_Y, False)):
        pane.open_export_dialog()
        dialog = pane.export_dialog
        qtbot.waitUntil(dialog.format_box.hasFocus)
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, str(existing))
        asked: list[str] = []

        def answer(key=key, asked=asked) -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, answer)
                return
            asked.append(box.text())
            # No is the default: Enter keeps the file; Alt+Y or Y answers Yes.
            if key == Qt.Key.Key_Y:
                box.button(QMessageBox.StandardButton.Yes).click()
            else:
                qtbot.keyClick(box, key)

        QTimer.singleShot(20, answer)
        press(qtbot, Qt.Key.Key_Return)
        assert asked == [f"The file {existing} already exists. Replace it?"]
        if kept:
            assert existing.read_text(encoding="utf-8") == "oude inhoud"
            assert dialog.isVisible()
            qtbot.waitUntil(dialog.path_edit.hasFocus)
            press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: pane.export_dialog is None, timeout=10000)
    assert "Woningbouw" in existing.read_text(encoding="utf-8")


def test_export_keeps_print_colours_unless_screen_colours_are_chosen(harness, qtbot, tmp_path):
    from reader.core.export import ExportStyle

    win, pane = harness, harness.pane
    add_rows(qtbot, win, [0])
    pane.set_style(ExportStyle(foreground="#ffff00", background="#000000", link="#00ffff"))
    pages = {}
    for screen in (False, True):
        pane.open_export_dialog()
        dialog = pane.export_dialog
        qtbot.waitUntil(dialog.isVisible)
        qtbot.waitUntil(dialog.format_box.hasFocus)
        press(qtbot, Qt.Key.Key_Down)  # Word -> Web page
        assert dialog.chosen_format() == "html"
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_A, CTRL)
        out = tmp_path / f"screen-{screen}.html"
        type_text(qtbot, str(out))
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Tab)
        assert dialog.screen_colours.hasFocus()
        assert accessible(dialog.screen_colours).text(QAccessible.Text.Name) == (
            "Colours as on my screen")
        if screen:
            press(qtbot, Qt.Key.Key_Space)
        assert dialog.screen_colours.isChecked() is screen
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: pane.export_dialog is None, timeout=20000)
        pages[screen] = out.read_text(encoding="utf-8")
    assert "background: #ffffff" in pages[False]
    assert "#ffff00" not in pages[False]
    assert "color: #ffff00; background: #000000" in pages[True]


def test_a_write_protected_or_full_medium_is_named_in_the_users_words(qtbot):
    import errno

    from reader.core.briefing.model import Briefing
    from reader.core.errors import ErrorKind, ReaderError
    from reader.ui.briefing.export_dialog import ExportDialog

    dialog = ExportDialog(Briefing(title="Raad"))
    qtbot.addWidget(dialog)
    for code, words in ((errno.EROFS, "write-protected"), (errno.ENOSPC, "the disk is full")):
        error = ReaderError(ErrorKind.EXPORT, "/media/stick/Raad.pdf: Read-only file system")
        error.__cause__ = OSError(code, "system words")
        text = dialog.error_text(error)
        assert text.startswith("Raad.pdf could not be written: ")
        assert words in text
        assert ".part" not in text
