"""A speech engine that dies must not take Helder with it (issue 11).

Reading aloud runs its engine in a child process. Killing that process with SIGKILL while
reading pauses reading and says so in the status bar; the next Space starts a new child and
reads on from where it paused.
"""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.core.models import Issue, Item
from reader.core.speech.engines.isolated import ChildSynthesizer
from reader.ui.speech.controller import ReadAloudSettings, SpeechController
from reader.ui.speech.wiring import ReadAloud
from reader.ui.window.main_window import MainWindow

pytestmark = pytest.mark.no_qt_log

LONG = Issue(title="Lang", source="lang.txt").with_items([Item(
    "Een lang bericht", None,
    tuple(f"Dit is zin nummer {n} van een lang bericht dat voorgelezen wordt."
          for n in range(40)))])


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    # The app's own engine: the default factory runs it in a child process.
    controller = SpeechController(win, settings=ReadAloudSettings(rate_wpm=300,
                                                                  item_pause_ms=100))
    read_aloud = ReadAloud(win, controller)
    read_aloud.bind_actions()
    win.show_issue(LONG)
    win.show()
    qtbot.waitExposed(win)
    yield win, controller
    controller.close()


def test_sigkill_of_the_speech_child_pauses_with_a_message_and_space_reads_on(
        qtbot, window):
    win, controller = window
    started: list[object] = []
    controller.utterance_started.connect(started.append)
    win.item_list.setFocus()
    QTest.keyClick(win.item_list, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(started) >= 2, timeout=30_000)
    synth = controller.synth
    assert isinstance(synth, ChildSynthesizer), "the app's engine runs in a child process"
    old_pid = synth.pid
    assert old_pid is not None
    assert old_pid != os.getpid()

    os.kill(old_pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: "stopped unexpectedly" in win.announcer.line.accessibleName(),
                    timeout=30_000)
    assert controller.state == "paused"
    paused_at = len(started)

    QTest.keyClick(win.item_list, Qt.Key.Key_Space)
    # Audio made before the crash plays first; then sentences come from a new child.
    qtbot.waitUntil(lambda: synth.pid not in (None, old_pid), timeout=30_000)
    qtbot.waitUntil(lambda: len(started) >= paused_at + 5, timeout=60_000)
    assert controller.state == "playing"
    assert synth.restarts == 1
    # It read on from where it paused, not from the start of the item.
    assert started[paused_at].text != started[0].text
