"""The read-aloud settings offer the installed voices and say who reads each language."""

from __future__ import annotations

from reader.core.speech.engines.espeak import EspeakSynthesizer
from reader.core.speech.voices.offer import OFFERED_LANGUAGES, voice_offer


def test_the_running_engine_is_asked_and_stays_open(tmp_path) -> None:
    engine = EspeakSynthesizer()
    voices, automatic = voice_offer(engine)
    assert voices, "espeak-ng offers voices"
    assert set(automatic) == set(OFFERED_LANGUAGES)
    assert all(name for name, _voice in automatic.values())
    engine.synthesize("Nog open.", tmp_path / "after.wav", language="nl")
    assert (tmp_path / "after.wav").stat().st_size > 1000, "still reads afterwards"


def test_without_a_running_engine_one_is_started_for_the_question() -> None:
    voices, automatic = voice_offer(None)
    assert voices
    assert "nl" in automatic
