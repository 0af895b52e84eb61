"""One folding function: what each caller ignores when it compares text."""

from __future__ import annotations

from reader.core.text.fold import fold


def test_titles_compare_without_case_punctuation_or_spacing() -> None:
    assert fold("  De Omgevingswet:  wat  verandert?") == fold("de omgevingswet - wat verandert")
    assert fold("Één  nieuwsbrief!") == "één nieuwsbrief"  # accents are kept for titles
    assert fold(None) == fold("") == ""


def test_search_words_fold_accents_and_keep_the_word_as_it_is() -> None:
    assert fold("Één", punctuation=True, accents=False) == "een"
    assert fold("café-bar", punctuation=True, accents=False) == "cafe-bar"


def test_hand_typed_text_is_compared_in_compatibility_form() -> None:
    assert fold("Eﬃciënt CO²", compatibility=True) == "efficiënt co2"
    assert fold("CO²") == "co²"  # titles within one document are compared as written
