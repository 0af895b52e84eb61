"""The listener's read-aloud settings, and starting a speech engine off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.engines.synth import Synthesizer
from reader.core.speech.prefetch import Prefetcher, SpeechSettings
from reader.core.speech.pronunciation import PronunciationList

log = logging.getLogger(__name__)

@dataclass(frozen=True, slots=True)
class ReadAloudSettings:
    """The listener's reading-aloud choices."""

    rate_wpm: int = 175
    volume: float = 1.0  # 0..1, applied by the player at once
    voices: Mapping[str, str] = field(default_factory=dict)  # language -> engine voice id
    item_pause_ms: int = 1000  # silence between items
    stop_after_each_item: bool = False  # read on pauses at the end of every item
    highlight: bool = True  # highlight the sentence being read
    leave_to_screen_reader: bool = False  # never speak: the screen reader does

    def speech_settings(self) -> SpeechSettings:
        """Return what the synthesizer needs: rate and voices (volume is the player's)."""
        return SpeechSettings(rate_wpm=self.rate_wpm, voices=dict(self.voices))


def engine_in_child() -> Synthesizer:
    """Return the first working engine, running in a child process Helder restarts."""
    from reader.core.speech.engines.isolated import isolated_synthesizer

    return isolated_synthesizer()


def load_engine(
    factory: Callable[[], Synthesizer],
    settings: SpeechSettings,
    pronunciations: PronunciationList | None,
    report: Callable[[object], None],
) -> tuple[Synthesizer, Prefetcher]:
    """Find a speech engine and start its prefetcher (a TaskRunner job, off the GUI thread).

    Raises ReaderError(SPEECH) when no engine works. Later the prefetcher reports
    ("ready", utterance, path) and ("failed", utterance, error), and a child-process engine
    ("crashed", cause) when its process died and ("notice", language, engine, voice) when a
    language has no Piper voice and the system engine reads it.
    """
    try:
        synth = factory()
    except ReaderError:
        raise
    except Exception as exc:  # a broken engine must not take the app down
        log.exception("speech engine failed to start")
        raise ReaderError(ErrorKind.SPEECH, str(exc)) from exc
    if hasattr(synth, "on_crash"):
        synth.on_crash = lambda cause: report(("crashed", cause))
    if hasattr(synth, "on_fallback"):  # Piper has no voice for a language: say so once
        synth.on_fallback = lambda *args: report(("notice", *args))
    prefetcher = Prefetcher(
        synth,
        settings=settings,
        pronunciations=pronunciations,
        on_ready=lambda u, path: report(("ready", u, path)),
        on_error=lambda u, error: report(("failed", u, error)),
    )
    return synth, prefetcher
