"""A Synthesizer whose engine runs in a child process that Helder restarts if it dies.

pyttsx3's native drivers (and any engine added later) can crash or hang; in a child process
that costs one utterance, not the app. `ChildSynthesizer` looks like any other engine to
the prefetcher: synthesize() blocks until the child wrote the WAV file, a cancel returns at
once, and when the child has died synthesize() raises `EngineCrashed` once and `on_crash`
is called; the next synthesize() starts a new child.
"""

from __future__ import annotations

import itertools
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.engines import protocol, types
from reader.core.speech.engines.types import SpeechJob, SynthesisCancelled, Synthesizer, Voice
from reader.core.speech.voices.piper_catalogue import VOICE_KEY

log = logging.getLogger(__name__)
child_log = logging.getLogger("reader.core.speech.engines.child")

START_TIMEOUT_S = 60.0  # a busy machine can be slow to import and list voices


class EngineCrashed(ReaderError):
    """The speech child process ended while it was wanted."""

    def __init__(self, detail: str) -> None:
        super().__init__(ErrorKind.SPEECH, detail)


def child_command(engines: Sequence[str]) -> list[str]:
    """Return the command that starts a speech child (a frozen build re-runs itself)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--speech-child", *engines]
    return [sys.executable, "-m", "reader.core.speech.engines.child", *engines]


class _Call:
    """One synthesis request waiting for its answer."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.answer: protocol.Message | None = None  # None: the child died


class _Child:
    """One running child process and the thread that reads its answers."""

    def __init__(self, command: list[str], on_exit: Callable[[_Child], None],
                 on_notice: Callable[[protocol.Message], None] | None = None) -> None:
        src_root = str(Path(__file__).resolve().parents[3])
        env = {**os.environ}
        env["PYTHONPATH"] = os.pathsep.join(p for p in (src_root, env.get("PYTHONPATH")) if p)
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", errors="replace", bufsize=1, env=env)
        self._on_exit = on_exit
        self._on_notice = on_notice
        self.calls: dict[int, _Call] = {}
        self.lock = threading.Lock()
        self._write_lock = threading.Lock()  # the prefetcher and a cancel may write at once
        self.alive = True
        self._hello = _Call()
        self._reader = threading.Thread(target=self._read, name="speech-child-reader",
                                        daemon=True)
        self._reader.start()
        # What the child writes to stderr (its warnings, a traceback) goes to Helder's log.
        threading.Thread(target=self._relay_stderr, name="speech-child-stderr",
                         daemon=True).start()

    def _relay_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            line = line.rstrip()
            if line.startswith("Audio saved to"):  # pyttsx3's chatter for every file
                child_log.debug("[%s] %s", self.pid, line)
            elif line:
                child_log.warning("[%s] %s", self.pid, line)

    @property
    def pid(self) -> int:
        return self.process.pid

    def greeting(self, timeout: float) -> protocol.Message:
        """Wait for the hello; raise ReaderError when the child has no engine or dies."""
        if not self._hello.event.wait(timeout):
            self.kill()
            raise ReaderError(ErrorKind.SPEECH, "the speech engine did not start in time")
        answer = self._hello.answer
        if answer is None:
            raise ReaderError(ErrorKind.SPEECH, "the speech engine ended at start")
        if answer["op"] != "hello":
            raise ReaderError(ErrorKind.SPEECH, str(answer.get("detail", "no speech engine")))
        return answer

    def send(self, message: protocol.Message) -> bool:
        try:
            assert self.process.stdin is not None
            with self._write_lock:
                protocol.write(self.process.stdin, message)
        except (OSError, ValueError):  # the pipe broke: the reader thread notices the end
            return False
        return True

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            message = protocol.parse(line)
            if message is None:
                continue
            if message["op"] in ("hello", "no-engine"):
                self._hello.answer = message
                self._hello.event.set()
                continue
            if message["op"] == "notice":
                if self._on_notice is not None:
                    self._on_notice(message)
                continue
            with self.lock:
                call = self.calls.pop(int(message.get("id", -1)), None)
            if call is not None:
                call.answer = message
                call.event.set()
        self.process.wait()
        with self.lock:
            self.alive = False
            calls, self.calls = self.calls, {}
        self._on_exit(self)  # first, so the crash is known before a caller wakes
        self._hello.event.set()
        for call in calls.values():
            call.event.set()  # answer None: the child died

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()

    def close(self) -> None:
        """Close stdin (the child ends by itself), kill it if it lingers."""
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.kill()
            self.process.wait()
        self._reader.join(timeout=2)


