"""The pronunciation list is kept between runs; a damaged file never stops reading aloud."""

from __future__ import annotations

from reader.core.errors import ReaderError
from reader.core.speech.pronunciation import PronunciationList
from reader.core.speech.pronunciation_file import (
    load_pronunciations,
    pronunciation_path,
    save_pronunciations,
)


def test_a_saved_list_comes_back_next_time() -> None:
    words = PronunciationList()
    words.set("nl", "VNG", "Vereniging van Nederlandse Gemeenten")
    save_pronunciations(words)
    loaded, problem = load_pronunciations()
    assert problem is None
    assert loaded.apply("De VNG zegt", "nl") == "De Vereniging van Nederlandse Gemeenten zegt"


def test_a_damaged_list_gives_the_built_in_one_and_the_error_to_show() -> None:
    path = pronunciation_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    loaded, problem = load_pronunciations()
    assert isinstance(problem, ReaderError)
    assert loaded.to_dict() == PronunciationList().to_dict()
