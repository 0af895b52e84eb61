"""Piper neural voices as a speech engine: one utterance (a sentence) to a WAV file at a time.

The model (60-120 MB, ~230 MB in memory) is loaded on the first utterance and kept while
reading goes on, so later sentences come quickly; after `idle_release_s` without work it is
released again. piper and onnxruntime are imported only then, never at start-up.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
import wave
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.engines import types
from reader.core.speech.engines.types import SpeechJob, SynthesisCancelled, Synthesizer, Voice
from reader.core.speech.voices.piper_catalogue import QUALITY_RANK
from reader.core.speech.voices.piper_voices import InstalledVoice, installed_voices

if TYPE_CHECKING:
    from numpy.typing import NDArray

log = logging.getLogger(__name__)

# Piper's voices speak about this fast at their own pace (en_US-joe-medium: ~215 words a
# minute without pauses, a little less with them); Helder's rate scales from here.
NATURAL_WPM = 200
IDLE_RELEASE_S = 120.0
# espeak-ng's rate: every engine writes 22,050 Hz mono 16-bit, so an export that joins
# sentences of several voices (x_low and low Piper voices speak at 16 kHz) is one format.
OUTPUT_RATE = 22050


def _at_output_rate(audio: NDArray[Any], rate: int) -> bytes:
    """Return float samples (-1..1) as 16-bit PCM at OUTPUT_RATE (linear resampling)."""
    import numpy as np

    if rate != OUTPUT_RATE and len(audio):
        n = round(len(audio) * OUTPUT_RATE / rate)
        audio = np.interp(np.arange(n) * (rate / OUTPUT_RATE), np.arange(len(audio)), audio)
    return (np.clip(audio, -1.0, 1.0) * 32767).astype("<i2").tobytes()


def piper_available() -> bool:
    """Return whether the piper package is installed (without importing onnxruntime)."""
    from importlib.util import find_spec

    return find_spec("piper") is not None


class PiperSynthesizer(Synthesizer):
    """Piper voices, synthesised in this process; the model stays loaded while in use."""

    name = "Piper"
    capabilities = types.EngineCapabilities(cancel_mid_synthesis=False, min_wpm=80, max_wpm=450)

    def __init__(
        self,
        voices: list[InstalledVoice] | None = None,
        *,
        idle_release_s: float = IDLE_RELEASE_S,
    ) -> None:
        found = installed_voices() if voices is None else voices
        # Best quality first within a language, so pick_voice takes it.
        self.installed = sorted(found, key=lambda v: (v.language, -QUALITY_RANK.get(v.quality, 0)))
        self.idle_release_s = idle_release_s
        self._lock = threading.RLock()
        self._model: Any = None  # piper.PiperVoice
        self._model_key: str | None = None
        self._last_used = 0.0
        self._timer: threading.Timer | None = None
        self._closed = False

    # -- voices --------------------------------------------------------------------------

    def voices(self) -> list[Voice]:
        """Return the installed Piper voices."""
        return [
            Voice(id=v.key, name=f"{v.name} ({v.quality})", language=v.tag) for v in self.installed
        ]

    def voice_for(self, language: str) -> Voice | None:
        """Return the best installed voice for a language, or None."""
        return types.pick_voice(self.voices(), language)

    def installed_voice(self, key: str) -> InstalledVoice | None:
        """Return the installed voice with this key."""
        return next((v for v in self.installed if v.key == key), None)

    # -- the model -----------------------------------------------------------------------

    @property
    def loaded_key(self) -> str | None:
        """Return the key of the voice whose model is in memory."""
        return self._model_key

    def load(self, key: str) -> Any:
        """Load a voice's model (kept until idle); ReaderError(SPEECH) when it cannot."""
        with self._lock:
            if self._model_key == key and self._model is not None:
                return self._model
            voice = self.installed_voice(key)
            if voice is None:
                raise ReaderError(ErrorKind.SPEECH, f"no Piper voice {key!r}")
            self._release_model()
            try:
                from piper import PiperVoice

                began = time.perf_counter()
                self._model = PiperVoice.load(voice.model, config_path=voice.config)
                log.info("Piper voice %s loaded in %.2f s", key, time.perf_counter() - began)
            except ImportError as exc:
                raise ReaderError(ErrorKind.SPEECH, "Piper is not installed (piper-tts)") from exc
            except Exception as exc:  # onnxruntime refuses a damaged model in many ways
                raise ReaderError(ErrorKind.SPEECH, f"Piper voice {key}: {exc}") from exc
            self._model_key = key
            self._touch()
            return self._model

    def _release_model(self) -> None:
        if self._model is not None:
            log.info("Piper voice %s released", self._model_key)
        self._model = None
        self._model_key = None
        gc.collect()  # the ONNX session holds hundreds of MB: free it now, not some time

    def _touch(self) -> None:
        """Note that the model was used; release it after idle_release_s without use."""
        self._last_used = time.monotonic()
        if self._timer is not None:
            self._timer.cancel()
        if self._closed or self.idle_release_s <= 0:
            return
        self._timer = threading.Timer(self.idle_release_s, self._release_if_idle)
        self._timer.daemon = True
        self._timer.start()

    def _release_if_idle(self) -> None:
        if not self._lock.acquire(blocking=False):
            return  # synthesising: it touches again when done
        try:
            if time.monotonic() - self._last_used >= self.idle_release_s * 0.99:
                self._release_model()
        finally:
            self._lock.release()

    # -- speaking ------------------------------------------------------------------------

    def speak(self, job: SpeechJob) -> Path:
        """Write text as speech to a WAV file; a cancel is honoured between sentences."""
        path, voice = job.path, job.voice
        if voice is None:
            found = self.voice_for(job.language)
            if found is None:
                raise ReaderError(ErrorKind.SPEECH, f"no Piper voice for {job.language!r}")
            voice = found.id
        if job.cancelled:
            raise SynthesisCancelled
        from piper import SynthesisConfig

        rate = self.capabilities.clamp_rate(job.rate_wpm)
        with self._lock:
            model = self.load(voice)
            config = SynthesisConfig(
                length_scale=model.config.length_scale * NATURAL_WPM / rate,
                volume=max(0.0, min(2.0, job.volume)),
            )
            partial = path.with_name(path.name + ".part")
            try:
                self._write(model, job.text, partial, config, job.cancel)
                partial.replace(path)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
            finally:
                self._touch()
        return path

    def _write(
        self, model: Any, text: str, path: Path, config: Any, cancel: types.CancelToken | None
    ) -> None:
        with wave.open(str(path), "wb") as out:
            out.setframerate(OUTPUT_RATE)
            out.setsampwidth(2)
            out.setnchannels(1)
            for chunk in model.synthesize(text, syn_config=config):
                if cancel is not None and cancel.cancelled:
                    raise SynthesisCancelled
                out.writeframes(_at_output_rate(chunk.audio_float_array, chunk.sample_rate))
        if cancel is not None and cancel.cancelled:
            raise SynthesisCancelled

    def close(self) -> None:
        """Release the model and stop the idle timer."""
        with self._lock:
            self._closed = True
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._release_model()
