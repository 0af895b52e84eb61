"""Tell real speech from silence, a tone or noise in a 16-bit WAV, by its envelope."""

from __future__ import annotations

import itertools
import math
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Audio:
    seconds: float
    rms: float
    pause_share: float  # share of 20 ms frames much quieter than the loud ones
    crossing_rate: float  # zero crossings per sample: ~0.5 for white noise


def measure(path: Path) -> Audio:
    with wave.open(str(path)) as wav:
        assert wav.getsampwidth() == 2, "16-bit audio expected"
        rate = wav.getframerate()
        samples = array("h", wav.readframes(wav.getnframes()))
        samples = samples[:: wav.getnchannels()]
    n = len(samples)
    rms = math.sqrt(sum(s * s for s in samples) / n) if n else 0.0
    frame = max(1, rate // 50)
    energies = [math.sqrt(sum(s * s for s in samples[i:i + frame]) / frame)
                for i in range(0, n - frame + 1, frame)]
    loud = sorted(energies)[int(len(energies) * 0.9)] if energies else 0.0
    pauses = sum(1 for e in energies if e < 0.1 * loud)
    crossings = sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))
    return Audio(n / rate, rms, pauses / max(1, len(energies)), crossings / max(1, n))


def is_speech(audio: Audio) -> bool:
    """Speech lasts, is audible, stops between words and phrases, and is no noise."""
    return (audio.seconds > 1.0 and audio.rms > 500 and 0.03 < audio.pause_share < 0.7
            and audio.crossing_rate < 0.35)
