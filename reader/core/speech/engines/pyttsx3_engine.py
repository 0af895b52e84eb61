"""pyttsx3 (SAPI5, NSSpeechSynthesizer, libespeak-ng) on one long-lived thread of its own."""

from __future__ import annotations

import concurrent.futures
import logging
import queue
import re
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.engines import types
from reader.core.speech.engines.types import SpeechJob, SynthesisCancelled, Synthesizer, Voice

log = logging.getLogger(__name__)


class Pyttsx3Synthesizer(Synthesizer):
    """pyttsx3 (SAPI5, NSSpeechSynthesizer, libespeak) on one long-lived thread of its own.

    pyttsx3 engines must be made and used by one thread (pyttsx3 issue #327) and cannot be
    interrupted, so a cancel abandons the wait at once and the file is deleted when done.
    """

    name = "pyttsx3"
    capabilities = types.EngineCapabilities(cancel_mid_synthesis=False, min_wpm=80, max_wpm=500)

    def __init__(self) -> None:
        self._engine = _shared_engine()
        try:
            self._engine.ready.result(timeout=30)
        except Exception as exc:
            raise ReaderError(ErrorKind.SPEECH, f"{types.install_hint()} ({exc})") from exc
        self._voices: list[Voice] = self._call(self._list_voices)

    def _call(self, fn: Callable[[Any], Any]) -> Any:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self._engine.jobs.put((fn, future))
        return future.result(timeout=60)

    @staticmethod
    def _list_voices(engine: Any) -> list[Voice]:
        result: list[Voice] = []
        for v in engine.getProperty("voices"):
            langs = [
                lang.decode("utf-8", "replace").lstrip("\x05") if isinstance(lang, bytes) else lang
                for lang in (getattr(v, "languages", None) or ())
            ]
            language = str(langs[0]) if langs else _language_from_id(str(v.id))
            result.append(Voice(id=str(v.id), name=str(v.name), language=language))
        return result

    def voices(self) -> list[Voice]:
        """Return the engine's voices."""
        return list(self._voices)

    def voice_for(self, language: str) -> Voice | None:
        """Return a voice for a language code."""
        return types.pick_voice(self._voices, language)

    def speak(self, job: SpeechJob) -> Path:
        """Write text as speech to a WAV file on the engine thread."""
        text, path, volume, cancel = job.text, job.path, job.volume, job.cancel
        voice = job.voice
        if voice is None:
            found = self.voice_for(job.language)
            voice = found.id if found else None
        rate = self.capabilities.clamp_rate(job.rate_wpm)

        def work(engine: Any) -> Path:
            if voice:
                engine.setProperty("voice", voice)
            engine.setProperty("rate", rate)
            engine.setProperty("volume", max(0.0, min(1.0, volume)))
            # runAndWait() has returned once the driver is done; a file still incomplete
            # a moment later was dropped by the driver (seen about once in ten runs with
            # libespeak): it gets one more try before the utterance fails.
            for _attempt in range(2):
                engine.save_to_file(text, str(path))
                engine.runAndWait()
                if _wait_for_file(path, 2.0 + len(text) / 100):
                    _ensure_wav(path)
                    return path
                log.warning("pyttsx3 wrote no complete audio for %d characters", len(text))
            raise RuntimeError("no audio was written")

        future: concurrent.futures.Future[Path] = concurrent.futures.Future()
        done = threading.Event()
        future.add_done_callback(lambda _f: done.set())
        unregister = cancel.on_cancel(done.set) if cancel is not None else (lambda: None)
        self._engine.jobs.put((work, future))
        try:
            done.wait()
        finally:
            unregister()
        if cancel is not None and cancel.cancelled:
            # The engine cannot be interrupted: drop the job or delete its file when it ends.
            if not future.cancel():
                future.add_done_callback(lambda _f: path.unlink(missing_ok=True))
            raise SynthesisCancelled
        try:
            return future.result()
        except Exception as exc:
            raise ReaderError(ErrorKind.SPEECH, f"pyttsx3: {exc}") from exc

    def close(self, timeout: float = 30.0) -> None:
        """Wait (a bounded time) for the engine to finish work it was given.

        The engine thread itself lives as long as the process: pyttsx3 keeps one engine per
        driver (`pyttsx3.init` caches it), and its espeak driver registers a process-wide
        callback, so a second engine on another thread crashed here.
        """
        self._engine.wait_idle(timeout)


