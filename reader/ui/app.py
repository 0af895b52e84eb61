"""Build and wire the application: the one place where objects are created."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from reader import APP_ID
from reader.core.errors import ReaderError
from reader.core.models import Issue

if TYPE_CHECKING:
    from concurrent.futures import Future

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from reader.core.library.store import Library
    from reader.core.storage.safe_open import StartProblem
    from reader.ui.window.main_window import MainWindow


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


SAMPLE_TITLE = "VNG-nieuwsbrief"


def load_start_issue(path: str | None) -> tuple[Issue, ReaderError | None]:
    """Return the issue to open at start: the given file, else the bundled sample."""
    from reader.core.sources.parse import parse_file
    from reader.resources import sample_issue_path

    error: ReaderError | None = None
    if path:
        try:
            return parse_file(path), None
        except ReaderError as exc:
            error = exc
    sample = parse_file(sample_issue_path())
    # The sample is a bare text extract with no masthead; give it its newsletter's name.
    return replace(sample, title=SAMPLE_TITLE), error


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Return Helder's icon in every drawn size (the window, the task bar, Alt+Tab)."""
    from PySide6.QtGui import QIcon

    from reader.resources import asset

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(asset("icons", f"helder-{size}.png")))
    return icon


def build_window(
    app: QApplication,
    args: argparse.Namespace,
    start_issue: Callable[[], tuple[Issue, ReaderError | None]] | None = None,
    library: Future[Library] | None = None,
) -> MainWindow:
    """Set up the application and return its main window, showing the start issue.

    `start_issue` returns the issue to show (parsed ahead, off this thread); by default
    the file named on the command line, or the bundled sample, is parsed here.
    `library` is the library being opened on a worker thread (by default it is opened
    here); while it is not ready the window shows, saying so.
    """
    from reader.core.prefs.settings import load_settings
    from reader.ui.common.i18n import install_translator
    from reader.ui.common.messages import Messages
    from reader.ui.display.look import AppLook
    from reader.ui.display.wiring import make_display
    from reader.ui.window.main_window import MainWindow, make_speech

    app.setApplicationName("Helder")
    app.setOrganizationName("Helder")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    loaded = load_settings()  # read once: the translator and the display both need it
    settings = loaded.settings
    install_translator(app, settings.ui_language, qt_texts=True)

    path: str | None = getattr(args, "path", None)  # absent when started without a file
    if start_issue is None:
        issue, error = load_start_issue(path)
    else:
        issue, error = start_issue()
    speech, damaged_pronunciations = make_speech()
    display = make_display(app, AppLook(app), args, loaded=loaded)
    opened, problem = _ready_library(library)
    problems = [] if problem is None else [Messages().start_problem_text(problem)]
    # Both are told once the window is up; a file named on the command line comes first.
    window = MainWindow(speech=speech, display=display, library=opened,
                        pending_error=error or damaged_pronunciations, startup_problems=problems)
    if opened is None:  # still opening: the window shows meanwhile, saying so
        from reader.ui.library.startup import LibraryOpener

        assert library is not None
        window.add_library(LibraryOpener(window).wait(window, library))
    wiring = window.library_wiring
    assert wiring is not None
    app.aboutToQuit.connect(wiring.controller.shutdown)
    window.apply_keys(dict(settings.shortcuts), settings.letter_navigation)
    window.page_layout.restore_places()  # size and pane widths of the last run
    from reader.ui.window.opening import file_key

    window.show_issue(issue, key=file_key(path) if error is None else "")
    if not path:
        # The sample is for when there is nothing else: the newest stored issue comes first.
        wiring.open_newest()
    return window


def _ready_library(
    library: Future[Library] | None,
) -> tuple[Library | None, StartProblem | None]:
    """Return the library if it is open (None while it is still opening), and any problem.

    Without a `library` being opened, the user's library is opened here so that the window
    always opens: a damaged file is set aside and a fresh one started, and the problem is
    returned for the window to tell once it is up.
    """
    if library is not None:
        return (library.result() if library.done() else None), None
    from reader.core.storage.safe_open import open_library_safely

    opened = open_library_safely()
    return opened.library, opened.problem


def show_startup_problems(window: MainWindow) -> None:
    """Tell the user about files set aside or not opened at start (the window is up)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("MainWindow", "Helder")
    for text in window.startup_problems:
        window.announcer.announce(text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Ok, window)
        box.setObjectName("startupProblem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal: the message has focus, and Return or Escape closes it


def run_app(args: argparse.Namespace, qt_args: list[str]) -> int:
    """Start the GUI; return its exit code."""
    from reader.core.storage import logfile

    logfile.install()
    if not _has_display():
        print(
            "Helder needs a screen, and there is none here (no DISPLAY).\n"
            "On a machine without one, run it on a virtual screen: xvfb-run make run",
            file=sys.stderr,
        )
        return 2
    # Parse the start issue while Qt loads: the parser's work overlaps Qt's import.
    from concurrent.futures import ThreadPoolExecutor

    # ... and open (perhaps upgrade) the library on another thread meanwhile.
    with ThreadPoolExecutor(max_workers=2) as pool:
        start = pool.submit(load_start_issue, getattr(args, "path", None))
        from reader.ui.library.startup import open_library_in_background

        library = open_library_in_background(pool)
        from PySide6.QtWidgets import QApplication

        app = QApplication([sys.argv[0], *qt_args])
        window = build_window(app, args, start.result, library)
    window.show()
    window.activateWindow()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if window.display is not None and window.display.startup_message:
        title = QCoreApplication.translate("MainWindow", "Helder")
        QMessageBox.warning(window, title, window.display.startup_message)
    show_startup_problems(window)
    if window.pending_error is not None:
        window.show_error(window.pending_error)
    if os.environ.get("HELDER_BENCH_STARTUP"):
        from reader.ui.window.startup_probe import report_when_ready

        report_when_ready(window)
    return app.exec()
