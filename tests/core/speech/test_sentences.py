"""Cutting items into utterances: sentences, abbreviations, numbers, offsets, themes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.models import Item
from reader.core.speech.sentences import (
    SplitOptions,
    TextField,
    TextPosition,
    UtteranceKind,
    clip_to_selection,
    item_utterances,
    items_utterances,
    split_sentences,
)

SEED = Path(__file__).parents[3] / ".." / "shared" / "seed" / "000_f6d78b198d0fc7c9.txt"


def sentences(text: str, language: str = "nl") -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, language)]


@pytest.mark.parametrize(
    "text",
    [
        "Dit geldt o.a. voor Amsterdam en Utrecht.",
        "Zie bijv. Rotterdam voor een voorbeeld.",
        "Afspraken m.b.t. Wmo-voorzieningen worden herzien.",
        "Het gaat om motie nr. 12 van de raad.",
        "Het woord is aan dhr. Jansen en mevr. De Vries.",
        "Er waren 1.200 bezoekers en 98.8% was tevreden.",
        "Bericht over speech VNG-voorzitter Sharon Dijksma.",
        "De brief is van J. de Vries en P. Bakker.",
        "Zie art. 5 van de Gemeentewet.",
    ],
)
def test_dutch_abbreviations_numbers_and_compounds_keep_a_sentence_whole(text: str) -> None:
    assert sentences(text) == [text]


def test_english_abbreviations_keep_a_sentence_whole() -> None:
    text = "Some cities, e.g. Utrecht, agree. Others, i.e. The Hague, do not."
    assert sentences(text, "en") == [
        "Some cities, e.g. Utrecht, agree.",
        "Others, i.e. The Hague, do not.",
    ]


def test_sentences_end_at_full_stops_question_and_exclamation_marks() -> None:
    text = "De VNG wil snel aan tafel. Wanneer? Vanaf 1 juni! Daarna volgt 24 mei 2024. Klaar."
    assert sentences(text) == [
        "De VNG wil snel aan tafel.",
        "Wanneer?",
        "Vanaf 1 juni!",
        "Daarna volgt 24 mei 2024.",
        "Klaar.",
    ]


def test_a_sentence_ending_in_a_number_or_date_still_ends() -> None:
    assert sentences("Het waren er 12. De rest bleef thuis op 24 mei 2024. Zo ging het.") == [
        "Het waren er 12.",
        "De rest bleef thuis op 24 mei 2024.",
        "Zo ging het.",
    ]


def test_a_lower_case_word_after_a_full_stop_continues_the_sentence() -> None:
    assert sentences("Zie Waarstaatjegemeente.nl. voor de cijfers.") == [
        "Zie Waarstaatjegemeente.nl. voor de cijfers."
    ]


def test_offsets_point_into_the_displayed_text_without_surrounding_space() -> None:
    text = "  Eerste zin.   Tweede zin (met haakjes).\nDerde zin  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Eerste zin.",
        "Tweede zin (met haakjes).",
        "Derde zin",
    ]


def test_an_over_long_sentence_is_cut_at_commas_to_start_speech_quickly() -> None:
    text = ", ".join(f"gemeente nummer {n} doet mee" for n in range(60)) + "."
    spans = split_sentences(text, max_chars=200)
    assert len(spans) > 1
    assert all(e - s <= 200 for s, e in spans)
    assert " ".join(text[s:e] for s, e in spans) == text


def test_seed_newsletter_sentence_is_one_utterance() -> None:
    # The first sentence of the seed issue, joined as the parser delivers it.
    lines = SEED.read_text(encoding="utf-8").splitlines()[3:6] if SEED.exists() else []
    paragraph = " ".join(" ".join(line.split()) for line in lines) or (
        "De extra Algemene ledenvergadering van de VNG (op 24 mei) heeft met 98.8% van de "
        "stemmen ingestemd met de resolutie Nieuw kabinet, gebruik en borg de kracht van het "
        "lokaal bestuur (pdf, 587 kB). De VNG wil snel aan tafel met het nieuwe kabinet."
    )
    found = sentences(paragraph)
    assert found[0].startswith("De extra Algemene ledenvergadering van de VNG (op 24 mei)")
    assert found[0].endswith("(pdf, 587 kB).")
    assert found[1].startswith("De VNG wil")


ITEMS = [
    Item("Eerste bericht", "Bestuur", ("Zin een. Zin twee.", "Tweede alinea hier.")),
    Item("Tweede bericht", "Bestuur", ("Nog een zin.",)),
    Item("Third item", "Europa", ("An English sentence. Another one.",), language="en-GB"),
]


def test_item_utterances_read_title_then_sentences_with_offsets() -> None:
    utterances = item_utterances(ITEMS[0], 0)
    assert [(u.kind, u.text) for u in utterances] == [
        (UtteranceKind.TITLE, "Eerste bericht"),
        (UtteranceKind.SENTENCE, "Zin een."),
        (UtteranceKind.SENTENCE, "Zin twee."),
        (UtteranceKind.SENTENCE, "Tweede alinea hier."),
    ]
    for u in utterances:
        field = ITEMS[0].title if u.field is TextField.TITLE else ITEMS[0].summary[u.paragraph]
        assert field[u.start : u.end] == u.text
    assert [u.paragraph for u in utterances] == [-1, 0, 0, 1]


def test_title_is_followed_by_a_pause_and_items_by_the_item_pause() -> None:
    options = SplitOptions(title_pause_ms=650, paragraph_pause_ms=300, item_pause_ms=1200)
    utterances = item_utterances(ITEMS[0], 0, options=options)
    assert utterances[0].pause_after_ms == 650
    assert utterances[2].pause_after_ms == 300  # end of the first paragraph
    assert utterances[-1].pause_after_ms == 1200


def test_theme_is_announced_only_when_it_changes() -> None:
    utterances = items_utterances(ITEMS)
    themes = [(u.item_index, u.spoken) for u in utterances if u.kind is UtteranceKind.THEME]
    assert themes == [(0, "Thema: Bestuur."), (2, "Theme: Europa.")]
    theme = next(u for u in utterances if u.kind is UtteranceKind.THEME)
    assert theme.field is TextField.CATEGORY
    assert theme.text == "Bestuur"


def test_language_comes_from_the_item_else_the_issue() -> None:
    utterances = items_utterances(ITEMS, language="nl")
    assert {u.language for u in utterances if u.item_index == 0} == {"nl"}
    assert {u.language for u in utterances if u.item_index == 2} == {"en"}


def test_selection_is_clipped_to_the_selected_characters() -> None:
    item = ITEMS[0]
    own = item_utterances(item, 0)
    start = TextPosition(TextField.SUMMARY, 0, item.summary[0].index("twee"))
    end = TextPosition(TextField.SUMMARY, 1, len("Tweede alinea"))
    clipped = clip_to_selection(own, item, start, end)
    assert [u.text for u in clipped] == ["twee.", "Tweede alinea"]
    assert clipped[0].start == item.summary[0].index("twee")


WORDS = [
    "De",
    "VNG",
    "o.a.",
    "zin.",
    "Nr.",
    "1.200",
    "98.8%",
    "wil!",
    "Echt?",
    "e.g.",
    "J.",
    "(pdf).",
    "“Ja.”",
    "mei",
    "2024.",
    "…",
    "Wmo-voorziening",
    " ",
    "\n",
    "  ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_sentences_cover_the_text_in_order_without_overlap(text: str) -> None:
    spans = split_sentences(text, max_chars=40)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace()
        assert not text[end - 1].isspace()
        assert text[previous_end:start].strip() == ""  # nothing is skipped
        previous_end = end
    assert text[previous_end:].strip() == ""
