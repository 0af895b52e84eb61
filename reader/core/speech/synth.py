"""Speech engines behind one small interface: text in, a WAV file out, cancellable.

pyttsx3 cannot be stopped, iterated or tracked reliably (see shared/TESTING.md "Speech"), so
engines only ever write WAV files; playback, pause and stop belong to the app's audio player.
On Linux the espeak-ng program runs as a child process in its own process group, which a
cancel kills at once; elsewhere pyttsx3 (SAPI5, NSSpeechSynthesizer) runs on one thread.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from reader.core.errors import ErrorKind, ReaderError

log = logging.getLogger(__name__)

INSTALL_HINT = {
    "linux": "install espeak-ng (Debian/Ubuntu: sudo apt install espeak-ng)",
    "darwin": "install espeak-ng (brew install espeak-ng) or allow the system voices",
    "win32": "no SAPI5 voice found: add a voice in Windows Settings > Time & language > Speech",
}


class SynthesisCancelled(Exception):
    """Synthesis was cancelled before the audio was complete."""


class CancelToken:
    """A one-shot cancel signal; callbacks run at once in the thread that cancels."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._callbacks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        """Return whether cancel() was called."""
        return self._cancelled

    def cancel(self) -> None:
        """Cancel: run every registered callback once."""
        with self._lock:
            if self._cancelled:
                return
            self._cancelled = True
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            try:
                callback()
            except Exception:  # a dead process or a finished future: nothing to undo
                log.debug("cancel callback failed", exc_info=True)

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call callback on cancel (at once if already cancelled); return an unregister function."""
        with self._lock:
            if not self._cancelled:
                self._callbacks.append(callback)

                def unregister() -> None:
                    with self._lock:
                        if callback in self._callbacks:
                            self._callbacks.remove(callback)

                return unregister
        callback()
        return lambda: None


@dataclass(frozen=True, slots=True)
class Voice:
    """A voice an engine offers."""

    id: str  # what the engine is given
    name: str
    language: str  # BCP 47-ish tag as the engine reports it, e.g. "nl", "en-gb"


@dataclass(frozen=True, slots=True)
class EngineCapabilities:
    """What an engine can do, so the UI can hide what it cannot."""

    rate: bool = True
    volume: bool = True
    cancel_mid_synthesis: bool = False  # True: a cancel stops the work, not just the wait
    min_wpm: int = 80
    max_wpm: int = 450


