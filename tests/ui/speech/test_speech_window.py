"""Reading aloud in the window: the highlight sits on the sentence read, the list follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from reader.core.models import Issue, Item
from reader.core.speech.queue import PlayState
from reader.core.speech.sentences import SplitOptions, TextPosition, item_utterances
from reader.ui.reading.view import ReadingView
from reader.ui.speech.bar import MIN_TARGET, SpeechBar
from reader.ui.speech.controller import ReadAloudSettings, SpeechController
from reader.ui.speech.highlight import collapsed, document_range, text_position
from reader.ui.speech.wiring import ReadAloud
from reader.ui.window.main_window import MainWindow

pytestmark = pytest.mark.no_qt_log  # see test_speech_controller

ODD = Item(
    "  Titel  met\tspaties ",
    " Zorg ",
    ("Een  zin over de VNG.\nDhr. Jansen zegt: ja!  Dan nog\u00a0iets.", "Tweede alinea hier."),
    "https://example.org/1",
)
PLAIN = Item("Gewoon bericht", None, ("Eerste zin. Tweede zin.",))
ISSUE = Issue(title="Test", source="t.txt").with_items([
    Item("Bericht een", "Bestuur", ("Zin een. Zin twee.",)),
    Item("Bericht twee", None, ("Laatste zin.",)),
])


def selected(view, start, end) -> str:
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


@pytest.mark.parametrize("item", [ODD, PLAIN])
def test_document_range_selects_exactly_the_utterance_text(qtbot, item):
    view = ReadingView()
    qtbot.addWidget(view)
    view.set_item(item)
    utterances = item_utterances(item, 0, announce_theme=True)
    assert len(utterances) >= 3
    for u in utterances:
        start, end = document_range(item, u, view.document())
        assert selected(view, start, end) == collapsed(u.text), u
        # The caret at that spot maps back to where the utterance starts.
        back = text_position(item, start, view.document())
        assert back == TextPosition(u.field, u.paragraph, u.start), u
    if item is PLAIN:  # plain text: the layout alone gives the same positions
        assert all(document_range(item, u) == document_range(item, u, view.document())
                   for u in utterances)


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    controller = SpeechController(
        win,
        settings=ReadAloudSettings(rate_wpm=450, item_pause_ms=100),
        split_options=SplitOptions(title_pause_ms=50, theme_pause_ms=50, paragraph_pause_ms=50),
    )
    read_aloud = ReadAloud(win, controller)
    read_aloud.bind_actions()
    win.show_issue(ISSUE)
    win.show()
    qtbot.waitExposed(win)
    yield win, read_aloud
    controller.close()


def test_highlight_follows_the_sentence_and_the_list_follows_the_item(qtbot, window):
    win, read_aloud = window
    win.item_list.setFocus()
    seen: list[tuple[str, str, int]] = []

    def on_start(u):
        # Checked when the sentence starts: the pane shows its item, the highlight is on it.
        rng = read_aloud.highlight.range
        text = selected(win.reading_view, *rng) if rng else ""
        seen.append((u.text, text, win.current_row()))

    read_aloud.controller.utterance_started.connect(on_start)
    win.actions_.action("speech.read_on").trigger()
    qtbot.waitUntil(lambda: len(seen) >= 1, timeout=5000)
    qtbot.waitUntil(lambda: read_aloud.controller.state is PlayState.IDLE, timeout=15000)
    assert [s[0] for s in seen] == ["Bestuur", "Bericht een", "Zin een.", "Zin twee.",
                                    "Bericht twee", "Laatste zin."]
    assert all(u_text == shown for u_text, shown, _ in seen), seen
    assert [s[2] for s in seen] == [0, 0, 0, 0, 1, 1]
    assert win.current_row() == 1
    assert win.item_list.hasFocus()  # following never steals focus
    assert read_aloud.highlight.range is None  # cleared at the end


def test_space_starts_and_pauses_reading_in_the_list(qtbot, window):
    win, read_aloud = window
    c = read_aloud.controller
    win.item_list.setFocus()
    QTest.keyClick(win.item_list, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: c.state == "playing", timeout=5000)
    QTest.keyClick(win.item_list, Qt.Key.Key_Space)
    assert c.state == "paused"
    win.reading_view.setFocus()
    QTest.keyClick(win.reading_view, Qt.Key.Key_Space)
    assert c.state == "playing"
    win.actions_.action("speech.stop").trigger()
    assert c.state is PlayState.IDLE


def test_escape_stops_reading_in_the_list_and_the_pane(qtbot, window):
    win, read_aloud = window
    c = read_aloud.controller
    for pane in (win.reading_view, win.item_list):
        pane.setFocus()
        QTest.keyClick(pane, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: c.state == "playing", timeout=5000)
        QTest.keyClick(pane, Qt.Key.Key_Escape)
        assert c.state is PlayState.IDLE
    QTest.keyClick(win.item_list, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: c.state == "playing", timeout=5000)
    QTest.keyClick(win.item_list, Qt.Key.Key_Space)
    assert c.state == "paused"
    QTest.keyClick(win.item_list, Qt.Key.Key_Escape)  # a paused reading stops too
    assert c.state is PlayState.IDLE


def test_play_button_keeps_its_width_and_the_icons_take_the_text_colour(qtbot, window):
    from PySide6.QtGui import QPalette

    from tests.ui.window_checks import icon_contrast_problems

    win, read_aloud = window
    bar = SpeechBar(win.actions_, read_aloud.controller, win)
    win.addToolBar(bar)
    qtbot.waitUntil(lambda: bar.isVisible())
    play, stop = bar.buttons["speech.play_pause"], bar.buttons["speech.stop"]
    before = (play.width(), stop.x())
    bar.setStyleSheet("QToolBar, QToolButton { background: #000000; color: #ffff00; }")
    palette = bar.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, "#ffff00")
    bar.setPalette(palette)
    assert icon_contrast_problems(bar) == []  # yellow shapes on black: visible
    read_aloud.controller.state_changed.emit("playing")
    assert play.text() == "Pause"
    qtbot.wait(50)
    assert (play.width(), stop.x()) == before  # Stop and Next do not move
    read_aloud.controller.state_changed.emit("paused")
    assert play.text() == "Resume"
    assert (play.width(), stop.x()) == before


def test_highlight_can_be_switched_off(qtbot, window):
    win, read_aloud = window
    c = read_aloud.controller
    c.set_settings(ReadAloudSettings(rate_wpm=450, highlight=False))
    starts = []
    c.utterance_started.connect(starts.append)
    c.read_item(0)
    qtbot.waitUntil(lambda: len(starts) >= 2, timeout=5000)
    assert read_aloud.highlight.range is None
    assert win.reading_view.extraSelections() == []
    c.stop()


def test_speech_bar_buttons_are_large_named_and_show_their_keys(qtbot, window):
    win, read_aloud = window
    bar = SpeechBar(win.actions_, read_aloud.controller, win)
    win.addToolBar(bar)
    qtbot.waitUntil(lambda: bar.isVisible())
    for command, button in bar.buttons.items():
        assert button.width() >= MIN_TARGET, command
        assert button.height() >= MIN_TARGET, command
        assert button.accessibleName()
        assert "(" in button.toolTip()
    assert bar.buttons["speech.play_pause"].toolTip() == "Read aloud (Ctrl+Space)"
    assert bar.rate_label.buddy() is bar.rate
    bar.rate.setValue(300)
    assert read_aloud.controller.settings.rate_wpm == 300
    bar.volume.setValue(40)
    assert read_aloud.controller.settings.volume == pytest.approx(0.4)


class LabelledView(ReadingView):
    """A pane like the richer reading view: a label before the theme, its own highlight."""

    def __init__(self) -> None:
        super().__init__()
        self.spoken: list[tuple[int, int]] = []

    def set_item(self, item):
        self._item = item
        parts = [f"<h1>{item.title}</h1>", f"<p>Thema: {item.category}</p>"]
        parts += [f"<p>{p}</p>" for p in item.summary]
        self.setHtml("".join(parts))

    def set_spoken_range(self, start: int, end: int) -> None:
        self.spoken.append((start, end))


def test_highlight_uses_the_panes_own_spoken_range_and_finds_a_labelled_theme(qtbot):
    from reader.ui.speech.highlight import SpokenHighlight

    item = ISSUE.items[0]
    view = LabelledView()
    qtbot.addWidget(view)
    view.set_item(item)
    highlight = SpokenHighlight(view, lambda: (0, item))
    for u in item_utterances(item, 0, announce_theme=True):
        highlight.show(u)
        assert selected(view, *view.spoken[-1]) == u.text
    highlight.show(None)
    assert view.spoken[-1] == (-1, -1)
    assert view.extraSelections() == []


def test_choosing_another_item_while_reading_reads_that_one(qtbot, window):
    win, read_aloud = window
    c = read_aloud.controller
    starts = []
    c.utterance_started.connect(starts.append)
    c.read_item(0)
    qtbot.waitUntil(lambda: len(starts) >= 1, timeout=5000)
    win.actions_.action("go.next_item").trigger()  # Alt+Down while reading
    qtbot.waitUntil(lambda: starts[-1].item_index == 1, timeout=5000)
    assert starts[-1].text == "Bericht twee"
    assert win.current_row() == 1
    c.stop()


def test_space_in_the_pane_with_a_selection_reads_only_the_selection(qtbot, window):
    win, read_aloud = window
    view = win.reading_view
    text = view.toPlainText()
    start = text.index("Zin twee")
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Zin twee"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    starts = []
    read_aloud.controller.utterance_started.connect(starts.append)
    QTest.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(starts), timeout=5000)
    qtbot.waitUntil(lambda: read_aloud.controller.state is PlayState.IDLE, timeout=5000)
    assert [u.text for u in starts] == ["Zin twee"]
