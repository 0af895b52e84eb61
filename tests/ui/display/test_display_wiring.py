"""The display settings plugged into the real main window, as `build_window` will do."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.prefs.settings import load_settings, settings_path
from reader.ui.common.i18n import install_translator
from reader.ui.display.look import AppLook, os_font
from reader.ui.display.settings_dialog import SettingsDialog
from reader.ui.display.wiring import make_display
from reader.ui.window.main_window import MainWindow
from tests.ui.helpers import make_issue


def open_window(qtbot, app, args=None):
    display = make_display(app, AppLook(app), args)
    window = MainWindow(display=display)
    qtbot.addWidget(window)
    window.show_issue(make_issue(3))
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    return window, display, heard


def test_command_line_theme_and_size_apply_to_the_whole_window(qtbot, app):
    base = os_font().pointSizeF()
    args = argparse.Namespace(theme="yellow-on-black", text_size=200)
    window, display, _ = open_window(qtbot, app, args)
    assert display.settings().theme == "yellow-on-black"
    assert app.palette().color(QPalette.ColorRole.Base).name() == "#000000"
    assert window.item_list.palette().color(QPalette.ColorRole.Text).name() == "#ffff00"
    assert app.font().pointSizeF() == pytest.approx(base * 2)
    assert window.menuBar().font().pointSizeF() == pytest.approx(base * 2)
    # Command-line choices are for this session: nothing was written.
    assert not settings_path().exists()


def test_zoom_keys_scale_the_interface_announce_and_persist(qtbot, app):
    window, display, heard = open_window(qtbot, app)
    base = app.font().pointSizeF()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.item_list, Qt.Key.Key_Equal, ctrl)
    assert display.settings().text_size == 110
    assert heard[-1] == "Text size 110 percent"
    assert app.font().pointSizeF() == pytest.approx(base * 1.1)
    qtbot.keyClick(window.item_list, Qt.Key.Key_Equal, ctrl)
    qtbot.keyClick(window.item_list, Qt.Key.Key_Minus, ctrl)
    assert heard[-1] == "Text size 110 percent"
    assert load_settings().settings.text_size == 110  # survives a restart
    qtbot.keyClick(window.item_list, Qt.Key.Key_0, ctrl)
    assert display.settings().text_size == 100
    assert heard[-1] == "Text size 100 percent"
    assert window.item_list.hasFocus(), "quick keys never move focus"


def test_theme_quick_key_cycles_and_announces(qtbot, app):
    window, display, heard = open_window(qtbot, app)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.item_list, Qt.Key.Key_C, ctrl_shift)
    assert display.settings().theme == "light"
    assert heard[-1] == "Colour theme Light"
    qtbot.keyClick(window.item_list, Qt.Key.Key_C, ctrl_shift)
    assert heard[-1] == "Colour theme Dark"
    assert app.palette().color(QPalette.ColorRole.Window).name() == display.theme().background
    qtbot.keyClick(window.item_list, Qt.Key.Key_X, ctrl_shift)
    assert display.settings().theme == "light"


def test_ctrl_wheel_zooms_the_whole_interface(qtbot, app):
    window, display, _ = open_window(qtbot, app)
    viewport = window.reading_view.viewport()
    pos = QPointF(20, 20)
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(QPoint(20, 20))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    assert display.settings().text_size == 110


def test_a_corrupt_settings_file_gives_defaults_and_a_message(qtbot, app):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"theme": "dark", "text_size": 2', encoding="utf-8")
    window, display, _ = open_window(qtbot, app)
    assert display.settings().theme == "system"
    assert display.startup_message is not None
    assert "damaged" in display.startup_message
    assert list(path.parent.glob("settings.json.*.corrupt"))
    assert window.isVisible()


def test_the_settings_command_is_in_the_menus(qtbot, app):
    window, _, _ = open_window(qtbot, app)
    texts = [
        action.text()
        for menu_action in window.menuBar().actions()
        for action in menu_action.menu().actions()
    ]
    assert "&Settings…" in texts
    assert "&Larger text" in texts
    assert "Next &colour theme" in texts


def test_announcements_and_settings_speak_dutch(qtbot, app):
    translator = install_translator(app, "nl")
    assert translator is not None, "build the translations first (make setup)"
    try:
        window, display, heard = open_window(qtbot, app)
        ctrl = Qt.KeyboardModifier.ControlModifier
        for _ in range(3):  # 110, 125, 150
            qtbot.keyClick(window.item_list, Qt.Key.Key_Equal, ctrl)
        assert heard[-1] == "Tekstgrootte 150 procent"
        ctrl_shift = ctrl | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window.item_list, Qt.Key.Key_C, ctrl_shift)
        assert heard[-1] == "Kleurenthema Licht"
        dialog = SettingsDialog(display.settings(), display.preview, window)
        qtbot.addWidget(dialog)
        assert dialog.text_size.accessibleName() == "Tekstgrootte"
        assert window.reading_view.accessibleName() == "Artikel"
        assert "Lees meer: Onderwerp 1" in window.reading_view.toPlainText()
    finally:
        app.removeTranslator(translator)


def test_the_app_tells_about_a_damaged_settings_file(qtbot):
    import argparse

    from PySide6.QtWidgets import QApplication

    from reader.core.prefs.settings import settings_path
    from reader.ui.app import build_window

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    app = QApplication.instance()
    win = build_window(app, argparse.Namespace(path=None, theme=None, text_size=None))
    qtbot.addWidget(win)
    assert win.display.startup_message, "the user is told the settings were replaced"
    assert list(path.parent.glob(path.name + ".*.corrupt"))
    win.library_wiring.controller.shutdown()
    win.speech.close()
    app.setStyleSheet("")
