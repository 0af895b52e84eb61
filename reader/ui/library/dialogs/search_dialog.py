"""Search the library: titles, summaries and cached articles, filtered by source, theme, date."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.library.rows import SearchHit
from reader.core.library.store import Library
from reader.ui.common.a11y import announce_from
from reader.ui.common.dates import DateTexts
from reader.ui.common.labelled import labelled_row
from reader.ui.library.controller import LibraryController
from reader.ui.widgets.dialog_parts import status_label

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HitRole = Qt.ItemDataRole.UserRole + 30
TYPING_PAUSE_MS = 300


def _search(library: Library, query: str, source_id: int | None, theme: str | None,
            date_from: str | None, date_to: str | None) -> list[SearchHit]:
    return library.search(query, source_id=source_id, theme=theme, date_from=date_from,
                          date_to=date_to, limit=100)


def _lists(library: Library) -> tuple[list[tuple[int, str]], list[str]]:
    return [(s.id, s.name) for s in library.sources()], library.themes()


class SearchDialog(QDialog):
    """A query, filters and results; Enter on a result opens it (`result_chosen`)."""

    result_chosen = Signal(int, int)  # issue id, item id
    searched = Signal(int)  # number of results shown

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._dates = DateTexts(self)
        self._seq = 0
        self.setWindowTitle(self.tr("Search the library – Helder"))
        self.setAccessibleName(self.tr("Search the library"))

        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setClearButtonEnabled(True)
        self.source = QComboBox()
        self.source.addItem(self.tr("All sources"), None)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("All themes"), None)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setMaxLength(10)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.status = status_label("searchStatus")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labelled_row(form, self.tr("&Search for:"), self.query)
        labelled_row(form, self.tr("So&urce:"), self.source)
        labelled_row(form, self.tr("&Theme:"), self.theme)
        labelled_row(form, self.tr("&From date (YYYY-MM-DD):"), self.date_from)
        labelled_row(form, self.tr("T&o date (YYYY-MM-DD):"), self.date_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        # Enter in the query searches; it must not press Close.
        self.close_button.setAutoDefault(False)
        self.close_button.setDefault(False)
        buttons.rejected.connect(self.reject)
        results_label = QLabel(self.tr("&Results:"))
        results_label.setBuddy(self.results)
        self.results.setAccessibleName(self.tr("Results"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(results_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(self._timer.start)
        # Return searches; pressed again on the same search it opens the chosen result.
        self.query.returnPressed.connect(self._on_query_return)
        self.query.installEventFilter(self)  # Down moves into the results
        self._searched: tuple[object, ...] | None = None
        self.date_from.returnPressed.connect(self.search)
        self.date_to.returnPressed.connect(self.search)
        self.source.currentIndexChanged.connect(self._timer.start)
        self.theme.currentIndexChanged.connect(self._timer.start)
        self.results.itemActivated.connect(self._on_activated)
        self.query.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(640, 560)
        controller.run_read(_lists, controller.library, done=self._fill_filters)

    def _fill_filters(self, lists: object) -> None:
        sources, themes = lists  # type: ignore[misc]
        for source_id, name in sources:
            self.source.addItem(name, source_id)
        for theme in themes:
            self.theme.addItem(theme, theme)

    def _date(self, edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        if not text:
            return None
        if not _DATE.match(text):
            raise ValueError(text)
        return text

    @Slot()
    def search(self) -> None:
        """Search now with the query and filters; results arrive off the GUI thread."""
        self._timer.stop()
        query = self.query.text().strip()
        try:
            date_from, date_to = self._date(self.date_from), self._date(self.date_to)
        except ValueError as exc:
            self._say(self.tr("Write a date as year-month-day, for example 2026-06-12: {0}")
                      .format(exc), assertive=True)
            return
        if not query:
            self._seq += 1  # drop results still on their way
            self.results.clear()
            self.status.clear()
            self._searched = None
            return
        self._searched = self._search_key()
        self._controller.run_read(
            _search, self._controller.library, query, self.source.currentData(),
            self.theme.currentData(), date_from, date_to, done=self._make_done(query))

    def _search_key(self) -> tuple[object, ...]:
        return (self.query.text().strip(), self.source.currentData(), self.theme.currentData(),
                self.date_from.text().strip(), self.date_to.text().strip())

    @Slot()
    def _on_query_return(self) -> None:
        current = self.results.currentItem() or self.results.item(0)
        if (current is not None and not self._timer.isActive()
                and self._searched == self._search_key()):
            self._on_activated(current)
        else:
            self.search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search field moves to the results (Qt override)."""
        if (watched is self.query and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.results.count()):
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def _make_done(self, query: str) -> Callable[[object], None]:
        self._seq += 1
        seq = self._seq

        def done(hits: object) -> None:
            if seq == self._seq and isinstance(hits, list):  # else a newer search runs
                self.show_hits(query, hits)

        return done

    def show_hits(self, query: str, hits: list[SearchHit]) -> None:
        """Fill the results; each row's name is "title, source, date" in plain text."""
        self.results.clear()
        for hit in hits:
            parts = [hit.title, hit.source_name or hit.issue_title]
            if hit.date:
                parts.append(self._dates.long(hit.date))
            row = QListWidgetItem(", ".join(p for p in parts if p))
            snippet = hit.snippet.replace("[", "").replace("]", "")
            row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, snippet)
            row.setToolTip(snippet)
            row.setData(HitRole, (hit.issue_id, hit.item_id))
            self.results.addItem(row)
        if hits:
            self.results.setCurrentRow(0)
        count = len(hits)
        if count == 0:
            text = self.tr("Nothing found for {0}").format(query)
        elif count == 1:
            text = self.tr("1 result for {0}").format(query)
        else:
            text = self.tr("{0} results for {1}").format(count, query)
        self._say(text)
        self.searched.emit(count)

    def _say(self, text: str, *, assertive: bool = False) -> None:
        self.status.setText(text)
        announce_from(self, text, assertive=assertive)

    @Slot(QListWidgetItem)
    def _on_activated(self, row: QListWidgetItem) -> None:
        value = row.data(HitRole)
        if value:
            issue_id, item_id = value
            self.result_chosen.emit(int(issue_id), int(item_id))
