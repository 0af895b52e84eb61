"""The pronunciation list can be edited by keyboard, is saved, and is used for speech."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reader.core.speech.pronunciation import PronunciationList
from reader.core.storage.paths import config_dir
from reader.ui.speech.dialogs.pronunciation_dialog import PronunciationDialog
from reader.ui.window.main_window import MainWindow
from tests.ui.a11y_checks import focusable_problems, label_in_name_problems, tab_cycle
from tests.ui.helpers import make_issue


@pytest.fixture
def dialog(qtbot):
    dlg = PronunciationDialog(PronunciationList())
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_dutch_defaults_are_listed(dialog):
    words = [dialog.words.item(i).text() for i in range(dialog.words.count())]
    assert any(w.startswith("VNG: said as") for w in words)
    assert any(w.startswith("Wmo: said as") for w in words)


def test_a_word_is_added_and_removed_by_keyboard(dialog, qtbot):
    dialog.word.setFocus()
    qtbot.waitUntil(dialog.word.hasFocus)
    dialog.word.selectAll()
    qtbot.keyClicks(dialog.word, "GGD")
    qtbot.keyClick(dialog.word, Qt.Key.Key_Tab)
    assert dialog.spoken.hasFocus()
    dialog.spoken.selectAll()
    qtbot.keyClicks(dialog.spoken, "gee gee dee")
    qtbot.keyClick(dialog.spoken, Qt.Key.Key_Return)
    assert dialog.pronunciations.entries("nl")["GGD"] == "gee gee dee"
    assert dialog.words.currentItem().text() == "GGD: said as gee gee dee"
    dialog.remove_button.click()
    assert "GGD" not in dialog.pronunciations.entries("nl")


def test_dialog_is_named_labelled_and_has_no_tab_trap(dialog, qtbot):
    assert focusable_problems(dialog) == []
    assert label_in_name_problems(dialog) == []
    seen = tab_cycle(qtbot, dialog.language)
    assert dialog.words in seen
    assert dialog.spoken in seen


def test_the_window_saves_the_list_and_speech_uses_it(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_issue(make_issue(2))
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.item_list.hasFocus)

    def edit() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, PronunciationDialog):
            QTimer.singleShot(20, edit)
            return
        dlg.word.setText("Onderwerp")
        dlg.spoken.setText("thema")
        dlg.save_word()
        dlg.accept()

    QTimer.singleShot(20, edit)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(win.item_list, Qt.Key.Key_U, ctrl_shift)
    assert (config_dir() / "pronunciation.json").exists()
    assert win.speech.pronunciations().apply("Onderwerp 1", "nl") == "thema 1"
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.speech.pronunciations().apply("Onderwerp 1", "nl") == "thema 1"


def test_briefing_audio_uses_the_pronunciation_list(qtbot, tmp_path):
    import wave

    win = MainWindow()
    qtbot.addWidget(win)
    speak = win.ensure_briefing().pane.synthesize
    assert speak is not None, "briefing audio speaks through the window's voice settings"

    def seconds(path) -> float:
        with wave.open(str(path)) as wav:
            return wav.getnframes() / wav.getframerate()

    speak("GGD", "nl", tmp_path / "plain.wav")
    lists = win.speech.pronunciations()
    lists.set("nl", "GGD", "gemeentelijke gezondheidsdienst voor de hele regio")
    win.speech.set_pronunciations(lists)
    speak("GGD", "nl", tmp_path / "spoken.wav")
    assert seconds(tmp_path / "spoken.wav") > 2 * seconds(tmp_path / "plain.wav")
