from __future__ import annotations

import os
from dataclasses import replace

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette, QTextBlockFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from reader.core.models import Item
from reader.core.prefs.contrast import contrast_ratio
from reader.core.prefs.settings import DEFAULTS
from reader.core.prefs.themes import BUILT_IN
from reader.ui.display.look import AppLook, os_font
from reader.ui.display.theme import apply_settings
from reader.ui.reading.view import ReadingView

LONG = (
    "De gemeenteraad besprak dinsdag de nieuwe verordening voor de Wet maatschappelijke "
    "ondersteuning, waarin staat hoe inwoners hulp bij het huishouden aanvragen en welke "
    "eigen bijdrage zij betalen. "
) * 5
ITEM = Item(
    title="Nieuwe Wmo-verordening besproken",
    category="Sociaal domein",
    summary=(
        LONG,
        "Tweede alinea met https://example.org/een/heel/lange/adresregel/zonder/spaties",
    ),
    link="https://example.org/wmo",
)


@pytest.fixture(autouse=True)
def helder_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HELDER_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def app(qapp):
    yield qapp
    # Leave the application as pytest-qt made it for the next test module.
    qapp.setStyleSheet("")
    qapp.setPalette(QPalette())
    qapp.setFont(os_font())


def make_view(qtbot, app, settings=DEFAULTS, size=(1280, 800)):
    theme = apply_settings(app, settings, AppLook(app))
    view = ReadingView()
    qtbot.addWidget(view)
    view.apply_settings(settings, theme)
    view.resize(*size)
    view.set_item(ITEM)
    view.show()
    qtbot.waitExposed(view)
    return view


def visual_lines(view):
    """Return the text of every laid-out line."""
    out = []
    block = view.document().begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            out.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return out


def test_item_is_rendered_as_heading_theme_paragraphs_and_link(qtbot, app):
    view = make_view(qtbot, app)
    first = view.document().begin()
    assert first.text() == ITEM.title
    assert first.blockFormat().headingLevel() == 1
    text = view.toPlainText()
    assert "Theme: Sociaal domein" in text
    assert LONG.strip() in text
    assert f"Read more: {ITEM.title}" in text
    assert view.document().toHtml().count('href="https://example.org/wmo"') == 1


def test_screen_readers_get_an_article_text_not_a_label(qtbot, app):
    view = make_view(qtbot, app)
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface.text(QAccessible.Text.Name) == "Article"
    assert iface.role() == QAccessible.Role.EditableText
    assert iface.state().readOnly
    assert view.isReadOnly()


def test_keyboard_caret_moves_through_the_text(qtbot, app):
    view = make_view(qtbot, app)
    view.setFocus()
    start = view.textCursor().position()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.textCursor().position() > start


def test_link_reached_by_keyboard_enter_reports_it_and_tab_leaves(qtbot, app):
    apply_settings(app, DEFAULTS, AppLook(app))
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    view = ReadingView()
    after = QPushButton("Next")
    layout.addWidget(view)
    layout.addWidget(after)
    view.set_item(ITEM)
    window.resize(800, 600)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    view.setFocus()
    assert view.focus_link(1)
    assert view.hasFocus()
    assert view.textCursor().selectedText() == f"Read more: {ITEM.title}"
    assert view.link_at_cursor() == "https://example.org/wmo"
    with qtbot.waitSignal(view.link_activated, timeout=1000) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == ["https://example.org/wmo"]
    assert not view.focus_link(1), "there is no second link"
    # Tab leaves the reading view: no keyboard trap (WCAG 2.1.2).
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert after.hasFocus()


def test_enter_without_a_focused_link_does_nothing(qtbot, app):
    view = make_view(qtbot, app)
    view.setFocus()
    with qtbot.assertNotEmitted(view.link_activated):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.toPlainText().startswith(ITEM.title)  # read-only: Enter inserted nothing


def test_line_height_paragraph_spacing_and_left_alignment(qtbot, app):
    settings = replace(DEFAULTS, line_height=2.0, paragraph_spacing=2.0)
    view = make_view(qtbot, app, settings)
    block = view.document().begin()
    while block.isValid():
        fmt = block.blockFormat()
        assert fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        assert fmt.lineHeight() == pytest.approx(200)
        assert fmt.alignment() & Qt.AlignmentFlag.AlignLeft
        assert not fmt.alignment() & Qt.AlignmentFlag.AlignJustify
        assert fmt.bottomMargin() > view.fontMetrics().height()
        block = block.next()


