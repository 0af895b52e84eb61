"""A speech engine that dies must not take Helder with it (issue 11).

Reading aloud runs its engine in a child process. Killing that process with SIGKILL while
reading pauses reading with a message; the next Space starts a new child and reads on.
"""

from __future__ import annotations

import os
import signal

import pytest

from reader.core.models import Item
from reader.core.speech.isolated import ChildSynthesizer
from reader.ui.speech import ReadAloudSettings, SpeechController

pytestmark = pytest.mark.no_qt_log

LONG = Item("Een lang bericht", None, tuple(
    f"Dit is zin nummer {n} van een lang bericht dat voorgelezen wordt." for n in range(40)))


@pytest.fixture
def controller(qtbot):
    c = SpeechController(settings=ReadAloudSettings(rate_wpm=300, item_pause_ms=100))
    c.set_items([LONG], "nl")
    yield c
    c.close()


def test_sigkill_of_the_speech_child_pauses_with_a_message_and_space_reads_on(
        qtbot, controller):
    announced: list[str] = []
    started: list[object] = []
    controller.announce.connect(announced.append)
    controller.utterance_started.connect(started.append)
    controller.play_pause(0)
    qtbot.waitUntil(lambda: len(started) >= 2, timeout=20000)
    synth = controller.synth
    assert isinstance(synth, ChildSynthesizer), "the app's engine runs in a child process"
    old_pid = synth.pid
    assert old_pid is not None
    assert old_pid != os.getpid()

    os.kill(old_pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: any("stopped unexpectedly" in a for a in announced),
                    timeout=20000)
    assert controller.state == "paused"
    paused_at = len(started)

    controller.play_pause(0)  # Space
    # Audio made before the crash plays first; then sentences come from a new child.
    qtbot.waitUntil(lambda: synth.pid not in (None, old_pid), timeout=20000)
    qtbot.waitUntil(lambda: len(started) >= paused_at + 5, timeout=30000)
    assert controller.state == "playing"
    assert synth.restarts == 1
    # It reads on from where it paused, not from the start of the item.
    assert started[paused_at].text != started[0].text
