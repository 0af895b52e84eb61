"""Speech for audio exports of a briefing: the listener's voices, speed and pronunciation.

Runs on export worker threads; the engine lives in a child process, so a crash fails one
export and never the app.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from reader.core.speech.engines.types import Synthesizer
    from reader.core.speech.pronunciation import PronunciationList


class VoiceChoices(Protocol):
    """The listener's choices an export speaks with (the read-aloud settings have them)."""

    @property
    def rate_wpm(self) -> int: ...
    @property
    def volume(self) -> float: ...
    @property
    def voices(self) -> Mapping[str, str]: ...


def _child_engine() -> Synthesizer:
    from reader.core.speech.engines.isolated import isolated_synthesizer

    return isolated_synthesizer()


class ExportVoice:
    """Speak pieces of an exported briefing into WAV files, one engine shared by exports."""

    def __init__(
        self,
        choices: Callable[[], VoiceChoices],
        pronunciations: Callable[[], PronunciationList],
        make_engine: Callable[[], Synthesizer] = _child_engine,
    ) -> None:
        self._choices = choices
        self._pronunciations = pronunciations
        self._make_engine = make_engine
        self._engine: Synthesizer | None = None
        self._lock = threading.Lock()

    def synthesize(self, text: str, language: str, path: str | Path) -> None:
        """Speak one piece into a WAV file (on a worker thread); started on first use."""
        with self._lock:
            if self._engine is None:
                self._engine = self._make_engine()
            engine = self._engine
        choices = self._choices()
        lang = (language or "nl").split("-")[0]
        engine.synthesize(
            self._pronunciations().apply(text, lang), Path(path), language=lang,
            rate_wpm=choices.rate_wpm, volume=choices.volume,
            voice=dict(choices.voices).get(lang))

    def reset(self) -> None:
        """Close the engine: the next export starts one with the voices installed now."""
        with self._lock:
            if self._engine is not None:
                self._engine.close()
            self._engine = None
