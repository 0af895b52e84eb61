"""Where the user's pronunciation list is kept, and reading it back safely at start."""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.speech.pronunciation import PronunciationList


def pronunciation_path() -> Path:
    """Return the file that holds the user's pronunciation list."""
    from reader.core.storage.paths import config_dir

    return config_dir() / "pronunciation.json"


def load_pronunciations() -> tuple[PronunciationList, ReaderError | None]:
    """Return the saved list; a damaged one gives the built-in list and the error to show."""
    try:
        return PronunciationList.load(pronunciation_path()), None
    except ReaderError as exc:  # read with the built-in list, and tell the user
        return PronunciationList(), exc


def save_pronunciations(pronunciations: PronunciationList) -> None:
    """Keep the list for next time; ReaderError when it cannot be written."""
    pronunciations.save(pronunciation_path())
