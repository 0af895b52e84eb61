"""The one place speech engines are made: by name, in order, with Piper voices routed first.

pyttsx3 cannot be stopped, iterated or tracked reliably (see shared/TESTING.md "Speech"), so
engines only ever write WAV files; playback, pause and stop belong to the app's audio player.
On Linux the espeak-ng program runs as a child process in its own process group, which a
cancel kills at once; elsewhere pyttsx3 (SAPI5, NSSpeechSynthesizer) runs on one thread.
What the engines share (the Synthesizer interface, Voice, CancelToken) is in types.py.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.engines.types import (
    INSTALL_HINT,
    CancelToken,
    EngineCapabilities,
    FallbackNotice,
    SynthesisCancelled,
    Synthesizer,
    Voice,
    install_hint,
    pick_voice,
    scratch_folder,
)

# The shared types are named here too: callers that make an engine need them beside it.
__all__ = [
    "ENGINES",
    "ENGINE_FACTORIES",
    "INSTALL_HINT",
    "CancelToken",
    "EngineCapabilities",
    "FallbackNotice",
    "SynthesisCancelled",
    "Synthesizer",
    "Voice",
    "available_synthesizer",
    "default_engine_order",
    "install_hint",
    "pick_voice",
    "scratch_folder",
    "system_synthesizer",
]

log = logging.getLogger(__name__)


def _espeak(_on_fallback: FallbackNotice | None = None) -> Synthesizer:
    from reader.core.speech.engines.espeak import EspeakSynthesizer

    engine = EspeakSynthesizer()
    if not engine.voices():
        raise ReaderError(ErrorKind.SPEECH, "espeak-ng has no voices")
    return engine


def _pyttsx3(_on_fallback: FallbackNotice | None = None) -> Synthesizer:
    from reader.core.speech.engines.pyttsx3_engine import Pyttsx3Synthesizer

    return Pyttsx3Synthesizer()


def _installed_piper() -> Synthesizer | None:
    """Return Piper with the installed voices, or None when it or its voices are missing."""
    from reader.core.speech.engines.piper_engine import PiperSynthesizer, piper_available
    from reader.core.speech.voices.piper_voices import installed_voices

    voices = installed_voices() if piper_available() else []
    return PiperSynthesizer(voices) if voices else None


def _routed(
    piper: Synthesizer, fallback: Synthesizer, on_fallback: FallbackNotice | None
) -> Synthesizer:
    """Piper for the languages it has voices for, `fallback` for the others."""
    from reader.core.speech.voices.router import VoiceRouter

    return VoiceRouter(piper, fallback, on_fallback=on_fallback)


def _piper(on_fallback: FallbackNotice | None = None) -> Synthesizer:
    piper = _installed_piper()
    if piper is None:
        raise ReaderError(ErrorKind.SPEECH, "no Piper voice is installed")
    return _routed(piper, system_synthesizer(), on_fallback)


# Every engine by name: a factory that returns a working engine or raises ReaderError(SPEECH).
# The speech child process (reader/core/speech/engines/child.py) makes its engine from this table,
# so an engine added here is isolated like the others.
ENGINE_FACTORIES: dict[str, Callable[[FallbackNotice | None], Synthesizer]] = {
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
    on_fallback: FallbackNotice | None = None,
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
    fallback = system_synthesizer(engines, on_fallback)
    from reader.core.speech.voices.router import VoiceRouter

    if isinstance(fallback, VoiceRouter):  # "piper" was named
        return fallback
    installed = _installed_piper() if piper is not False else None
    return fallback if installed is None else _routed(installed, fallback, on_fallback)


def system_synthesizer(
    engines: Sequence[str] | None = None, on_fallback: FallbackNotice | None = None
) -> Synthesizer:
    """Return the first named engine that works, by default the system one: espeak-ng first
    on Linux (stoppable at once), pyttsx3 first elsewhere (SAPI5, NSSpeechSynthesizer)."""
    order = list(engines) if engines is not None else default_engine_order()
    problems: list[str] = []
    for name in order:
        factory = ENGINE_FACTORIES.get(name)
        try:
            if factory is None:
                raise ReaderError(ErrorKind.SPEECH, f"unknown engine {name!r}")
            return factory(on_fallback)
        except ReaderError as exc:
            problems.append(exc.detail)
    log.warning("no speech engine works: %s", "; ".join(problems))
    raise ReaderError(ErrorKind.SPEECH, install_hint())
