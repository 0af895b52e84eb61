"""Where the briefing pane keeps its briefings: the store, with every failure said in words.

A read or write that fails is announced (and logged) instead of raised, so the pane stays
usable; a briefing file that was damaged or unreachable at start-up is reported once, and
deleting a briefing is asked first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.briefing.model import Briefing
from reader.core.briefing.store import FILE_NAME, BriefingStore
from reader.core.errors import ReaderError
from reader.core.storage.paths import data_dir
from reader.ui.common.messages import Messages

log = logging.getLogger(__name__)
T = TypeVar("T")


def default_store_path() -> Path:
    """Return where the briefings are kept: beside the library, in Helder's data folder."""
    return data_dir() / FILE_NAME


class BriefingKeeper(QObject):
    """The BriefingStore as the pane uses it: failures come out as `announce` texts."""

    announce = Signal(str)

    def __init__(self, store: BriefingStore | None = None, parent: QObject | None = None) -> None:
        """Use `store`, or open the default one, putting a damaged file aside if need be."""
        super().__init__(parent)
        self._messages = Messages(self)
        problem = None
        if store is None:
            from reader.core.storage.safe_open import open_briefings_safely

            store, problem = open_briefings_safely(default_store_path())
        self.store = store
        # A damaged or unreachable briefing file was dealt with on opening; say what and where.
        self.start_problem = (
            None if problem is None else self._messages.start_problem_text(problem, briefings=True)
        )

    def load_all(self) -> list[Briefing]:
        """Return every kept briefing, most recently changed first; none when reading failed."""
        try:
            return self.store.load_all()
        except ReaderError as error:
            self._announce_error(error)
            return []

    def load(self, briefing_id: str) -> Briefing | None:
        """Return one kept briefing, or None when it could not be read."""
        try:
            return self.store.load(briefing_id)
        except ReaderError as error:
            self._announce_error(error)
            return None

    def save(self, briefing: Briefing) -> bool:
        """Keep a briefing; return False when writing failed."""
        return self._write(self.store.save, briefing)

    def delete(self, briefing_id: str) -> bool:
        """Forget a briefing; return False when that failed."""
        return self._write(self.store.delete, briefing_id)

    def _write(self, change: Callable[[T], None], value: T) -> bool:
        try:
            change(value)
        except ReaderError as error:
            self._announce_error(error)
            return False
        return True

    def ask_delete(self, title: str, parent: QWidget) -> bool:
        """Ask whether to delete the briefing with this title; Keep is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete briefing"),
                          self.tr("Delete the briefing {0}? This cannot be undone.").format(title),
                          parent=parent)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        confirmed = box.clickedButton() is delete
        box.deleteLater()
        return confirmed

    def tell_start_problem(self, window: QWidget) -> None:
        """Say what happened to a damaged briefing file, and show it beside the window."""
        if self.start_problem is None:
            return
        self.announce.emit(self.start_problem)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Briefings"), self.start_problem,
                          QMessageBox.StandardButton.Ok, window)
        box.setObjectName("briefingStartProblem")
        box.open()  # not modal to the app: the pane stays usable behind it

    def _announce_error(self, error: ReaderError) -> None:
        text = self._messages.error_text(error)
        log.warning("briefing: %s", error)
        self.announce.emit(text)