def test_letter_and_word_spacing_widen_the_text(qtbot, app):
    plain = make_view(qtbot, app)
    spaced = make_view(qtbot, app, replace(DEFAULTS, letter_spacing=0.12, word_spacing=0.16))
    fragment = spaced.document().findBlockByNumber(2).begin().fragment()
    assert fragment.charFormat().fontLetterSpacing() > 0
    assert fragment.charFormat().fontWordSpacing() > 0
    # The column grows with the spacing, so a line still holds about the same number of characters.
    assert spaced.column_width() > plain.column_width() * 1.1
    longest = max(len(line) for line in visual_lines(spaced))
    assert 0.7 * DEFAULTS.max_line_chars <= longest <= 1.15 * DEFAULTS.max_line_chars


@pytest.mark.parametrize("max_chars", [40, 70])
def test_lines_keep_to_the_maximum_line_length(qtbot, app, max_chars):
    view = make_view(qtbot, app, replace(DEFAULTS, max_line_chars=max_chars))
    body = [line for line in visual_lines(view) if "gemeenteraad" in LONG and len(line) > 5]
    longest = max(len(line.rstrip()) for line in body)
    assert max_chars * 0.7 <= longest <= max_chars * 1.15, longest


@pytest.mark.parametrize("size", [(1280, 800), (640, 800)])
@pytest.mark.parametrize("percent", [100, 200, 400])
def test_no_horizontal_scrolling_at_any_size(qtbot, app, size, percent):
    view = make_view(qtbot, app, DEFAULTS.with_text_size(percent), size)
    bar = view.horizontalScrollBar()
    assert not bar.isVisible()
    assert bar.maximum() == 0


def _darkest_contrast(image, top, bottom, width, background):
    """Return the highest contrast of any pixel in rows top..bottom against background."""
    best = 1.0
    for y in range(max(0, int(top)), min(image.height(), int(bottom))):
        for x in range(0, width, 2):
            best = max(best, contrast_ratio(QColor(image.pixel(x, y)).name(), background))
    return best


def test_line_focus_dims_all_but_the_lines_around_the_caret(qtbot, app):
    theme = BUILT_IN["light"]
    settings = replace(DEFAULTS, theme="light", line_focus=1)
    view = make_view(qtbot, app, settings)
    cursor = view.textCursor()
    cursor.setPosition(view.document().findBlockByNumber(2).position() + 250)
    view.setTextCursor(cursor)
    top, bottom = view.focus_band()
    image = view.viewport().grab().toImage()
    width = view.viewport().width()
    clear = _darkest_contrast(image, top, bottom, width, theme.background)
    dimmed = _darkest_contrast(image, 0, top - 4, width, theme.background)
    assert clear >= 7.0
    assert dimmed < 2.5
    # Moving the caret moves the band.
    cursor.setPosition(view.document().findBlockByNumber(2).position() + 10)
    view.setTextCursor(cursor)
    assert view.focus_band()[0] < top


def test_ruler_draws_a_line_under_the_caret_line(qtbot, app):
    theme = BUILT_IN["dark"]
    view = make_view(qtbot, app, replace(DEFAULTS, theme="dark", ruler=True))
    _, bottom = view.focus_band()
    image = view.viewport().grab().toImage()
    row = int(bottom)
    ruler = QColor(theme.ruler)
    hits = sum(
        1
        for x in range(view.viewport().width())
        for y in (row - 1, row, row + 1)
        if QColor(image.pixel(x, y)) == ruler
    )
    assert hits >= view.viewport().width() * 0.9


def test_alternating_tint_paints_every_other_line(qtbot, app):
    theme = BUILT_IN["cream"]
    view = make_view(qtbot, app, replace(DEFAULTS, theme="cream", alternating_tint=True))
    image = view.viewport().grab().toImage()
    tinted = {y for y in range(image.height()) if QColor(image.pixel(2, y)) == QColor(theme.tint)}
    assert len(tinted) > 50
    off = make_view(qtbot, app, replace(DEFAULTS, theme="cream"))
    image = off.viewport().grab().toImage()
    assert all(QColor(image.pixel(2, y)) != QColor(theme.tint) for y in range(image.height()))


