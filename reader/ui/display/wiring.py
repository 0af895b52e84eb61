"""Make the display settings (from `build_window`) and plug them into the main window."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from reader.core.prefs.settings import LoadResult, apply_display_arguments, load_settings
from reader.ui.display.controller import DisplayController, settings_problem_message
from reader.ui.display.look import AppLook

if TYPE_CHECKING:
    from reader.ui.window.main_window import MainWindow


def make_display(
    app: QApplication,
    look: AppLook,
    args: argparse.Namespace | None = None,
    *,
    persist: bool = True,
    loaded: LoadResult | None = None,
) -> DisplayController:
    """Load the saved settings (plus --theme/--text-size) and apply them to the whole app.

    A damaged settings file gives defaults; the message for the user is left in the
    returned controller's `startup_message` (None when all was well).
    """
    result = loaded if loaded is not None else load_settings()
    settings = apply_display_arguments(result.settings, args) if args else result.settings
    return DisplayController(app, settings, look, persist=persist,
                             startup_message=settings_problem_message(result))


def connect_display(window: MainWindow, display: DisplayController) -> None:
    """Bind the View commands, the settings dialog, Ctrl+wheel, the reading view and the
    window's own display choices to the display settings (called by the window)."""
    view = window.reading_view
    view.apply_settings(display.settings(), display.theme())
    display.changed.connect(view.apply_settings)
    display.save_failed.connect(window.show_error)
    display.announced.connect(window.announcer.announce)

    actions = window.actions_
    for command, slot in (
        ("file.settings", lambda: open_settings_dialog(window, display)),
        ("view.bigger", display.zoom_in),
        ("view.smaller", display.zoom_out),
        ("view.reset_size", display.zoom_reset),
        ("view.next_colours", display.next_theme),
        ("view.previous_colours", display.previous_theme),
    ):
        actions.bind(command, slot)
    actions.build_menus(window.menuBar())
    display.install_wheel_zoom()
    window.display_changed(display.settings(), display.theme())
    display.changed.connect(window.display_changed)


def open_settings_dialog(window: MainWindow, display: DisplayController) -> bool:
    """Show the settings dialog; OK keeps (and saves) the choice, Cancel restores."""
    from reader.ui.display.settings_dialog import SettingsDialog  # built on first use, not at start

    dialog = SettingsDialog(display.settings(), display.preview, window)
    accepted = window.run_dialog(dialog) == QDialog.DialogCode.Accepted
    if accepted:
        display.set_settings(dialog.settings())
    return accepted
