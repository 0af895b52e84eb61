"""What every speech engine shares: the Synthesizer interface, voices, capabilities, cancel.

Its own module so the engines (espeak.py, pyttsx3_engine.py, piper_engine.py) and the
factory in synth.py that makes them import it, not each other.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

log = logging.getLogger(__name__)

# (language, engine name, voice name): a language without a Piper voice is read by another.
FallbackNotice = Callable[[str, str, str], None]
# synthesize(text, language, wav_path): write one utterance as a WAV file (briefing exports).
Synthesize = Callable[[str, str, Path], None]

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

    def clamp_rate(self, rate_wpm: float) -> int:
        """Return the nearest rate the engine can speak at."""
        return max(self.min_wpm, min(self.max_wpm, int(rate_wpm)))


@dataclass(frozen=True, slots=True)
class SpeechJob:
    """One utterance to write as a WAV file: what Synthesizer.synthesize was asked, as a value."""

    text: str
    path: Path  # where the WAV file goes
    language: str  # "nl", "en-gb": picks the voice when `voice` is None
    rate_wpm: int = 175  # each engine clamps it to what it can do (clamp_rate)
    volume: float = 1.0  # 1.0 is the engine's normal loudness
    voice: str | None = None  # an engine's voice id; None: its voice for the language
    cancel: CancelToken | None = None

    @property
    def cancelled(self) -> bool:
        """Return whether the job's cancel token has fired."""
        return self.cancel is not None and self.cancel.cancelled


@runtime_checkable
class Synthesizer(Protocol):
    """A speech engine that writes one utterance to a WAV file.

    Engines subclass it and implement speak(job); synthesize() is the call everyone makes.
    """

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
        return self.speak(SpeechJob(text, Path(path), language, rate_wpm, volume, voice, cancel))

    def speak(self, job: SpeechJob) -> Path:
        """Write one job as speech to job.path and return it; raise SynthesisCancelled."""
        ...

    def describe(self, language: str, voice: str | None = None) -> tuple[str, str]:
        """Return (engine name, voice name) that would read a language: for the settings."""
        found = next((v for v in self.voices() if v.id == voice), None) if voice else None
        found = found or self.voice_for(language)
        return self.name, found.name if found else "?"

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


def install_hint() -> str:
    """Return what to install for speech on this platform."""
    return INSTALL_HINT.get(sys.platform, INSTALL_HINT["linux"])


def scratch_folder(prefix: str = "helder-speech-") -> Path:
    """Return a new private temporary folder for utterance audio."""
    return Path(tempfile.mkdtemp(prefix=prefix))
