"""Plain-text export: headings, order, notes and links that name their target, no hard wraps."""

from __future__ import annotations

from reader.core.briefing.model import Briefing
from reader.core.export import export_briefing
from reader.core.export.text import render_text
from tests.core.briefing_sample import ENTRY_TITLES, sample_briefing


def test_text_reads_in_order_with_underlined_headings(tmp_path):
    out = export_briefing(sample_briefing(), "txt", tmp_path / "b.txt")
    text = out.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[:2] == ["Briefing wethouder week 12", "=" * len("Briefing wethouder week 12")]
    positions = [text.index(f"{n}. {t}\n---") for n, t in enumerate(ENTRY_TITLES, start=1)]
    assert positions == sorted(positions)
    assert text.index("Voor: Wethouder Één de Vries · Datum: 23 maart 2026") < positions[0]
    note = text.index("Notitie: Vraag naar de verdeling over de regio.")
    assert positions[0] < note < positions[1]
    assert "Lees meer: Woningbouw versnelt <https://example.org/wonen>" in text


def test_paragraphs_are_not_hard_wrapped():
    long_intro = " ".join(["Een lange inleiding die doorloopt."] * 20)
    text = render_text(Briefing(title="T", introduction=long_intro))
    assert long_intro in text.splitlines()


def test_english_briefing_has_english_labels():
    briefing = sample_briefing().with_details(language="en-GB")
    text = render_text(briefing)
    assert "For: Wethouder Één de Vries · Date: 23 March 2026" in text
    assert "Note: Vraag naar de verdeling over de regio." in text
    assert "Read more: Woningbouw versnelt" in text


def test_every_paragraph_of_a_note_is_marked_as_note():
    from tests.core.briefing_sample import noted_briefing

    lines = render_text(noted_briefing()).splitlines()
    first = lines.index("Notitie: Bespreken met de griffier vóór donderdag.")
    assert lines[first + 1] == "Notitie, vervolg: Zie ook de brief van 12 mei."


def test_french_briefing_has_french_words_not_dutch_or_english():
    briefing = sample_briefing().with_details(language="fr")
    text = render_text(briefing)
    assert "Pour: Wethouder Één de Vries · Date: 23 mars 2026" in text
    assert "Lire la suite: Woningbouw versnelt" in text
    assert "Bron" not in text
    assert "Source" in text
