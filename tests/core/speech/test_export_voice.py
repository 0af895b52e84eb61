"""Briefing exports speak with the listener's speed and pronunciation list (real espeak-ng)."""

from __future__ import annotations

import wave
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.speech.engines.espeak import EspeakSynthesizer
from reader.core.speech.export_voice import ExportVoice
from reader.core.speech.pronunciation import PronunciationList


@dataclass
class Choices:
    rate_wpm: int = 175
    volume: float = 1.0
    voices: dict[str, str] = field(default_factory=dict)


def seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def test_an_export_follows_the_speed_and_pronunciation_in_force(tmp_path) -> None:
    choices = Choices()
    words = PronunciationList()
    made: list[EspeakSynthesizer] = []

    def engine() -> EspeakSynthesizer:
        made.append(EspeakSynthesizer())
        return made[-1]

    voice = ExportVoice(lambda: choices, lambda: words, make_engine=engine)
    text = "De gemeente vergadert vanavond over de begroting."
    voice.synthesize(text, "nl-NL", tmp_path / "normal.wav")
    choices.rate_wpm = 350
    voice.synthesize(text, "nl", tmp_path / "fast.wav")
    assert seconds(tmp_path / "fast.wav") < 0.8 * seconds(tmp_path / "normal.wav")

    choices.rate_wpm = 175
    voice.synthesize("VNG", "nl", tmp_path / "bare.wav")
    words.set("nl", "VNG", "Vereniging van Nederlandse Gemeenten")
    voice.synthesize("VNG", "nl", tmp_path / "said.wav")
    assert seconds(tmp_path / "said.wav") > 1.5 * seconds(tmp_path / "bare.wav")
    assert len(made) == 1, "one engine serves every piece"
    voice.reset()
    voice.synthesize("Klaar.", "nl", tmp_path / "after.wav")
    assert len(made) == 2, "after new voices are installed a fresh engine starts"