class _EngineThread:
    """The one pyttsx3 engine of the process, made and used by one thread."""

    def __init__(self) -> None:
        self.jobs: queue.Queue[tuple[Callable[[Any], Any], concurrent.futures.Future[Any]]]
        self.jobs = queue.Queue()
        self.ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._idle = threading.Condition()
        self._busy = 0
        self._thread = threading.Thread(target=self._loop, name="pyttsx3-engine", daemon=True)
        self._thread.start()

    def wait_idle(self, timeout: float) -> bool:
        """Return when no job is queued or running, or after timeout; True when idle."""
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0 and self.jobs.empty(), timeout)

    def _loop(self) -> None:
        try:
            import pyttsx3

            engine = pyttsx3.init()
            # pyttsx3's first runAndWait() returns before the work is done (seen with 2.99 on
            # espeak-ng); spend it on a word so later calls block until the file is written.
            with tempfile.TemporaryDirectory(prefix="helder-warmup-") as folder:
                warmup = Path(folder) / "warmup.wav"
                engine.save_to_file("ok", str(warmup))
                engine.runAndWait()
                _wait_for_file(warmup, 5.0)
        except Exception as exc:
            self.ready.set_exception(exc)
            return
        self.ready.set_result(None)
        while True:
            fn, future = self.jobs.get()
            with self._idle:
                self._busy += 1
            try:
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(fn(engine))
                    except Exception as exc:
                        future.set_exception(exc)
            finally:
                with self._idle:
                    self._busy -= 1
                    self._idle.notify_all()


_shared: _EngineThread | None = None
_SHARED_LOCK = threading.Lock()


def _shared_engine() -> _EngineThread:
    """Return the process's pyttsx3 engine thread, starting it the first time."""
    global _shared
    with _SHARED_LOCK:
        if _shared is None or (_shared.ready.done() and _shared.ready.exception()):
            _shared = _EngineThread()
        return _shared


def _ensure_wav(path: Path) -> None:
    """Rewrite the file as WAV if the engine wrote another format (NSSpeechSynthesizer: AIFF)."""
    with path.open("rb") as f:
        magic = f.read(4)
    if magic == b"RIFF":
        return
    try:
        import soundfile
    except (ImportError, OSError) as exc:
        raise RuntimeError("the engine wrote no WAV and soundfile is missing") from exc
    data, rate = soundfile.read(str(path), dtype="int16")
    soundfile.write(str(path), data, rate, format="WAV", subtype="PCM_16")


def _wait_for_file(path: Path, timeout: float) -> bool:
    """Wait until the audio file is complete: pyttsx3's espeak driver writes it from a
    callback, and runAndWait() can return while the WAV still has only its header (an
    utterance that would play as silence)."""
    deadline = time.monotonic() + timeout
    while not _complete(path):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _complete(path: Path) -> bool:
    """Return whether a file exists and, for a WAV, its header counts all of its data."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(12)
    except OSError:
        return False
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return size > 0  # another format (AIFF): written in one go by its driver
    riff_size = int.from_bytes(head[4:8], "little")
    return riff_size + 8 == size and size > 44


def _language_from_id(voice_id: str) -> str:
    """Guess a language from a voice id such as "gmw/nl" or "...\\TTS_MS_NL-NL_FRANK_11.0"."""
    match = re.search(r"(?:^|[/\\_])([a-z]{2})(?:[-_][a-z]{2})?(?:[_/\\.]|$)", voice_id.lower())
    return match.group(1) if match else ""
