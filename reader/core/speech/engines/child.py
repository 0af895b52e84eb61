"""The speech child process: one engine, synthesising on request (see protocol.py).

Started by reader.core.speech.engines.isolated as
`python -m reader.core.speech.engines.child [ENGINE...]`
(or `helder --speech-child [ENGINE...]` from a frozen build). An engine that crashes
(pyttsx3's native drivers can) takes only this process down; Helder starts a new one.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from pathlib import Path
from typing import IO

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.engines import protocol
from reader.core.speech.engines.synth import available_synthesizer
from reader.core.speech.engines.types import CancelToken, SynthesisCancelled, Synthesizer

log = logging.getLogger(__name__)

ROUTED_LANGUAGES = ("nl", "en", "fr", "de")  # said in the greeting: who reads each one


class _Server:
    def __init__(self, synth: Synthesizer, out: IO[str]) -> None:
        self.synth = synth
        self._out = out
        self._out_lock = threading.Lock()
        self._jobs: queue.SimpleQueue[protocol.Message | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._running: tuple[int, CancelToken] | None = None
        self._cancelled: set[int] = set()  # asked to cancel before they started

    def send(self, message: protocol.Message) -> None:
        with self._out_lock:
            protocol.write(self._out, message)

    def cancel(self, job: int) -> None:
        with self._lock:
            if self._running is not None and self._running[0] == job:
                self._running[1].cancel()
            else:
                self._cancelled.add(job)

    def work(self) -> None:
        """Synthesise requests one at a time until None arrives (worker thread)."""
        while (request := self._jobs.get()) is not None:
            job = int(request["id"])
            token = CancelToken()
            with self._lock:
                if job in self._cancelled:
                    self._cancelled.discard(job)
                    token.cancel()
                self._running = (job, token)
            try:
                if token.cancelled:
                    raise SynthesisCancelled
                self.synth.synthesize(
                    request["text"], Path(request["path"]), language=request["language"],
                    rate_wpm=int(request.get("rate_wpm", 175)),
                    volume=float(request.get("volume", 1.0)), voice=request.get("voice"),
                    cancel=token)
            except SynthesisCancelled:
                self.send({"op": "cancelled", "id": job})
            except ReaderError as exc:
                self.send({"op": "failed", "id": job, "kind": exc.kind.value,
                           "detail": exc.detail})
            except Exception as exc:  # an engine bug: report it, keep serving
                log.exception("speech synthesis failed in the child")
                self.send({"op": "failed", "id": job, "kind": ErrorKind.SPEECH.value,
                           "detail": f"{type(exc).__name__}: {exc}"})
            else:
                self.send({"op": "done", "id": job})
            finally:
                with self._lock:
                    self._running = None

    def serve(self, requests: IO[str]) -> None:
        """Read requests until stdin closes (the parent ended or closed us)."""
        worker = threading.Thread(target=self.work, name="speech-child-synth", daemon=True)
        worker.start()
        for line in requests:
            message = protocol.parse(line)
            if message is None:
                continue
            if message["op"] == "synth":
                self._jobs.put(message)
            elif message["op"] == "cancel":
                self.cancel(int(message["id"]))
        with self._lock:
            if self._running is not None:
                self._running[1].cancel()
        self._jobs.put(None)
        worker.join(timeout=2)


def main(argv: list[str] | None = None) -> int:
    """Run the child: greet with the engine's voices, then serve until stdin closes."""
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(threadName)s %(name)s: %(message)s")
    # Helder logs what arrives on stderr; an error in a thread here must arrive there too.
    threading.excepthook = lambda args: logging.getLogger(__name__).error(
        "unexpected error in thread %s", args.thread.name if args.thread else "?",
        exc_info=args.exc_value)  # the exception carries its own traceback
    # Engines and libraries may print; only protocol messages go to the real stdout.
    out = sys.stdout
    sys.stdout = sys.stderr
    server: _Server | None = None

    def notice(language: str, engine: str, voice: str) -> None:
        """A language fell back from Piper: tell Helder (the router calls this only while
        synthesising, once the server below exists)."""
        if server is not None:
            server.send({"op": "notice", "language": language, "engine": engine, "voice": voice})

    try:
        synth = available_synthesizer(argv or None, on_fallback=notice)
        from reader.core.speech.voices.router import who_speaks

        routes = {lang: who_speaks(synth, lang) for lang in ROUTED_LANGUAGES}
        greeting = protocol.hello(synth.name, synth.capabilities, synth.voices(), routes)
    except ReaderError as exc:
        protocol.write(out, {"op": "no-engine", "detail": exc.detail})
        return 1
    server = _Server(synth, out)
    server.send(greeting)
    try:
        server.serve(sys.stdin)
    finally:
        synth.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
