"""Keys and spoken answers the main window adds for keyboard and screen-reader users.

- F10 opens the menu bar (the Windows and GNOME convention; Qt binds only Alt).
- Return on an item moves focus to its article.
- Where Tab or a letter key put the caret in the article is said ("Link: Read more").

And the Help menu's sheets: shortcuts, About, the log folder.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog


def install(window: Any) -> None:
    """Add these keys to a MainWindow."""
    from reader.ui.window.alt_key import ResentAltFilter

    ResentAltFilter(window)  # parented to the window, which keeps it
    menu_key = QShortcut(QKeySequence(Qt.Key.Key_F10), window)
    menu_key.setContext(Qt.ShortcutContext.WindowShortcut)
    menu_key.activated.connect(lambda: open_menu_bar(window))
    window.item_list.activated.connect(lambda _index: _to_article(window, _index))
    window.reading_view.landed.connect(lambda text: window.announcer.announce(text))


def open_menu_bar(window: Any) -> None:
    """Open the first menu of the menu bar, as F10 does in other programs."""
    bar = window.menuBar()
    first = next((a for a in bar.actions() if a.isVisible() and a.menu() is not None), None)
    if first is not None:
        bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        bar.setActiveAction(first)


def _to_article(window: Any, index: QModelIndex) -> None:
    if index.isValid():
        window.go_to_row(index.row())
        window.page_layout.reveal(window.reading_view)  # in one column: the article page
        window.reading_view.setFocus(Qt.FocusReason.OtherFocusReason)


def show_shortcuts(window: Any) -> None:
    """Show the sheet of every command and its keys; focus returns afterwards."""
    from reader.ui.window.shortcuts import ShortcutsDialog

    window.run_dialog(ShortcutsDialog(window.actions_, window.letters_enabled, window))


def open_log_folder(window: Any) -> None:
    """Show the folder with helder.log in the file manager (to send it with a report)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from reader.core.storage.paths import log_dir

    folder = log_dir()
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Helder"),
            QCoreApplication.translate("MainWindow", "The log folder is {0}").format(str(folder)),
        )


def show_about(window: Any) -> None:
    """Show the version, the licence and the third-party notices (Help > About)."""
    from reader.ui.window.about_dialog import AboutDialog

    window.run_dialog(AboutDialog(window))


def edit_keys(window: Any) -> None:
    """Let the user change keys and single-letter navigation; save the choice."""
    from reader.ui.window.keys_dialog import KeysDialog

    dialog = KeysDialog(window.actions_, window.letters_enabled, window)
    letters = dialog.letters
    if window.run_dialog(dialog) != QDialog.DialogCode.Accepted:
        return
    window.apply_keys(dialog.overrides(), letters.isChecked())
    display = window.display
    if display is not None:
        display.set_settings(replace(
            display.settings(),
            shortcuts=tuple(sorted(dialog.overrides().items())),
            letter_navigation=letters.isChecked(),
        ))
    window.announcer.announce(QCoreApplication.translate("MainWindow", "Keyboard settings saved"))
