"""Synthesise the next utterances ahead of playback on a worker thread, cancellable at once."""

from __future__ import annotations

import itertools
import logging
import shutil
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.engines.types import (
    CancelToken,
    SynthesisCancelled,
    Synthesizer,
    scratch_folder,
)
from reader.core.speech.pronunciation import PronunciationList
from reader.core.speech.sentences import Utterance

log = logging.getLogger(__name__)

STOP_WAIT_S = 0.09  # stop() waits at most this long for the worker to be idle again


@dataclass(frozen=True, slots=True)
class SpeechSettings:
    """How to speak: rate, volume, a voice per language, and an optional forced language."""

    rate_wpm: int = 175
    volume: float = 1.0
    voices: Mapping[str, str] = field(default_factory=dict[str, str])  # language -> engine voice id
    language: str | None = None  # speak everything in this language instead of the item's


# What identifies one piece of audio: text as said, language, voice, rate, volume.
AudioKey = tuple[str, str, str | None, int, float]


def render(
    utterance: Utterance, settings: SpeechSettings, pronunciations: PronunciationList | None
) -> tuple[str, str, str | None]:
    """Return the text to send to the engine, its language and the chosen voice id."""
    language = settings.language or utterance.language
    text = utterance.spoken
    if pronunciations is not None:
        text = pronunciations.apply(text, language)
    return text, language, settings.voices.get(language)


class Prefetcher:
    """Keep audio ready for the utterances asked for, in order, on one plain Python thread.

    `on_ready(utterance, path)` and `on_error(utterance, error)` are called on the worker
    thread (a Qt bridge re-emits them as signals); never after `stop()` or `request()` has
    dropped that utterance and returned.
    """

    def __init__(
        self,
        synth: Synthesizer,
        *,
        settings: SpeechSettings | None = None,
        pronunciations: PronunciationList | None = None,
        folder: Path | None = None,
        on_ready: Callable[[Utterance, Path], None] | None = None,
        on_error: Callable[[Utterance, ReaderError], None] | None = None,
        keep: int = 48,
    ) -> None:
        self.synth = synth
        self.settings = settings or SpeechSettings()
        self.pronunciations = pronunciations
        self._own_folder = folder is None
        self.folder = folder or scratch_folder()
        self.on_ready = on_ready
        self.on_error = on_error
        self.keep = keep
        self._cond = threading.Condition()
        self._emit_lock = threading.RLock()  # a callback may call stop()
        self._wishes: list[Utterance] = []
        self._ready: dict[AudioKey, Path] = {}
        self._failed: dict[AudioKey, ReaderError] = {}
        self._running: tuple[AudioKey, CancelToken] | None = None
        self._generation = 0
        self._closed = False
        self._names = itertools.count()
        self._thread = threading.Thread(target=self._work, name="speech-prefetch", daemon=True)
        self._thread.start()

    def key(self, utterance: Utterance) -> AudioKey:
        """Return the identity of an utterance's audio under the current settings."""
        text, language, voice = render(utterance, self.settings, self.pronunciations)
        return (text, language, voice, self.settings.rate_wpm, self.settings.volume)

    # Commands (any thread) --------------------------------------------------------------

    def request(self, utterances: Sequence[Utterance]) -> None:
        """Make these the utterances to have ready, most urgent first; drop other work."""
        with self._cond:
            self._wishes = list(utterances)
            wanted = {self.key(u) for u in self._wishes}
            if self._running is not None and self._running[0] not in wanted:
                self._generation += 1
                self._running[1].cancel()
            self._cond.notify_all()

    def ready(self, utterance: Utterance) -> Path | None:
        """Return the audio file of an utterance if it is ready."""
        with self._cond:
            return self._ready.get(self.key(utterance))

    def wait(self, utterance: Utterance, timeout: float | None = None) -> Path | None:
        """Block until an utterance's audio is ready; raise its error; None on time-out."""
        key = self.key(utterance)
        with self._cond:
            self._cond.wait_for(lambda: key in self._ready or key in self._failed, timeout)
            if key in self._failed:
                raise self._failed[key]
            return self._ready.get(key)

    def stop(self) -> None:
        """Drop all wishes and kill running synthesis; returns within ~100 ms."""
        with self._cond:
            self._wishes = []
            self._generation += 1
            if self._running is not None:
                self._running[1].cancel()  # kills the espeak-ng process group right here
        with self._emit_lock:  # a callback already under way finishes before we return
            pass
        with self._cond:
            self._cond.wait_for(lambda: self._running is None, STOP_WAIT_S)

    def set_settings(self, settings: SpeechSettings) -> None:
        """Change rate, volume or voices; audio made with other settings is not reused."""
        with self._cond:
            self.settings = settings
            self._failed.clear()
            if self._running is not None:  # its audio would come with the old settings
                self._generation += 1
                self._running[1].cancel()
            self._cond.notify_all()

    def forget_failures(self) -> None:
        """Try failed utterances again when next asked for (the engine was restarted)."""
        with self._cond:
            self._failed.clear()

    def close(self) -> None:
        """Stop, end the worker thread and delete the audio files."""
        self.stop()
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout=2)
        if self._own_folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    # Worker -----------------------------------------------------------------------------

    def _next_job(self) -> Utterance | None:
        for u in self._wishes:
            key = self.key(u)
            if key not in self._ready and key not in self._failed:
                return u
        return None

    def _work(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._closed or self._next_job() is not None)
                if self._closed:
                    return
                utterance = self._next_job()
                assert utterance is not None
                key = self.key(utterance)
                token = CancelToken()
                self._running = (key, token)
                generation = self._generation
                path = self.folder / f"u{next(self._names)}.wav"
            error: ReaderError | None = None
            try:
                self.synth.synthesize(
                    key[0],
                    path,
                    language=key[1],
                    voice=key[2],
                    rate_wpm=key[3],
                    volume=key[4],
                    cancel=token,
                )
            except SynthesisCancelled:
                pass
            except ReaderError as exc:
                error = exc
            except Exception as exc:  # an engine bug must not kill the worker
                log.exception("speech synthesis failed")
                error = ReaderError(ErrorKind.SPEECH, str(exc))
            self._finish_job(utterance, key, token, path, error, generation)

    def _finish_job(
        self,
        utterance: Utterance,
        key: AudioKey,
        token: CancelToken,
        path: Path,
        error: ReaderError | None,
        generation: int,
    ) -> None:
        with self._emit_lock:
            with self._cond:
                self._running = None
                current = generation == self._generation and not token.cancelled
                if token.cancelled:
                    path.unlink(missing_ok=True)
                elif error is not None:
                    self._failed[key] = error
                else:
                    self._ready[key] = path
                    self._evict()
                self._cond.notify_all()
            if not current:
                return
            try:
                if error is not None and self.on_error is not None:
                    self.on_error(utterance, error)
                elif error is None and self.on_ready is not None:
                    self.on_ready(utterance, path)
            except Exception:
                log.exception("speech callback failed")

    def _evict(self) -> None:
        """Delete the oldest audio that is no longer wished for, beyond `keep` files."""
        wanted = {self.key(u) for u in self._wishes}
        for old in list(self._ready):
            if len(self._ready) <= self.keep:
                break
            if old not in wanted:
                self._ready.pop(old).unlink(missing_ok=True)
