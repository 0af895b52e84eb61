"""espeak-ng as a child process per utterance: the reliable, stoppable engine on Linux."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.engines import types
from reader.core.speech.engines.types import SpeechJob, SynthesisCancelled, Synthesizer, Voice

log = logging.getLogger(__name__)


class EspeakSynthesizer(Synthesizer):
    """espeak-ng as a child process per utterance, killed with its process group on cancel."""

    name = "espeak-ng"
    capabilities = types.EngineCapabilities(cancel_mid_synthesis=True, min_wpm=80, max_wpm=700)

    def __init__(self, program: str | None = None) -> None:
        found = program or shutil.which("espeak-ng")
        if not found:
            raise ReaderError(ErrorKind.SPEECH, types.INSTALL_HINT["linux"])
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
        return types.pick_voice(self.voices(), language)

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
        rate = self.capabilities.clamp_rate(rate_wpm)
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

    def speak(self, job: SpeechJob) -> Path:
        """Write text as speech to a WAV file; a cancel kills espeak-ng at once."""
        voice = job.voice
        if voice is None:
            found = self.voice_for(job.language)
            voice = found.id if found else job.language
        self._check_voice(voice)
        text_file = job.path.with_name(job.path.name + ".txt")
        # A file, not argv: no length limit, and text starting with "-" is not an option.
        text_file.write_text(job.text, encoding="utf-8")
        try:
            cmd = self.command(
                text_file, job.path, voice=voice, rate_wpm=job.rate_wpm, volume=job.volume
            )
            return self._run(cmd, job.path, job.cancel)
        finally:
            text_file.unlink(missing_ok=True)

    def _run(self, cmd: list[str], path: Path, cancel: types.CancelToken | None) -> Path:
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
            raise ReaderError(ErrorKind.SPEECH, f"{types.INSTALL_HINT['linux']} ({exc})") from exc

        def kill() -> None:
            with contextlib.suppress(ProcessLookupError):
                if hasattr(os, "killpg"):
                    os.killpg(proc.pid, signal.SIGKILL)
                else:  # Windows: no process groups
                    proc.kill()

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