def test_spoken_sentence_is_highlighted_and_scrolled_into_view(qtbot, app):
    theme = BUILT_IN["light"]
    view = make_view(qtbot, app, DEFAULTS.with_text_size(400), (640, 800))
    end = view.document().characterCount() - 1
    caret = view.textCursor().position()
    view.set_spoken_range(end - 40, end - 5)
    assert view.spoken_range() == (end - 40, end - 5)
    selections = view.extraSelections()
    assert len(selections) == 1
    assert selections[0].format.background().color() == QColor(theme.highlight_bg)
    assert view.verticalScrollBar().value() > 0
    assert view.textCursor().position() == caret  # the caret stays where the user left it
    # A theme change during reading keeps the highlight, in the new theme's colours.
    dark = BUILT_IN["dark"]
    view.apply_settings(replace(DEFAULTS, theme="dark").with_text_size(400), dark)
    assert view.extraSelections()[0].format.background().color() == QColor(dark.highlight_bg)
    assert view.spoken_range() == (end - 40, end - 5)
    view.clear_spoken_range()
    assert view.extraSelections() == []


def test_a_theme_change_recolours_the_pane(qtbot, app):
    view = make_view(qtbot, app, replace(DEFAULTS, theme="yellow-on-black"))
    image = view.viewport().grab().toImage()
    assert QColor(image.pixel(5, image.height() - 5)) == QColor("#000000")
    assert QApplication.palette().color(QPalette.ColorRole.Text) == QColor("#ffff00")


def test_line_focus_follows_the_spoken_sentence_then_the_caret_again(qtbot, app):
    view = make_view(qtbot, app, replace(DEFAULTS, line_focus=1))
    at_caret = view.focus_band()
    start = view.document().findBlockByNumber(2).position() + 300
    view.set_spoken_range(start, start + 40)
    following = view.focus_band()
    assert following[0] > at_caret[0]
    cursor = view.textCursor()
    cursor.setPosition(start)
    assert view.cursorRect(cursor).top() >= following[0] - 2
    assert view.cursorRect(cursor).bottom() <= following[1] + 2
    view.clear_spoken_range()
    assert view.focus_band() == at_caret


@pytest.mark.parametrize("width", [1100, 800])
def test_a_long_title_at_400_percent_is_never_broken_inside_a_word(qtbot, app, width):
    settings = DEFAULTS.with_text_size(400)
    view = make_view(qtbot, app, settings, size=(width, 800))
    title = "Landelijke praktijkconferentie burgerberaden"
    view.set_item(replace(ITEM, title=title))
    view.resize(width, 800)
    QApplication.processEvents()
    heading = view.document().begin()
    assert heading.text() == title
    layout = heading.layout()
    breaks = [layout.lineAt(i).textStart() for i in range(1, layout.lineCount())]
    assert breaks, "the title wraps at this size"
    for start in breaks:
        assert title[start - 1] == " ", f"broken inside a word at {title[:start]!r}"
    body = view.font().pointSizeF()
    size = heading.begin().fragment().charFormat().fontPointSize()
    assert size >= body, "the title is never smaller than the body text"


def test_a_spoken_sentence_over_several_lines_is_all_clear_and_all_in_view(qtbot, app):
    view = make_view(qtbot, app, replace(DEFAULTS, line_focus=1).with_text_size(300),
                     (900, 500))
    start = view.document().findBlockByNumber(2).position() + 400
    end = start + 200  # several lines at this size
    view.set_spoken_range(start, end)
    band = view.focus_band()
    first, last = QTextCursor(view.document()), QTextCursor(view.document())
    first.setPosition(start)
    last.setPosition(end)
    top, bottom = view.cursorRect(first), view.cursorRect(last)
    assert bottom.top() > top.bottom(), "the sentence runs over more than one line"
    assert band[0] <= top.top() + 2, "the first spoken line is clear"
    assert bottom.bottom() <= band[1] + 2, "the last spoken line is clear too"
    assert top.top() >= 0, "the sentence's start is in view"
    assert bottom.bottom() <= view.viewport().height(), "and so is its end"
