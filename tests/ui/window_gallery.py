"""Build every window a user meets, in a given theme, size and language: for the checks.

Used by the mnemonic test, the theme-and-size sweep and `make screenshots`. Everything is
real: the window comes from `build_window`, the dialogs from the classes the menus open.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from reader.core.briefing.model import Briefing, BriefingEntry
from reader.ui.window.main_window import MainWindow

SCREEN = (1280, 800)
BRIEFING = Briefing(title="Raadsvergadering 12 juni", language="nl", recipient="Wethouder",
                    entries=(BriefingEntry(title="Begroting 2027 vastgesteld",
                                           summary=("De raad stelde de begroting vast.",)),))


def open_main_window(theme: str = "light", text_size: int = 100) -> MainWindow:
    """Return the whole main window (library, list, reading pane, read-aloud bar), shown."""
    app = QApplication.instance()
    window = build(app, theme, text_size)
    window.resize(*SCREEN)
    window.show()
    app.processEvents()
    return window


def build(app: QApplication, theme: str, text_size: int) -> MainWindow:
    from reader.ui.app import build_window

    return build_window(app, argparse.Namespace(path=None, theme=theme, text_size=text_size))


def dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    """Return a builder for each dialog, by name; each opens as it does from the menus."""
    from reader.core.prefs.settings import Settings
    from reader.core.speech.pronunciation import PronunciationList
    from reader.ui.briefing.export_dialog import ExportDialog
    from reader.ui.briefing.send_dialog import SendDialog
    from reader.ui.display.settings_dialog import SettingsDialog
    from reader.ui.library.dialogs.add_source_dialog import AddSourceDialog
    from reader.ui.library.dialogs.catalog_dialog import CatalogDialog
    from reader.ui.library.dialogs.search_dialog import SearchDialog
    from reader.ui.speech.dialogs.audio_dialog import AudioDialog
    from reader.ui.speech.dialogs.pronunciation_dialog import PronunciationDialog
    from reader.ui.speech.dialogs.settings_dialog import SpeechDialog
    from reader.ui.speech.dialogs.voices_dialog import VoicesDialog
    from reader.ui.window.about_dialog import AboutDialog
    from reader.ui.window.keys_dialog import KeysDialog
    from reader.ui.window.shortcuts import ShortcutsDialog

    controller = window.library_wiring.controller
    display = window.display
    items = window.model.issue.items if window.model.issue else ()
    return {
        "settings": lambda: SettingsDialog(display.settings(), display.preview, window),
        "export": lambda: ExportDialog(BRIEFING, None, window),
        "add-source": lambda: AddSourceDialog(controller, window),
        "keys": lambda: KeysDialog(window.actions_, window.letters_enabled, window),
        "shortcuts": lambda: ShortcutsDialog(window.actions_, window.letters_enabled, window),
        "speech": lambda: SpeechDialog(Settings(), [], window),
        "search": lambda: SearchDialog(controller, window),
        "catalog": lambda: CatalogDialog(controller, window),
        "pronunciation": lambda: PronunciationDialog(PronunciationList(), window),
        "audio": lambda: AudioDialog(items, 0, language="nl", parent=window),
        "send": lambda: SendDialog(BRIEFING, None, window),
        "about": lambda: AboutDialog(window),
        # Nothing listens on port 9 of this machine: the catalogue fails at once, offline.
        "voices": lambda: VoicesDialog(window, folder=voices_folder(),
                                       base_url="http://127.0.0.1:9/"),
    }


def voices_folder():
    """An empty folder for the voices dialog, inside the test's own Helder home."""
    import os
    from pathlib import Path

    folder = Path(os.environ.get("HELDER_HOME", ".")) / "voices"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextmanager
def shown_dialog(build_dialog: Callable[[], QDialog]) -> Iterator[QDialog]:
    """Show a dialog without blocking (as exec would), at most screen size; close it after."""
    dialog = build_dialog()
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    hint = dialog.sizeHint()
    dialog.resize(min(max(hint.width(), dialog.width()), SCREEN[0]),
                  min(max(hint.height(), dialog.height()), SCREEN[1]))
    QApplication.processEvents()
    try:
        yield dialog
    finally:
        dialog.close()
        dialog.deleteLater()
        flush_deletes()


def close_window(window: QWidget) -> None:
    """Close a window from `open_main_window` and put the application back as it was."""
    speech = getattr(window, "speech", None)
    if speech is not None:
        speech.close()
    window.close()
    window.deleteLater()
    app = QApplication.instance()
    app.setStyleSheet("")
    app.setPalette(QPalette())
    from reader.ui.display.look import os_font

    app.setFont(os_font())  # a 400 % font left behind puts later tests in one column
    flush_deletes()


def flush_deletes() -> None:
    """Delete what deleteLater() marked now: processEvents alone leaves it, and a sweep of
    many windows then slowed down with every window still alive."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