class ChildSynthesizer(Synthesizer):
    """Synthesizer that runs a real engine in a child process (see module doc)."""

    def __init__(self, engines: Sequence[str] = (), *,
                 on_crash: Callable[[str], None] | None = None,
                 on_fallback: Callable[[str, str, str], None] | None = None,
                 start_timeout: float = START_TIMEOUT_S) -> None:
        self.engines = list(engines)
        self.on_crash = on_crash  # called on the reader thread with a one-line cause
        # (language, engine, voice) when a language has no Piper voice: on the reader thread
        self.on_fallback = on_fallback
        self._timeout = start_timeout
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._closed = False
        self._child: _Child | None = None
        hello = self._start()
        self.name: str = hello["name"]
        self.capabilities: types.EngineCapabilities = protocol.capabilities_of(hello)
        self._voices = protocol.voices_of(hello)
        self._routes = {lang: (str(who[0]), str(who[1]))
                        for lang, who in hello.get("routes", {}).items()}
        self.restarts = 0

    @property
    def pid(self) -> int | None:
        """Return the process id of the running child, if one runs."""
        child = self._child
        return child.pid if child is not None and child.alive else None

    def _start(self) -> protocol.Message:
        child = _Child(child_command(self.engines), self._exited, self._notice)
        try:
            hello = child.greeting(self._timeout)
        except ReaderError:
            child.close()
            raise
        self._child = child
        return hello

    def _exited(self, child: _Child) -> None:
        code = child.process.returncode
        if self._closed or child is not self._child:
            return
        log.warning("speech child process %s ended (exit status %s)", child.pid, code)
        if self.on_crash is not None:
            try:
                self.on_crash(f"exit status {code}")
            except Exception:
                log.exception("speech crash callback failed")

    def _notice(self, message: protocol.Message) -> None:
        if self.on_fallback is None:
            return
        try:
            self.on_fallback(str(message.get("language", "")), str(message.get("engine", "")),
                             str(message.get("voice", "")))
        except Exception:
            log.exception("fallback notice callback failed")

    def describe(self, language: str, voice: str | None = None) -> tuple[str, str]:
        """Return (engine name, voice name) reading a language, as the child said at start."""
        if voice:
            found = next((v for v in self._voices if v.id == voice), None)
            if found is not None:
                return ("Piper" if VOICE_KEY.match(voice) else self.name), found.name
        base = language.lower().replace("_", "-").split("-")[0]
        if base in self._routes:
            return self._routes[base]
        found = self.voice_for(language)
        return self.name, found.name if found else "?"

    def _running_child(self) -> _Child:
        with self._lock:
            if self._closed:
                raise ReaderError(ErrorKind.SPEECH, "the speech engine was closed")
            if self._child is None or not self._child.alive:
                if self._child is not None:
                    self._child.close()
                self.restarts += 1
                log.info("starting a new speech child process")
                self._start()
            assert self._child is not None
            return self._child

    def voices(self) -> list[Voice]:
        """Return the voices the engine offered at start."""
        return list(self._voices)

    def voice_for(self, language: str) -> Voice | None:
        """Return the best voice for a language."""
        return types.pick_voice(self._voices, language)

    def speak(self, job: SpeechJob) -> Path:
        """Have the child write text as speech to path; raise SynthesisCancelled or
        EngineCrashed (the child died: the next call starts a new one)."""
        path, cancel = job.path, job.cancel
        if job.cancelled:
            raise SynthesisCancelled
        child = self._running_child()
        job_id = next(self._ids)
        call = _Call()
        with child.lock:
            if not child.alive:
                raise EngineCrashed("the speech engine stopped")
            child.calls[job_id] = call
        child.send({"op": "synth", "id": job_id, "text": job.text, "path": str(path),
                    "language": job.language, "rate_wpm": job.rate_wpm,
                    "volume": job.volume, "voice": job.voice})
        cancelled = threading.Event()

        def on_cancel() -> None:
            cancelled.set()
            child.send({"op": "cancel", "id": job_id})
            call.event.set()  # return at once; the child cleans up on its own

        unregister = cancel.on_cancel(on_cancel) if cancel is not None else (lambda: None)
        try:
            call.event.wait()
        finally:
            unregister()
        if cancelled.is_set():
            with child.lock:
                child.calls.pop(job_id, None)
            raise SynthesisCancelled
        answer = call.answer
        if answer is None:
            raise EngineCrashed("the speech engine stopped")
        if answer["op"] == "done":
            return path
        if answer["op"] == "cancelled":
            raise SynthesisCancelled
        raise ReaderError(ErrorKind(answer.get("kind", "speech")), str(answer.get("detail", "")))

    def close(self) -> None:
        """End the child process."""
        with self._lock:
            self._closed = True
            child, self._child = self._child, None
        if child is not None:
            child.close()


def isolated_synthesizer(
    engines: Sequence[str] | None = None,
    *,
    on_crash: Callable[[str], None] | None = None,
    on_fallback: Callable[[str, str, str], None] | None = None,
) -> ChildSynthesizer:
    """Return the first working engine, running in a child process; ReaderError if none.

    `on_crash(cause)` when the child dies; `on_fallback(language, engine, voice)` once per
    language that has no Piper voice and is read by the system engine.
    """
    return ChildSynthesizer(engines or (), on_crash=on_crash, on_fallback=on_fallback)
