"""Reading aloud in the app: real espeak-ng and the player this machine gets.

With no audio output (as in CI) that is the clock-keeping SilentPlayer; the real
QMediaPlayer path is checked on its own at the end of this file.
"""

from __future__ import annotations

import time
import wave

import pytest
from PySide6.QtCore import QTimer

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Item
from reader.core.speech.queue import PlayState
from reader.core.speech.sentences import SplitOptions, TextField, TextPosition, UtteranceKind
from reader.ui.speech.controller import ReadAloudSettings, SpeechController

# QtMultimedia logs from its own threads; pytest-qt's Python message handler would then
# deadlock against QMediaPlayer.stop() and corrupt reference counts (PySide6 6.12).
pytestmark = pytest.mark.no_qt_log

FAST = ReadAloudSettings(rate_wpm=450, item_pause_ms=100)
SHORT_PAUSES = SplitOptions(title_pause_ms=50, theme_pause_ms=50, paragraph_pause_ms=50,
                            item_pause_ms=100)
ITEMS = [
    Item("Eerste bericht", None, ("Dit is zin een. Hier komt zin twee.", "Een nieuwe alinea.")),
    Item("Tweede bericht", None, ("Alleen deze zin.",)),
    Item("Derde bericht", None, ("Nog een zin.",)),
]


class Recorder:
    """Collects what a controller emits, with the time it happened."""

    def __init__(self, controller: SpeechController) -> None:
        self.started: list[tuple[float, object]] = []
        self.states: list[tuple[float, str]] = []
        self.items: list[int] = []
        self.announced: list[str] = []
        self.errors: list[object] = []
        self.ends: list[float] = []
        controller.utterance_started.connect(
            lambda u: self.started.append((time.perf_counter(), u)))
        controller.state_changed.connect(lambda s: self.states.append((time.perf_counter(), s)))
        controller.item_changed.connect(self.items.append)
        controller.announce.connect(self.announced.append)
        controller.error.connect(self.errors.append)

    def watch_player(self, controller: SpeechController) -> None:
        assert controller.player is not None
        controller.player.finished.connect(lambda _u: self.ends.append(time.perf_counter()))

    @property
    def utterances(self) -> list:
        return [u for _, u in self.started]


@pytest.fixture
def controller(qtbot):
    c = SpeechController(settings=FAST, split_options=SHORT_PAUSES)
    c.set_items(ITEMS, "nl")
    yield c
    c.close()


def wait_state(qtbot, controller, state, timeout=8000):
    qtbot.waitUntil(lambda: controller.state == state, timeout=timeout)


def read_to_end(qtbot, controller, rec, timeout=10000):
    """Wait until reading has begun (the engine loads first) and then ended."""
    qtbot.waitUntil(lambda: bool(rec.started), timeout=5000)
    wait_state(qtbot, controller, PlayState.IDLE, timeout=timeout)


