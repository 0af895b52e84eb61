"""Speech in a child process: real engines, a real cancel, a real SIGKILL (issue 11)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import wave
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.core.speech.engines import protocol
from reader.core.speech.engines.isolated import ChildSynthesizer, EngineCrashed
from reader.core.speech.engines.synth import CancelToken, SynthesisCancelled

REPO = Path(__file__).resolve().parents[3]
DUTCH = "Dit is een zin die Helder in een apart proces uitspreekt."


def seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


@pytest.fixture
def synth():
    s = ChildSynthesizer(["espeak-ng"])
    yield s
    s.close()


def test_the_child_writes_real_speech_and_offers_the_engines_voices(synth, tmp_path):
    assert synth.name == "espeak-ng"
    assert synth.voice_for("nl") is not None
    path = synth.synthesize(DUTCH, tmp_path / "a.wav", language="nl")
    assert seconds(path) > 1.5
    assert synth.pid != os.getpid()


def test_a_cancel_returns_while_the_child_is_still_speaking(synth, tmp_path):
    token = CancelToken()
    long_text = " ".join([DUTCH] * 60)
    threading.Timer(0.05, token.cancel).start()
    with pytest.raises(SynthesisCancelled):
        synth.synthesize(long_text, tmp_path / "long.wav", language="nl", cancel=token)
    # The child serves the next request as usual.
    path = synth.synthesize("Nog een zin.", tmp_path / "b.wav", language="nl")
    assert seconds(path) > 0.5


def test_sigkill_fails_the_utterance_once_and_the_next_one_starts_a_new_child(
        synth, tmp_path):
    crashes: list[str] = []
    synth.on_crash = crashes.append
    pid = synth.pid
    assert pid is not None
    threading.Timer(0.1, os.kill, (pid, signal.SIGKILL)).start()
    with pytest.raises(EngineCrashed):
        synth.synthesize(" ".join([DUTCH] * 80), tmp_path / "c.wav", language="nl")
    assert crashes
    assert "-9" in crashes[0]
    path = synth.synthesize(DUTCH, tmp_path / "d.wav", language="nl")
    assert seconds(path) > 1.5
    assert synth.pid not in (None, pid)
    assert synth.restarts == 1


def test_a_bad_voice_is_an_error_of_that_utterance_not_a_crash(synth, tmp_path):
    with pytest.raises(ReaderError) as caught:
        synth.synthesize(DUTCH, tmp_path / "e.wav", language="nl", voice="no-such-voice")
    assert not isinstance(caught.value, EngineCrashed)
    assert synth.restarts == 0


def test_pyttsx3_runs_in_the_child_too(tmp_path):
    s = ChildSynthesizer(["pyttsx3"])
    try:
        assert s.name == "pyttsx3"
        path = s.synthesize(DUTCH, tmp_path / "p.wav", language="nl")
        assert seconds(path) > 1.5
    finally:
        s.close()


def test_no_engine_is_a_clear_error_not_a_hang(tmp_path):
    with pytest.raises(ReaderError) as caught:
        ChildSynthesizer(["no-such-engine"])
    assert "espeak-ng" in caught.value.detail  # what to install


def test_helder_speech_child_speaks_the_protocol_and_ends_when_stdin_closes(tmp_path):
    wav = tmp_path / "f.wav"
    child = subprocess.Popen(
        [sys.executable, "-m", "reader", "--speech-child", "espeak-ng"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert protocol.parse(child.stdout.readline())["op"] == "hello"
        protocol.write(child.stdin, {"op": "synth", "id": 7, "text": DUTCH, "path": str(wav),
                                     "language": "nl"})
        assert protocol.parse(child.stdout.readline()) == {"op": "done", "id": 7}
        assert seconds(wav) > 1.5
        child.stdin.close()  # Helder went away: the child ends by itself
        assert child.wait(timeout=60) == 0
    finally:
        child.kill()
        child.wait()


def test_what_the_child_says_on_stderr_reaches_helders_log(synth, tmp_path, caplog):
    import logging

    caplog.set_level(logging.WARNING, logger="reader.core.speech.engines.child")
    # espeak-ng refuses an unknown voice in the child; the child logs nothing for that, so
    # make it write to stderr the way a crashing engine would: an error in a worker thread.
    child = synth._child
    assert child is not None
    child.send({"op": "synth", "id": 99, "text": "x", "path": str(tmp_path / "x.wav"),
                "language": "nl", "rate_wpm": "not a number"})
    deadline = __import__("time").monotonic() + 30
    while not any("not a number" in r.getMessage() for r in caplog.records):
        assert __import__("time").monotonic() < deadline, caplog.text
        __import__("time").sleep(0.05)
