"""The listener's read-aloud settings, and starting a speech engine off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.engines.synth import Synthesizer
from reader.core.speech.prefetch import Prefetcher, SpeechSettings
from reader.core.speech.pronunciation import PronunciationList
from reader.core.speech.sentences import Utterance

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AudioReady:
    """An utterance's audio is synthesised: the WAV file to play."""

    utterance: Utterance
    path: Path


@dataclass(frozen=True, slots=True)
class AudioFailed:
    """The engine could not synthesise an utterance."""

    utterance: Utterance
    error: ReaderError


@dataclass(frozen=True, slots=True)
class EngineDied:
    """The engine's child process died (Helder starts a new one on the next command)."""

    cause: object


@dataclass(frozen=True, slots=True)
class VoiceFallback:
    """A language has no Piper voice: the system engine reads it."""

    language: str
    engine: str
    voice: str


EngineEvent = AudioReady | AudioFailed | EngineDied | VoiceFallback


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
    report: Callable[[EngineEvent], None],
) -> tuple[Synthesizer, Prefetcher]:
    """Find a speech engine and start its prefetcher (a TaskRunner job, off the GUI thread).

    Raises ReaderError(SPEECH) when no engine works. Later, from the engine's threads, every
    EngineEvent goes to `report` (a TaskRunner reporter: it reaches the GUI as a signal).
    """
    try:
        synth = factory()
    except ReaderError:
        raise
    except Exception as exc:  # a broken engine must not take the app down
        log.exception("speech engine failed to start")
        raise ReaderError(ErrorKind.SPEECH, str(exc)) from exc
    from reader.core.speech.engines.isolated import ChildSynthesizer
    from reader.core.speech.voices.router import VoiceRouter

    if isinstance(synth, ChildSynthesizer):  # its child process may die
        synth.on_crash = lambda cause: report(EngineDied(cause))
    if isinstance(synth, ChildSynthesizer | VoiceRouter):  # Piper may lack a language's voice
        synth.on_fallback = lambda *args: report(VoiceFallback(*args))
    prefetcher = Prefetcher(
        synth,
        settings=settings,
        pronunciations=pronunciations,
        on_ready=lambda u, path: report(AudioReady(u, path)),
        on_error=lambda u, error: report(AudioFailed(u, error)),
    )
    return synth, prefetcher