def duration(path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def test_highlight_moves_sentence_by_sentence_and_the_gui_never_stalls(qtbot, controller):
    rec = Recorder(controller)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    controller.play_pause(0)
    qtbot.waitUntil(lambda: controller.player is not None, timeout=5000)
    rec.watch_player(controller)
    wait_state(qtbot, controller, "playing")
    wait_state(qtbot, controller, PlayState.IDLE, timeout=15000)
    timer.stop()

    texts = [u.text for u in rec.utterances]
    assert texts == ["Eerste bericht", "Dit is zin een.", "Hier komt zin twee.",
                     "Een nieuwe alinea."]
    assert rec.utterances[0].kind is UtteranceKind.TITLE
    # Each sentence starts only after the one before has finished playing.
    assert len(rec.ends) >= len(rec.started) - 1, (rec.started, rec.ends)
    for n in range(1, len(rec.started)):
        assert rec.started[n][0] >= rec.ends[n - 1], (n, rec.started, rec.ends)
        audio = controller.prefetcher.ready(rec.started[n - 1][1])
        assert audio is not None
        spacing = rec.started[n][0] - rec.started[n - 1][0]
        assert spacing >= duration(audio) - 0.05, (n, spacing, duration(audio))
    assert "Reading aloud started" in rec.announced
    assert rec.announced[-1] == "Finished reading"
    # The GUI thread kept running all along. How smoothly is a figure for a quiet machine
    # (printed here); on a loaded one only a freeze of a whole second counts as a failure.
    worst = max(gaps[1:])
    print(f"longest GUI-thread gap while reading: {worst * 1000:.1f} ms")
    assert worst < 1.0, sorted(gaps)[-5:]


def test_stop_is_immediate_and_final(qtbot, controller):
    rec = Recorder(controller)
    controller.read_on(0)
    qtbot.waitUntil(lambda: len(rec.started) >= 2, timeout=8000)
    t0 = time.perf_counter()
    controller.stop()
    stopped_in = time.perf_counter() - t0
    assert controller.state is PlayState.IDLE
    assert controller.player.is_stopped()
    print(f"stop took {stopped_in * 1000:.2f} ms")
    assert stopped_in < 0.100
    assert rec.states[-1][1] is PlayState.IDLE
    assert rec.states[-1][0] - t0 < 0.100
    count = len(rec.started)
    qtbot.wait(800)
    assert len(rec.started) == count
    assert controller.player.is_stopped()
    assert rec.announced[-1] == "Stopped"


def test_pause_and_resume_at_the_same_sentence(qtbot, controller):
    rec = Recorder(controller)
    controller.play_pause(0)
    qtbot.waitUntil(lambda: len(rec.started) >= 2, timeout=8000)
    qtbot.wait(150)  # into the sentence
    controller.play_pause(0)
    assert controller.state == "paused"
    paused_on = controller.queue.current
    position = controller.player.elapsed_ms(paused_on)
    count = len(rec.started)
    qtbot.wait(600)
    assert len(rec.started) == count  # nothing moves on while paused
    assert controller.player.elapsed_ms(paused_on) == position
    controller.play_pause(0)
    assert controller.state == "playing"
    assert rec.utterances[count] == paused_on
    wait_state(qtbot, controller, PlayState.IDLE, timeout=10000)
    assert [u.text for u in rec.utterances[count:]][-1] == "Een nieuwe alinea."
    assert "Paused" in rec.announced


def test_read_on_crosses_into_the_next_items(qtbot, controller):
    rec = Recorder(controller)
    controller.read_on(1)
    read_to_end(qtbot, controller, rec)
    assert [u.text for u in rec.utterances] == ["Tweede bericht", "Alleen deze zin.",
                                                "Derde bericht", "Nog een zin."]
    assert rec.items == [1, 2]


def test_read_on_from_the_caret(qtbot, controller):
    rec = Recorder(controller)
    controller.read_on(0, TextPosition(TextField.SUMMARY, 1, 0))
    qtbot.waitUntil(lambda: len(rec.started) >= 2, timeout=8000)
    controller.stop()
    assert [u.text for u in rec.utterances[:2]] == ["Een nieuwe alinea.", "Tweede bericht"]


def test_stop_after_each_item_pauses_at_the_item_end(qtbot, controller):
    controller.set_settings(ReadAloudSettings(rate_wpm=450, item_pause_ms=100,
                                              stop_after_each_item=True))
    rec = Recorder(controller)
    controller.read_on(1)
    wait_state(qtbot, controller, "paused", timeout=8000)
    assert [u.text for u in rec.utterances] == ["Tweede bericht", "Alleen deze zin."]
    controller.play_pause(1)
    qtbot.waitUntil(lambda: len(rec.started) >= 3, timeout=5000)
    assert rec.utterances[2].text == "Derde bericht"
    controller.stop()


def test_next_sentence_skips_ahead(qtbot, controller):
    rec = Recorder(controller)
    controller.play_pause(0)
    qtbot.waitUntil(lambda: len(rec.started) >= 1, timeout=8000)
    controller.next_sentence()
    controller.next_sentence()
    # Two presses land on the second sentence; the first may start for a moment when its
    # audio was made ahead, but reading goes on from the second.
    qtbot.waitUntil(lambda: rec.utterances[-1].text == "Hier komt zin twee.", timeout=5000)
    assert [u.text for u in rec.utterances[1:]] in (
        ["Hier komt zin twee."], ["Dit is zin een.", "Hier komt zin twee."])
    controller.stop()


def test_titles_only(qtbot, controller):
    rec = Recorder(controller)
    controller.read_titles(0)
    read_to_end(qtbot, controller, rec)
    assert [u.text for u in rec.utterances] == ["Eerste bericht", "Tweede bericht",
                                                "Derde bericht"]
    assert rec.items == [0, 1, 2]


def test_read_only_the_selection(qtbot, controller):
    rec = Recorder(controller)
    controller.read_selection(0, TextPosition(TextField.SUMMARY, 0, 16),
                              TextPosition(TextField.SUMMARY, 0, 35))
    read_to_end(qtbot, controller, rec)
    assert [u.text for u in rec.utterances] == ["Hier komt zin twee."]


def test_no_engine_tells_what_to_install(qtbot):
    def no_engine():
        raise ReaderError(ErrorKind.SPEECH, "install espeak-ng")

    c = SpeechController(synthesizer_factory=no_engine)
    c.set_items(ITEMS)
    rec = Recorder(c)
    c.play_pause(0)
    qtbot.waitUntil(lambda: bool(rec.errors), timeout=3000)
    assert "espeak-ng" in rec.announced[-1]
    assert "apt install" in rec.announced[-1]
    assert c.state is PlayState.IDLE
    assert rec.utterances == []
    c.next_sentence()
    c.stop()
    c.close()


def test_screen_reader_mode_never_speaks(qtbot):
    made = []

    def factory():
        made.append(True)
        raise AssertionError("no engine may be loaded in screen-reader mode")

    c = SpeechController(settings=ReadAloudSettings(leave_to_screen_reader=True),
                         synthesizer_factory=factory)
    c.set_items(ITEMS)
    rec = Recorder(c)
    c.play_pause(0)
    c.read_on(0)
    c.read_titles()
    qtbot.wait(300)
    assert made == []
    assert c.player is None  # no audio player exists, so nothing can play
    assert c.state is PlayState.IDLE
    assert rec.utterances == []
    assert len(rec.announced) == 3
    assert all("screen reader" in text for text in rec.announced)


def test_previous_sentence_at_the_start_plays_it_again(qtbot, controller):
    rec = Recorder(controller)
    controller.read_item(0)
    qtbot.waitUntil(lambda: len(rec.started) >= 1, timeout=8000)
    controller.previous_sentence()  # at the first sentence: the same audio again
    qtbot.waitUntil(lambda: len(rec.started) >= 2, timeout=3000)
    assert rec.utterances[1] == rec.utterances[0]
    qtbot.waitUntil(lambda: len(rec.started) >= 3, timeout=5000)
    assert rec.utterances[2].text == "Dit is zin een."  # and reading carries on from there
    # The title really played again: the next sentence came only after its whole audio.
    title_audio = duration(controller.prefetcher.ready(rec.utterances[0]))
    assert rec.started[2][0] - rec.started[1][0] >= title_audio - 0.05
    controller.stop()


def test_stop_while_the_engine_loads_reads_nothing(qtbot, controller):
    rec = Recorder(controller)
    controller.read_on(0)
    controller.stop()
    qtbot.wait(500)
    assert rec.utterances == []
    assert controller.state is PlayState.IDLE


def test_the_qt_player_plays_a_wav_to_its_end(qtbot, tmp_path):
    import subprocess

    from reader.ui.speech.player import UtterancePlayer

    wav = tmp_path / "zin.wav"
    subprocess.run(["espeak-ng", "-v", "nl", "-w", str(wav), "Dit is een zin."], check=True)
    player = UtterancePlayer()
    with qtbot.waitSignal(player.finished, timeout=8000) as done:
        player.play("zin", wav)
    assert done.args == ["zin"]
    player.close()


def test_with_no_audio_output_the_silent_player_keeps_time(qtbot, tmp_path):
    import subprocess

    from reader.ui.speech.silent_player import SilentPlayer, wav_ms

    wav = tmp_path / "zin.wav"
    subprocess.run(["espeak-ng", "-v", "nl", "-w", str(wav), "Dit is een zin."], check=True)
    length = wav_ms(wav)
    assert length > 500
    player = SilentPlayer()
    started = time.perf_counter()
    with qtbot.waitSignal(player.finished, timeout=8000):
        player.play("u", wav)
        qtbot.wait(100)
        player.pause()
        held = player.elapsed_ms("u")
        qtbot.wait(300)
        assert player.elapsed_ms("u") == held, "paused audio does not move on"
        assert player.resume("u")
    took = (time.perf_counter() - started) * 1000
    assert took >= length + 250, "the pause is added to the playing time"
