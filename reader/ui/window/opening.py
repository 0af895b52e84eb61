"""Opening a newsletter file: chosen in a dialog, parsed off the GUI thread, then shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QFileDialog

from reader.core.models import Issue
from reader.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from reader.ui.window.main_window import MainWindow


class FileOpener(QObject):
    """Opens files for a window; only the last one asked for is shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._tasks = TaskRunner(self)
        self._tasks.finished.connect(self._on_opened)
        self._tasks.failed.connect(self._on_open_failed)
        self._open_job = 0
        self._open_path = ""

    @Slot()
    def choose_file(self) -> None:
        """Ask for a newsletter file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Open newsletter"),
            "",
            QCoreApplication.translate(
                "MainWindow",
                "Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;"
                "All files (*)"
            ),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Parse a file off the GUI thread, then show it."""
        from reader.core.sources.parse import parse_file

        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Opening {0}…").format(path)
        )
        self._open_path = path
        self._open_job = self._tasks.submit(parse_file, path)

    @Slot(int, object)
    def _on_opened(self, job: int, issue: object) -> None:
        if job != self._open_job or not isinstance(issue, Issue):
            return
        self.window.statusBar().clearMessage()
        self.window.show_issue(issue, key=file_key(self._open_path))
        if issue.truncated:  # past the parse budget's item or line limit (sources.budget)
            self.window.announcer.announce(
                QCoreApplication.translate(
                    "MainWindow",
                    "{0} opened, {1} items. The file is too large to show whole: only its first "
                    "{1} items are shown."
                ).format(issue.title, len(issue.items))
            )
            return
        self.window.announcer.announce(
            QCoreApplication.translate("MainWindow", "{0} opened, {1} items").format(
                issue.title, len(issue.items)
            )
        )

    @Slot(int, object)
    def _on_open_failed(self, job: int, error: object) -> None:
        if job != self._open_job:
            return
        self.window.statusBar().clearMessage()
        self.window.show_error(error)


def file_key(path: str | None) -> str:
    """Name an opened file in remembered choices (image permission): its full path."""
    if not path:
        return ""
    from pathlib import Path

    return "file:" + str(Path(path).resolve())
