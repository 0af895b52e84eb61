"""Speech engines behind one small interface: text in, a WAV file out, cancellable.

pyttsx3 cannot be stopped, iterated or tracked reliably (see shared/TESTING.md "Speech"), so
engines only ever write WAV files; playback, pause and stop belong to the app's audio player.
On Linux the espeak-ng program runs as a child process in its own process group, which a
cancel kills at once; elsewhere pyttsx3 (SAPI5, NSSpeechSynthesizer) runs on one thread.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

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


def install_hint() -> str:
    """Return what to install for speech on this platform."""
    return INSTALL_HINT.get(sys.platform, INSTALL_HINT["linux"])


def _espeak() -> Synthesizer:
    from reader.core.speech.engines.espeak import EspeakSynthesizer

    engine = EspeakSynthesizer()
    if not engine.voices():
        raise ReaderError(ErrorKind.SPEECH, "espeak-ng has no voices")
    return engine


def _pyttsx3() -> Synthesizer:
    from reader.core.speech.engines.pyttsx3_engine import Pyttsx3Synthesizer

    return Pyttsx3Synthesizer()


def _router_class() -> type:
    from reader.core.speech.voices.router import VoiceRouter

    return VoiceRouter


def _piper() -> Synthesizer:
    """Piper for the languages it has voices for, the system engine for the others."""
    from reader.core.speech.engines.piper_engine import PiperSynthesizer, piper_available
    from reader.core.speech.voices.piper_voices import installed_voices
    from reader.core.speech.voices.router import VoiceRouter

    voices = installed_voices() if piper_available() else []
    if not voices:
        raise ReaderError(ErrorKind.SPEECH, "no Piper voice is installed")
    return VoiceRouter(PiperSynthesizer(voices), system_synthesizer())


# Every engine by name: a factory that returns a working engine or raises ReaderError(SPEECH).
# The speech child process (reader/core/speech/engines/child.py) makes its engine from this table,
# so an engine added here is isolated like the others.
ENGINE_FACTORIES: dict[str, Callable[[], Synthesizer]] = {
    "espeak-ng": _espeak,
    "pyttsx3": _pyttsx3,
    "piper": _piper,
}
ENGINES = tuple(ENGINE_FACTORIES)


def default_engine_order() -> list[str]:
    """Return engine names to try: espeak-ng first on Linux (stoppable at once)."""
    if sys.platform.startswith("linux"):
        return ["espeak-ng", "pyttsx3"]
    return ["pyttsx3", "espeak-ng"]


def available_synthesizer(
    engines: Sequence[str] | None = None,
    *,
    piper: bool | None = None,
    on_fallback: Callable[[str, str, str], None] | None = None,
) -> Synthesizer:
    """Return the speech engine to use, in this process; raise ReaderError(SPEECH) if none.

    `engines` names the engines to try in order (ENGINE_FACTORIES; "piper" is the router
    below). Without names, and unless `piper` is False: with Piper voices installed, a
    VoiceRouter: Piper for the languages it has a voice for, the system engine for the
    others (`on_fallback(language, engine, voice)` once per such language). May take a
    moment: call it off the GUI thread. The app reads aloud through
    `reader.core.speech.engines.isolated` instead, whose child process makes its engine here, so an
    engine that crashes (onnxruntime included) takes only the child down.
    """
    if engines is not None:
        piper = False if piper is None else piper
    fallback = system_synthesizer(engines)
    if isinstance(fallback, _router_class()):  # "piper" was named
        fallback.on_fallback = on_fallback
        return fallback
    if piper is False:
        return fallback
    from reader.core.speech.engines.piper_engine import PiperSynthesizer, piper_available
    from reader.core.speech.voices.piper_voices import installed_voices

    voices = installed_voices() if piper_available() else []
    if not voices:
        return fallback
    from reader.core.speech.voices.router import VoiceRouter

    return VoiceRouter(PiperSynthesizer(voices), fallback, on_fallback=on_fallback)


def system_synthesizer(engines: Sequence[str] | None = None) -> Synthesizer:
    """Return the first named engine that works, by default the system one: espeak-ng first
    on Linux (stoppable at once), pyttsx3 first elsewhere (SAPI5, NSSpeechSynthesizer)."""
    order = list(engines) if engines is not None else default_engine_order()
    problems: list[str] = []
    for name in order:
        factory = ENGINE_FACTORIES.get(name)
        try:
            if factory is None:
                raise ReaderError(ErrorKind.SPEECH, f"unknown engine {name!r}")
            return factory()
        except ReaderError as exc:
            problems.append(exc.detail)
    log.warning("no speech engine works: %s", "; ".join(problems))
    raise ReaderError(ErrorKind.SPEECH, install_hint())


def scratch_folder(prefix: str = "helder-speech-") -> Path:
    """Return a new private temporary folder for utterance audio."""
    return Path(tempfile.mkdtemp(prefix=prefix))
