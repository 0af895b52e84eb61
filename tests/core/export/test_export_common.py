"""What the export formats share: the reader's style from a theme, language tags, file names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.export import ExportStyle, format_for_path
from reader.core.export.common import LABELS, full_language_tag, readable_date


def test_style_from_a_theme_dict_takes_known_keys_and_aliases():
    style = ExportStyle.from_theme(
        {
            "fg": "#fff",
            "bg": "#000000",
            "font": "Lexend",
            "font_size": 24,
            "line_spacing": 2,
            "unknown": 1,
        }
    )
    assert (style.foreground, style.background, style.font_family) == ("#fff", "#000000", "Lexend")
    assert (style.font_size_pt, style.line_height) == (24, 2)


def test_style_rejects_values_that_could_break_out_of_css():
    style = ExportStyle(foreground="red; background: url(x)", font_family='A"}<b>').checked()
    assert style.foreground == ExportStyle().foreground
    assert style.font_family == "Ab"
    assert ExportStyle(font_size_pt=1000, line_height=0.2).checked().font_size_pt == 96
    assert ExportStyle(line_height=0.2).checked().line_height == 1.0


@pytest.mark.parametrize(
    ("tag", "full"),
    [
        ("nl", "nl-NL"),
        ("en", "en-GB"),
        ("en-us", "en-US"),
        ("nl_BE", "nl-BE"),
        (None, "nl-NL"),
        ("pt", "pt"),
        ("english-ish", "nl-NL"),
        ("en-x", "en-GB"),
    ],
)
def test_language_tags_get_a_region(tag, full):
    assert full_language_tag(tag) == full


def test_dates_are_written_as_words():
    assert readable_date("2026-03-05", LABELS["nl"]) == "5 maart 2026"
    assert readable_date("2026-12-31T10:00", LABELS["en"]) == "31 December 2026"
    assert readable_date("week 12", LABELS["nl"]) == "week 12"
    assert readable_date("2026-13-01", LABELS["nl"]) == "2026-13-01"


def test_format_from_file_name():
    assert format_for_path("a/B.DOCX") == "docx"
    assert format_for_path("b.htm") == "html"
    assert format_for_path("b.text") == "txt"
    assert format_for_path("b.mp3") is None
    assert format_for_path("b") is None


hex_colour = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)


@settings(max_examples=300, deadline=None)
@given(fg=hex_colour, bg=hex_colour, link=hex_colour)
def test_any_screen_theme_gives_a_readable_document(fg, bg, link):
    from reader.core.prefs.contrast import contrast_ratio

    colours = ExportStyle(foreground=fg, background=bg, link=link, palette="screen").colours()
    assert contrast_ratio(colours.foreground, colours.background) >= 7
    assert contrast_ratio(colours.link, colours.background) >= 4.5
    assert contrast_ratio(colours.note_foreground, colours.note_background) >= 7
    assert contrast_ratio(colours.note_border, colours.note_background) >= 3


def test_print_palette_ignores_the_screen_and_is_dark_on_paper():
    style = ExportStyle(foreground="#ffff00", background="#000000", link="#00ffff")
    colours = style.colours()
    assert (colours.foreground, colours.background) == ("#1a1a1a", "#ffffff")
    assert style.with_palette("screen").colours().background == "#000000"
    assert ExportStyle(palette="nonsense").checked().palette == "print"


@pytest.mark.parametrize(("percent", "size"), [(100, 18), (200, 36), (400, 72), (50, 18)])
def test_export_size_follows_the_readers_text_size_never_below_18(percent, size):
    assert ExportStyle.from_theme({"text_size": percent}).font_size_pt == size


def test_links_passed_on_carry_no_tracking_or_subscriber_token(tmp_path):
    from reader.core.briefing.model import Briefing, BriefingEntry
    from reader.core.export import export_briefing

    links = [
        "https://kotlinweekly.us12.list-manage.com/track/click?u=f39692e2&id=5e8b&e=8523a5b059",
        "https://example.org/story?utm_source=mail&utm_medium=x&id=7",
    ]
    entries = tuple(BriefingEntry(title=f"S{i}", link=link) for i, link in enumerate(links))
    text = export_briefing(Briefing(title="T", entries=entries), "txt",
                           tmp_path / "b.txt").read_text(encoding="utf-8")
    assert "e=8523a5b059" not in text
    assert "https://kotlinweekly.us12.list-manage.com/track/click?u=f39692e2&id=5e8b" in text
    assert "https://example.org/story?id=7" in text
    assert "utm_" not in text
