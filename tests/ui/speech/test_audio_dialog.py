"""Save items as audio from the window: real espeak-ng, progress, and a file that is speech."""

from __future__ import annotations

import wave
from array import array

from PySide6.QtCore import Qt

from reader.ui.speech.dialogs.audio_dialog import AudioDialog
from tests.ui.a11y_checks import focusable_problems, label_in_name_problems, tab_cycle
from tests.ui.helpers import make_issue


def duration_and_rms(path) -> tuple[float, float]:
    with wave.open(str(path)) as wav:
        frames = wav.readframes(wav.getnframes())
        seconds = wav.getnframes() / wav.getframerate()
    samples = array("h", frames)
    rms = (sum(s * s for s in samples[::50]) / max(len(samples[::50]), 1)) ** 0.5
    return seconds, rms


def test_the_whole_issue_is_longer_than_one_item_and_not_silent(qtbot, tmp_path):
    issue = make_issue(3)
    lengths = {}
    for choice in ("item", "issue"):
        dialog = AudioDialog(issue.items, 0, language="nl")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.what.setCurrentIndex(dialog.what.findData(choice))
        out = tmp_path / f"{choice}.wav"
        dialog.path.setText(str(out))
        steps: list[int] = []
        dialog.bar.valueChanged.connect(steps.append)
        with qtbot.waitSignal(dialog.finished_export, timeout=30000):
            qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
        seconds, rms = duration_and_rms(out)
        assert rms > 200, "the audio must not be silent"
        assert steps, "progress is shown"
        lengths[choice] = seconds
    assert lengths["issue"] > 2 * lengths["item"]


def test_a_bad_path_is_reported_in_the_dialog(qtbot, tmp_path):
    dialog = AudioDialog(make_issue(1).items, 0)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "audio.xyz"))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status.text() not in ("", "Writing the audio…"), timeout=10000)
    assert dialog.isVisible()
    assert dialog.save_button.isEnabled()


def test_dialog_is_named_labelled_and_has_no_tab_trap(qtbot):
    dialog = AudioDialog(make_issue(1).items, 0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert focusable_problems(dialog) == []
    assert label_in_name_problems(dialog) == []
    seen = tab_cycle(qtbot, dialog.what)
    assert dialog.path in seen
