"""Plug the display settings into the main window: one call from `build_window`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from reader.core.prefs.settings import LoadResult, apply_display_arguments, load_settings
from reader.ui.display.controller import DisplayController, settings_problem_message

if TYPE_CHECKING:
    from reader.ui.window.main_window import MainWindow


def install_display(
    app: QApplication,
    window: MainWindow,
    args: argparse.Namespace | None = None,
    *,
    persist: bool = True,
    loaded: LoadResult | None = None,
) -> DisplayController:
    """Load the saved settings (plus --theme/--text-size), apply them to the whole app, and
    bind the View commands, the settings dialog, Ctrl+wheel and the reading view to them.

    A damaged settings file gives defaults; the message for the user is left in the
    returned controller's `startup_message` (None when all was well).
    """
    result = loaded if loaded is not None else load_settings()
    settings = apply_display_arguments(result.settings, args) if args else result.settings
    display = DisplayController(
        app, settings, announce=window.announcer.announce, persist=persist
    )
    display.startup_message = settings_problem_message(result)
    view = window.reading_view
    view.apply_settings(display.settings(), display.theme())
    display.changed.connect(view.apply_settings)
    display.save_failed.connect(window.show_error)

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
    window.use_display(display)
    return display


def open_settings_dialog(window: MainWindow, display: DisplayController) -> bool:
    """Show the settings dialog; OK keeps (and saves) the choice, Cancel restores."""
    from reader.ui.display.settings_dialog import SettingsDialog  # built on first use, not at start

    dialog = SettingsDialog(display.settings(), display.preview, window)
    accepted = window.run_dialog(dialog) == QDialog.DialogCode.Accepted
    if accepted:
        display.set_settings(dialog.settings())
    return accepted