@runtime_checkable
class Synthesizer(Protocol):
    """A speech engine that writes one utterance to a WAV file."""

    name: str
    capabilities: EngineCapabilities

    def voices(self) -> list[Voice]:
        """Return the voices on offer."""
        ...

    def voice_for(self, language: str) -> Voice | None:
        """Return the best voice for a language code such as "nl" or "en"."""
        ...

    def synthesize(
        self,
        text: str,
        path: Path,
        *,
        language: str,
        rate_wpm: int = 175,
        volume: float = 1.0,
        voice: str | None = None,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Write text as speech to a WAV file and return its path; raise SynthesisCancelled."""
        ...

    def close(self) -> None:
        """Release the engine."""
        ...


# The variant to prefer when only a bare language is asked for and no voice has that tag.
_USUAL_VARIANT = {"en": ("en-gb", "en-us"), "nl": ("nl-nl",), "de": ("de-de",), "fr": ("fr-fr",)}


def pick_voice(voices: list[Voice], language: str) -> Voice | None:
    """Return the first voice for a language: an exact tag match beats a regional variant."""
    lang = language.lower().replace("_", "-")
    base = lang.split("-")[0]
    for wanted in (lang, base, *_USUAL_VARIANT.get(base, ())):
        for voice in voices:
            if voice.language.lower() == wanted:
                return voice
    for voice in voices:
        if voice.language.lower().split("-")[0] == base:
            return voice
    return None


class EspeakSynthesizer:
    """espeak-ng as a child process per utterance, killed with its process group on cancel."""

    name = "espeak-ng"
    capabilities = EngineCapabilities(cancel_mid_synthesis=True, min_wpm=80, max_wpm=700)

    def __init__(self, program: str | None = None) -> None:
        found = program or shutil.which("espeak-ng")
        if not found:
            raise ReaderError(ErrorKind.SPEECH, INSTALL_HINT["linux"])
        self.program = found
        self._voices: list[Voice] | None = None

    def voices(self) -> list[Voice]:
        """Return espeak-ng's own voices (MBROLA voices need extra data and are left out)."""
        if self._voices is None:
            try:
                out = subprocess.run(
                    [self.program, "--voices"],
                    capture_output=True,
                    text=True,
                    timeout=10,
                    check=True,
                ).stdout
            except (OSError, subprocess.SubprocessError) as exc:
                raise ReaderError(ErrorKind.SPEECH, f"espeak-ng does not run: {exc}") from exc
            voices: list[tuple[int, Voice]] = []
            for line in out.splitlines()[1:]:
                cols = line.split()
                if len(cols) < 5 or cols[4].startswith("mb/"):
                    continue
                priority = int(cols[0]) if cols[0].isdigit() else 99
                voices.append((priority, Voice(id=cols[4], name=cols[3], language=cols[1])))
            voices.sort(key=lambda pv: pv[0])  # espeak-ng's priority: best voice first
            self._voices = [v for _, v in voices]
        return list(self._voices)

    def voice_for(self, language: str) -> Voice | None:
        """Return espeak-ng's preferred voice for a language ("nl" -> gmw/nl)."""
        return pick_voice(self.voices(), language)

    def _check_voice(self, voice: str) -> None:
        """Refuse a voice espeak-ng does not have: it would silently use its default voice."""
        base = voice.split("+")[0].lower()  # "nl+f3": a voice with a variant
        known = {v.id.lower() for v in self.voices()} | {v.name.lower() for v in self.voices()}
        known |= {v.language.lower() for v in self.voices()}
        known |= {v.language.lower().split("-")[0] for v in self.voices()}
        if base not in known:
            raise ReaderError(ErrorKind.SPEECH, f"espeak-ng has no voice {voice!r}")

    def command(
        self, text_file: Path, path: Path, *, voice: str, rate_wpm: int, volume: float
    ) -> list[str]:
        """Return the espeak-ng command line that writes text_file as speech to path."""
        caps = self.capabilities
        rate = max(caps.min_wpm, min(caps.max_wpm, int(rate_wpm)))
        amplitude = max(0, min(200, round(100 * volume)))  # espeak-ng: 0-200, 100 is normal
        return [
            self.program,
            "-b",
            "1",
            "-v",
            voice,
            "-s",
            str(rate),
            "-a",
            str(amplitude),
            "-w",
            str(path),
            "-f",
            str(text_file),
        ]

    def synthesize(
        self,
        text: str,
        path: Path,
        *,
        language: str,
        rate_wpm: int = 175,
        volume: float = 1.0,
        voice: str | None = None,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Write text as speech to a WAV file; a cancel kills espeak-ng at once."""
        path = Path(path)
        if voice is None:
            found = self.voice_for(language)
            voice = found.id if found else language
        self._check_voice(voice)
        text_file = path.with_name(path.name + ".txt")
        # A file, not argv: no length limit, and text starting with "-" is not an option.
        text_file.write_text(text, encoding="utf-8")
        try:
            cmd = self.command(text_file, path, voice=voice, rate_wpm=rate_wpm, volume=volume)
            return self._run(cmd, path, cancel)
        finally:
            text_file.unlink(missing_ok=True)

    def _run(self, cmd: list[str], path: Path, cancel: CancelToken | None) -> Path:
        if cancel is not None and cancel.cancelled:
            raise SynthesisCancelled
        try:
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,  # own process group: killpg reaches any helper too
            )
        except OSError as exc:
            raise ReaderError(ErrorKind.SPEECH, f"{INSTALL_HINT['linux']} ({exc})") from exc

        def kill() -> None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        unregister = cancel.on_cancel(kill) if cancel is not None else (lambda: None)
        try:
            _, err = proc.communicate()
        finally:
            unregister()
        if cancel is not None and cancel.cancelled:
            path.unlink(missing_ok=True)
            raise SynthesisCancelled
        if proc.returncode != 0:
            detail = err.decode("utf-8", "replace").strip() or f"exit {proc.returncode}"
            raise ReaderError(ErrorKind.SPEECH, f"espeak-ng: {detail}")
        return path

    def close(self) -> None:
        """Nothing to release: each utterance has its own process."""


class Pyttsx3Synthesizer:
    """pyttsx3 (SAPI5, NSSpeechSynthesizer, libespeak) on one long-lived thread of its own.

    pyttsx3 engines must be made and used by one thread (pyttsx3 issue #327) and cannot be
    interrupted, so a cancel abandons the wait at once and the file is deleted when done.
    """

    name = "pyttsx3"
    capabilities = EngineCapabilities(cancel_mid_synthesis=False, min_wpm=80, max_wpm=500)

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[Callable[[Any], Any], concurrent.futures.Future[Any]] | None]
        self._jobs = queue.Queue()
        self._thread = threading.Thread(target=self._loop, name="pyttsx3-engine", daemon=True)
        self._ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._thread.start()
        try:
            self._ready.result(timeout=30)
        except Exception as exc:
            self.close()
            raise ReaderError(ErrorKind.SPEECH, f"{_install_hint()} ({exc})") from exc
        self._voices: list[Voice] = self._call(self._list_voices)

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
            self._ready.set_exception(exc)
            return
        self._ready.set_result(None)
        while (job := self._jobs.get()) is not None:
            fn, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(engine))
            except Exception as exc:
                future.set_exception(exc)

    def _call(self, fn: Callable[[Any], Any]) -> Any:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self._jobs.put((fn, future))
        return future.result(timeout=60)

    @staticmethod
    def _list_voices(engine: Any) -> list[Voice]:
        result = []
        for v in engine.getProperty("voices"):
            langs = [
                lang.decode("utf-8", "replace").lstrip("\x05") if isinstance(lang, bytes) else lang
                for lang in (getattr(v, "languages", None) or [])
            ]
            language = str(langs[0]) if langs else _language_from_id(str(v.id))
            result.append(Voice(id=str(v.id), name=str(v.name), language=language))
        return result

    def voices(self) -> list[Voice]:
        """Return the engine's voices."""
        return list(self._voices)

    def voice_for(self, language: str) -> Voice | None:
        """Return a voice for a language code."""
        return pick_voice(self._voices, language)

    def synthesize(
        self,
        text: str,
        path: Path,
        *,
        language: str,
        rate_wpm: int = 175,
        volume: float = 1.0,
        voice: str | None = None,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Write text as speech to a WAV file on the engine thread."""
        path = Path(path)
        if voice is None:
            found = self.voice_for(language)
            voice = found.id if found else None
        rate = max(self.capabilities.min_wpm, min(self.capabilities.max_wpm, int(rate_wpm)))

        def job(engine: Any) -> Path:
            if voice:
                engine.setProperty("voice", voice)
            engine.setProperty("rate", rate)
            engine.setProperty("volume", max(0.0, min(1.0, volume)))
            engine.save_to_file(text, str(path))
            engine.runAndWait()
            if not _wait_for_file(path, 10.0 + len(text) / 50):
                raise RuntimeError("no audio was written")
            return path

        future: concurrent.futures.Future[Path] = concurrent.futures.Future()
        done = threading.Event()
        future.add_done_callback(lambda _f: done.set())
        unregister = cancel.on_cancel(done.set) if cancel is not None else (lambda: None)
        self._jobs.put((job, future))
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

    def close(self) -> None:
        """Stop the engine thread."""
        self._jobs.put(None)


def _wait_for_file(path: Path, timeout: float) -> bool:
    """Wait until a file exists (some pyttsx3 drivers write it from a callback)."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _language_from_id(voice_id: str) -> str:
    """Guess a language from a voice id such as "gmw/nl" or "...\\TTS_MS_NL-NL_FRANK_11.0"."""
    match = re.search(r"(?:^|[/\\_])([a-z]{2})(?:[-_][a-z]{2})?(?:[_/\\.]|$)", voice_id.lower())
    return match.group(1) if match else ""


def _install_hint() -> str:
    return INSTALL_HINT.get(sys.platform, INSTALL_HINT["linux"])


ENGINES = ("espeak-ng", "pyttsx3")


def available_synthesizer(engines: Sequence[str] | None = None) -> Synthesizer:
    """Return the first speech engine that works; raise ReaderError(SPEECH) when none does.

    The default order is espeak-ng first on Linux (stoppable at once), pyttsx3 first
    elsewhere (SAPI5, NSSpeechSynthesizer). May take a moment: call it off the GUI thread.
    """
    if engines is not None:
        order = list(engines)
    elif sys.platform.startswith("linux"):
        order = ["espeak-ng", "pyttsx3"]
    else:
        order = ["pyttsx3", "espeak-ng"]
    problems: list[str] = []
    for name in order:
        try:
            engine: Synthesizer
            if name == "espeak-ng":
                engine = EspeakSynthesizer()
                if not engine.voices():
                    raise ReaderError(ErrorKind.SPEECH, "espeak-ng has no voices")
            elif name == "pyttsx3":
                engine = Pyttsx3Synthesizer()
            else:
                raise ReaderError(ErrorKind.SPEECH, f"unknown engine {name!r}")
            return engine
        except ReaderError as exc:
            problems.append(exc.detail)
    log.warning("no speech engine works: %s", "; ".join(problems))
    raise ReaderError(ErrorKind.SPEECH, _install_hint())


def scratch_folder(prefix: str = "helder-speech-") -> Path:
    """Return a new private temporary folder for utterance audio."""
    return Path(tempfile.mkdtemp(prefix=prefix))
