"""Speech engines with the real espeak-ng: audible WAVs, the right voice, a quick cancel."""

from __future__ import annotations

import array
import json
import math
import os
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.engines.espeak import EspeakSynthesizer
from reader.core.speech.engines.synth import (
    CancelToken,
    SynthesisCancelled,
    Synthesizer,
    available_synthesizer,
)

DUTCH = "De VNG wil snel aan tafel met het nieuwe kabinet om het akkoord uit te werken."


def wav_stats(path: Path) -> tuple[float, float, bytes]:
    """Return duration in seconds, RMS of the 16-bit samples, and the raw frames."""
    with wave.open(str(path)) as w:
        assert w.getsampwidth() == 2
        frames = w.readframes(w.getnframes())
        seconds = w.getnframes() / w.getframerate()
    samples = array.array("h", frames)
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0
    return seconds, rms, frames


@pytest.fixture(scope="module")
def espeak() -> EspeakSynthesizer:
    return EspeakSynthesizer()


def test_espeak_is_the_system_engine_picked_on_linux() -> None:
    synth = available_synthesizer(["espeak-ng", "pyttsx3"])  # Piper: test_piper_engine.py
    assert isinstance(synth, Synthesizer)
    assert synth.name == "espeak-ng"
    assert synth.capabilities.cancel_mid_synthesis


def test_voices_per_language(espeak: EspeakSynthesizer) -> None:
    assert espeak.voice_for("nl").id == "gmw/nl"
    assert espeak.voice_for("nl-NL").language == "nl"
    assert espeak.voice_for("en").language.startswith("en")
    assert espeak.voice_for("xx") is None


def test_an_utterance_becomes_an_audible_wav(espeak, tmp_path) -> None:
    path = espeak.synthesize(DUTCH, tmp_path / "a.wav", language="nl")
    seconds, rms, _ = wav_stats(path)
    assert 2.0 < seconds < 10.0
    assert rms > 500  # silence is 0; espeak-ng speech is in the thousands
    assert not list(tmp_path.glob("*.txt"))  # the text file handed to espeak-ng is gone


def test_duration_grows_with_the_text(espeak, tmp_path) -> None:
    one = wav_stats(espeak.synthesize(DUTCH, tmp_path / "1.wav", language="nl"))[0]
    three = wav_stats(espeak.synthesize(" ".join([DUTCH] * 3), tmp_path / "3.wav", language="nl"))[
        0
    ]
    assert three > 2.5 * one


def test_dutch_text_is_spoken_by_the_dutch_voice(espeak, tmp_path) -> None:
    ours = wav_stats(espeak.synthesize(DUTCH, tmp_path / "nl.wav", language="nl"))[2]
    reference = tmp_path / "ref.wav"
    subprocess.run(["espeak-ng", "-v", "nl", "-w", str(reference), DUTCH], check=True)
    english = wav_stats(espeak.synthesize(DUTCH, tmp_path / "en.wav", language="en"))[2]
    assert ours == wav_stats(reference)[2]
    assert ours != english


def test_rate_and_volume_change_the_audio(espeak, tmp_path) -> None:
    normal, loud_rms, _ = wav_stats(espeak.synthesize(DUTCH, tmp_path / "n.wav", language="nl"))
    fast = wav_stats(espeak.synthesize(DUTCH, tmp_path / "f.wav", language="nl", rate_wpm=350))[0]
    quiet_rms = wav_stats(espeak.synthesize(DUTCH, tmp_path / "q.wav", language="nl", volume=0.3))[
        1
    ]
    assert fast < 0.7 * normal
    assert quiet_rms < 0.5 * loud_rms


def test_cancel_kills_espeak_mid_synthesis_within_100_ms(espeak, tmp_path) -> None:
    token = CancelToken()
    long_text = " ".join([DUTCH] * 400)  # about 1 s of synthesis work
    result: dict[str, object] = {}

    def work() -> None:
        try:
            espeak.synthesize(long_text, tmp_path / "long.wav", language="nl", cancel=token)
            result["outcome"] = "finished"
        except SynthesisCancelled:
            result["outcome"] = "cancelled"
        result["at"] = time.monotonic()

    thread = threading.Thread(target=work)
    thread.start()
    time.sleep(0.15)
    started = time.monotonic()
    token.cancel()
    thread.join(timeout=2)
    assert result["outcome"] == "cancelled"
    assert result["at"] - started < 0.1
    assert not (tmp_path / "long.wav").exists()


