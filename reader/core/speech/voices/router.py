"""Which engine speaks which language: a Piper voice where one is installed, else espeak-ng.

The router is itself a Synthesizer, so the prefetcher, the export and `helder speak` use it
like any engine. A voice id chosen by the user for a language (Settings > Read aloud, or
`--voice`) wins: a Piper key ("nl_NL-mls-medium") goes to Piper, anything else to the
fallback engine. Without a choice, the best installed Piper voice for the language speaks;
when there is none, the fallback does and `on_fallback` is called once for that language,
so the user hears why the voice changed.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.engines.types import (
    EngineCapabilities,
    FallbackNotice,
    SpeechJob,
    Synthesizer,
    Voice,
)
from reader.core.speech.voices.piper_catalogue import VOICE_KEY
from reader.core.text.language import base_language

log = logging.getLogger(__name__)



@dataclass(frozen=True, slots=True)
class Route:
    """The engine and voice that speak one language."""

    engine: Synthesizer
    voice: Voice | None
    fallback: bool  # a Piper voice was wanted (or usual) but none fits this language


class VoiceRouter(Synthesizer):
    """Send each utterance to Piper or to the fallback engine by its language and voice."""

    name = "automatic"

    def __init__(
        self,
        piper: Synthesizer | None,
        fallback: Synthesizer,
        *,
        on_fallback: FallbackNotice | None = None,
    ) -> None:
        self.piper = piper
        self.fallback = fallback
        self.on_fallback = on_fallback
        self._noticed: set[str] = set()
        self._lock = threading.Lock()
        low = max(fallback.capabilities.min_wpm, piper.capabilities.min_wpm if piper else 0)
        high = min(fallback.capabilities.max_wpm, piper.capabilities.max_wpm if piper else 10**4)
        self.capabilities = EngineCapabilities(
            rate=True,
            volume=True,
            cancel_mid_synthesis=fallback.capabilities.cancel_mid_synthesis
            and (piper is None or piper.capabilities.cancel_mid_synthesis),
            min_wpm=low,
            max_wpm=high,
        )

    def _piper_voices(self) -> list[Voice]:
        return self.piper.voices() if self.piper is not None else []

    def voices(self) -> list[Voice]:
        """Return Piper's voices, then the fallback engine's."""
        return self._piper_voices() + self.fallback.voices()

    def route(self, language: str, voice: str | None = None) -> Route:
        """Return which engine and voice speak this language (with the user's choice, if any)."""
        piper_keys = {v.id: v for v in self._piper_voices()}
        if voice:
            if voice in piper_keys and self.piper is not None:
                return Route(self.piper, piper_keys[voice], fallback=False)
            if not VOICE_KEY.match(voice):  # an espeak-ng/system voice id chosen on purpose
                chosen = next((v for v in self.fallback.voices() if v.id == voice), None)
                return Route(self.fallback, chosen or Voice(voice, voice, language), False)
            log.info("Piper voice %s is not installed; choosing automatically", voice)
        if self.piper is not None:
            found = self.piper.voice_for(language)
            if found is not None:
                return Route(self.piper, found, fallback=False)
        wanted = self.piper is not None  # Piper voices exist, just none for this language
        return Route(self.fallback, self.fallback.voice_for(language), fallback=wanted)

    def voice_for(self, language: str) -> Voice | None:
        """Return the voice that speaks this language when nothing is chosen."""
        return self.route(language).voice

    def describe(self, language: str, voice: str | None = None) -> tuple[str, str]:
        """Return (engine name, voice name) for the settings: "Piper", "joe (medium)"."""
        route = self.route(language, voice)
        return route.engine.name, route.voice.name if route.voice else "?"

    def speak(self, job: SpeechJob) -> Path:
        """Speak with the engine for this language; say once per language when falling back."""
        route = self.route(job.language, job.voice)
        if route.fallback:
            self._notice(job.language, route)
        if route.voice is None and route.engine is self.piper:
            raise ReaderError(ErrorKind.SPEECH, f"no voice for {job.language!r}")
        return route.engine.speak(replace(job, voice=route.voice.id if route.voice else None))

    def _notice(self, language: str, route: Route) -> None:
        base = base_language(language, default="")
        with self._lock:
            if base in self._noticed:
                return
            self._noticed.add(base)
        if self.on_fallback is not None:
            try:
                self.on_fallback(base, route.engine.name, route.voice.name if route.voice else "")
            except Exception:
                log.exception("fallback notice failed")

    def close(self) -> None:
        """Release both engines."""
        if self.piper is not None:
            self.piper.close()
        self.fallback.close()


def who_speaks(synth: Synthesizer, language: str, voice: str | None = None) -> tuple[str, str]:
    """Return (engine name, voice name) that would read a language with any engine."""
    return synth.describe(language, voice)
