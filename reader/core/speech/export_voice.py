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
        # The briefing pipeline's own synthesize: language, pronunciation and voice per
        # language are decided in one place (audio_export.briefing_synthesize).
        from reader.core.speech.audio_export import briefing_synthesize
        from reader.core.speech.prefetch import SpeechSettings

        choices = self._choices()
        settings = SpeechSettings(rate_wpm=choices.rate_wpm, volume=choices.volume,
                                  voices=dict(choices.voices))
        briefing_synthesize(engine, settings, self._pronunciations())(text, language, Path(path))

    def reset(self) -> None:
        """Close the engine: the next export starts one with the voices installed now."""
        with self._lock:
            if self._engine is not None:
                self._engine.close()
            self._engine = None