def test_a_cancelled_token_refuses_new_work(espeak, tmp_path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(SynthesisCancelled):
        espeak.synthesize(DUTCH, tmp_path / "x.wav", language="nl", cancel=token)


def test_unknown_voice_is_a_speech_error(espeak, tmp_path) -> None:
    with pytest.raises(ReaderError) as info:
        espeak.synthesize(DUTCH, tmp_path / "x.wav", language="nl", voice="no-such-voice")
    assert info.value.kind is ErrorKind.SPEECH


def test_missing_espeak_says_what_to_install(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ReaderError) as info:
        EspeakSynthesizer()
    assert info.value.kind is ErrorKind.SPEECH
    assert "install espeak-ng" in info.value.detail


def test_with_no_working_engine_the_user_is_told_what_to_install(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ReaderError) as info:
        available_synthesizer(engines=["espeak-ng"])
    assert info.value.kind is ErrorKind.SPEECH
    assert "espeak-ng" in info.value.one_line()


def test_speech_modules_load_no_heavy_library_at_import() -> None:
    code = (
        "import sys, reader.core.speech.engines.synth, reader.core.speech.prefetch, "
        "reader.core.speech.queue, reader.core.speech.audio_export, reader.cli.speak_cmd, "
        "reader.core.speech.engines.espeak, reader.core.speech.engines.pyttsx3_engine; "
        "print(sorted(m for m in ('pyttsx3', 'numpy', 'soundfile', 'PySide6') if m in sys.modules))"
    )
    root = Path(__file__).parents[3]
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    ).stdout
    assert out.strip() == "[]"


PYTTSX3_CHILD = """
import json, sys
from pathlib import Path
from reader.core.speech.engines.synth import available_synthesizer
synth = available_synthesizer(piper=False)
path = synth.synthesize(sys.argv[1], Path(sys.argv[2]), language="nl")
voice = synth.voice_for("nl")
synth.close()
print(json.dumps({"name": synth.name, "path": str(path), "voice": voice.language}))
"""


def run_child(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run a child using pyttsx3's libespeak driver; it must succeed (no retry on a crash)."""
    root = Path(__file__).resolve().parents[3]
    run = subprocess.run(argv, capture_output=True, text=True, cwd=root,
                         env={**env, "PYTHONPATH": str(root)}, timeout=120)
    assert run.returncode == 0, (run.returncode, run.stderr[-2000:])
    return run


def test_without_the_espeak_program_pyttsx3_is_used(tmp_path) -> None:
    env = {**os.environ, "PATH": str(tmp_path)}  # no espeak-ng program to be found
    run = run_child(
        [sys.executable, "-c", PYTTSX3_CHILD, DUTCH, str(tmp_path / "p.wav")], env)
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["name"] == "pyttsx3"
    seconds, rms, _ = wav_stats(Path(result["path"]))
    assert seconds > 2.0
    assert rms > 500
    assert result["voice"].startswith("nl")


CANCEL_CHILD = """
import json, sys, threading, time
from pathlib import Path
from reader.core.speech.engines.pyttsx3_engine import Pyttsx3Synthesizer
from reader.core.speech.engines.synth import CancelToken, SynthesisCancelled
synth = Pyttsx3Synthesizer()
token = CancelToken()
threading.Timer(0.05, token.cancel).start()
started = time.monotonic()
try:
    synth.synthesize(sys.argv[1], Path(sys.argv[2]), language="nl", cancel=token)
    cancelled = False
except SynthesisCancelled:
    cancelled = True
took = time.monotonic() - started
synth.close()
print(json.dumps({"cancelled": cancelled, "seconds": took}))
"""


def test_pyttsx3_cancel_returns_at_once(tmp_path) -> None:
    # In a child process, as the app runs it (reader/core/speech/engines/isolated.py).
    argv = [sys.executable, "-c", CANCEL_CHILD, " ".join([DUTCH] * 12), str(tmp_path / "p.wav")]
    run = run_child(argv, dict(os.environ))
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["cancelled"]
    assert result["seconds"] < 0.2
