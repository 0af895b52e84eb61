"""The real audio path: QMediaPlayer playing speech into this test run's null sink (issue 11).

Each test records the sink's monitor, so "it played" means sound reached the output, and
"paused" or "stopped" means the output went quiet. SilentPlayer is only for machines with
no audio output at all (tests/ui/speech/test_speech_controller.py).
"""

from __future__ import annotations

import subprocess
import wave

import pytest

from reader.core.models import Item
from reader.core.speech.queue import PlayState
from reader.ui.speech.audio import make_player
from reader.ui.speech.controller import ReadAloudSettings, SpeechController
from reader.ui.speech.player import UtterancePlayer

pytestmark = pytest.mark.no_qt_log

SENTENCE = "Dit is een zin die Helder hardop voorleest, zodat je hem kunt horen."


def speech_wav(path, text=SENTENCE):
    subprocess.run(["espeak-ng", "-v", "nl", "-w", str(path), text], check=True)
    with wave.open(str(path)) as w:
        return w.getnframes() * 1000 // w.getframerate()


@pytest.fixture
def recording(null_sink):
    rec = null_sink.record()
    yield rec
    rec.stop()


@pytest.fixture
def player(qtbot):
    p = UtterancePlayer()
    yield p
    p.close()


def test_with_an_audio_output_the_app_plays_through_qmediaplayer(qtbot):
    from PySide6.QtCore import QObject

    owner = QObject()
    assert isinstance(make_player(owner, 1.0), UtterancePlayer)


def test_a_wav_plays_to_its_end_and_is_heard(qtbot, player, recording, tmp_path):
    length = speech_wav(tmp_path / "zin.wav")
    with qtbot.waitSignal(player.finished, timeout=30_000) as done:
        player.play("zin", tmp_path / "zin.wav")
    assert done.args == ["zin"]
    qtbot.waitUntil(lambda: recording.loud_ms() >= length * 0.5, timeout=5000)


def test_pause_goes_quiet_and_resume_carries_on_where_it_paused(
        qtbot, player, recording, tmp_path):
    speech_wav(tmp_path / "zin.wav")
    player.play("zin", tmp_path / "zin.wav")
    qtbot.waitUntil(lambda: player.elapsed_ms("zin") > 600, timeout=30_000)
    player.pause()
    held = player.elapsed_ms("zin")
    qtbot.wait(400)  # let the output drain what it had buffered
    quiet_from = recording.mark()
    qtbot.wait(800)
    assert recording.loud_ms(quiet_from) <= 30, "a paused player still sounds"
    assert abs(player.elapsed_ms("zin") - held) < 100, "the position moved while paused"
    assert player.resume("zin")
    heard_from = recording.mark()
    with qtbot.waitSignal(player.finished, timeout=30_000):
        pass
    assert recording.loud_ms(heard_from) > 300, "resumed audio was not heard"


def test_stop_goes_quiet_and_never_reports_an_end(qtbot, player, recording, tmp_path):
    speech_wav(tmp_path / "zin.wav")
    ends: list[object] = []
    player.finished.connect(ends.append)
    player.play("zin", tmp_path / "zin.wav")
    qtbot.waitUntil(lambda: recording.loud_ms() > 200, timeout=30_000)
    player.stop()
    assert player.is_stopped()
    qtbot.wait(400)
    quiet_from = recording.mark()
    qtbot.wait(1500)
    assert recording.loud_ms(quiet_from) <= 30
    assert ends == []


def test_a_broken_file_is_reported_not_played(qtbot, player, tmp_path):
    bad = tmp_path / "kapot.wav"
    bad.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt garbage" * 4)
    with qtbot.waitSignal(player.failed, timeout=30_000):
        player.play("kapot", bad)


ITEMS = [
    Item("Eerste bericht", None, ("Dit is zin een. Hier komt zin twee. En dan zin drie.",)),
    Item("Tweede bericht", None, ("Alleen deze zin.",)),
]


@pytest.fixture
def controller(qtbot):
    c = SpeechController(settings=ReadAloudSettings(rate_wpm=260, item_pause_ms=100))
    c.set_items(ITEMS, "nl")
    yield c
    c.close()


def test_reading_aloud_through_the_real_player_skips_ahead_and_ends(
        qtbot, controller, recording):
    started: list[object] = []
    controller.utterance_started.connect(started.append)
    controller.read_on(0)
    qtbot.waitUntil(lambda: len(started) >= 2, timeout=30_000)  # title, then "zin een"
    assert isinstance(controller.player, UtterancePlayer)
    assert started[1].text == "Dit is zin een."
    controller.next_sentence()
    qtbot.waitUntil(lambda: len(started) >= 3, timeout=30_000)
    assert started[2].text == "Hier komt zin twee."
    qtbot.waitUntil(lambda: controller.state is PlayState.IDLE, timeout=60_000)
    texts = [u.text for u in started]
    assert texts[-2:] == ["Tweede bericht", "Alleen deze zin."], "read on to the end"
    assert recording.loud_ms() > 1500, "the sentences were heard"


NO_OUTPUT_CHILD = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader.core.models import Item
from reader.ui.speech.controller import ReadAloudSettings, SpeechController
app = QApplication([])
c = SpeechController(settings=ReadAloudSettings(rate_wpm=400))
c.set_items([Item("Titel", None, ("Een zin.",))], "nl")
said = []
c.announce.connect(said.append)
c.state_changed.connect(lambda s: s == "idle" and app.quit())
QTimer.singleShot(0, lambda: c.read_item(0))
QTimer.singleShot(60000, app.quit)
app.exec()
print(type(c.player).__name__)
print(said[0] if said else "")
c.close()
"""


def test_with_no_audio_output_the_status_says_nothing_can_be_heard(tmp_path):
    import os
    import sys

    from tests.conftest import REPO

    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "PULSE_SERVER": f"unix:{tmp_path}/no-such-socket"}
    run = subprocess.run([sys.executable, "-c", NO_OUTPUT_CHILD], capture_output=True,
                         text=True, timeout=120, cwd=REPO, env=env)
    assert run.returncode == 0, run.stderr[-800:]
    player, first_message = run.stdout.strip().splitlines()[-2:]
    assert player == "SilentPlayer"
    assert "nothing can be heard" in first_message
