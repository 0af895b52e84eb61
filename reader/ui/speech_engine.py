"""The listener's read-aloud settings, and finding a speech engine on a worker thread."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from queue import SimpleQueue

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.prefetch import Prefetcher, SpeechSettings
from reader.core.speech.pronunciation import PronunciationList
from reader.core.speech.synth import Synthesizer

log = logging.getLogger(__name__)

# (kind, arguments) messages from worker threads to the GUI thread
Inbox = SimpleQueue[tuple[str, tuple]]


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


def load_engine(
    factory: Callable[[], Synthesizer],
    settings: SpeechSettings,
    pronunciations: PronunciationList | None,
    inbox: Inbox,
) -> None:
    """Find a speech engine and start its prefetcher (worker thread: no Qt calls here).

    Puts ("engine", (synth, prefetcher)) or ("no-engine", (ReaderError,)) in the inbox;
    the prefetcher later puts ("ready", (utterance, path)) and ("failed", (utterance, error)),
    and the engine ("notice", (language, engine, voice)) when a language falls back.
    """
    try:
        synth = factory()
        if hasattr(synth, "on_fallback"):  # a VoiceRouter: say when a language has no Piper voice
            synth.on_fallback = lambda *args: inbox.put(("notice", args))
        prefetcher = Prefetcher(
            synth,
            settings=settings,
            pronunciations=pronunciations,
            on_ready=lambda u, path: inbox.put(("ready", (u, path))),
            on_error=lambda u, error: inbox.put(("failed", (u, error))),
        )
    except ReaderError as exc:
        inbox.put(("no-engine", (exc,)))
    except Exception as exc:  # a broken engine must not take the app down
        log.exception("speech engine failed to start")
        inbox.put(("no-engine", (ReaderError(ErrorKind.SPEECH, str(exc)),)))
    else:
        inbox.put(("engine", (synth, prefetcher)))
