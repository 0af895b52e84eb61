"""The main window: the item list beside the reading pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.core.models import Issue, Item
from reader.ui.item_delegate import ItemDelegate
from reader.ui.item_model import ItemListModel
from reader.ui.messages import Messages
from reader.ui.reading_view import ReadingView
from reader.ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    """Lists an issue's items; shows the selected one; everything reachable by keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.model = ItemListModel(self)
        self.item_list = QListView(self)
        self.item_list.setObjectName("itemList")
        self.item_list.setModel(self.model)
        self.item_list.setItemDelegate(ItemDelegate(self.item_list))
        self.item_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.item_list.setWordWrap(True)
        self.item_list.setUniformItemSizes(False)
        self.item_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_list.setAccessibleName(self.tr("Items"))
        self.item_list.selectionModel().selectionChanged.connect(self._on_selection)

        self.reading_view = ReadingView(self)
        self.reading_view.setObjectName("readingView")

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.item_list)
        splitter.addWidget(self.reading_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.setTabOrder(self.item_list, self.reading_view)

        self._messages = Messages(self)
        self._tasks = TaskRunner(self)
        self._tasks.finished.connect(self._on_opened)
        self._tasks.failed.connect(self._on_open_failed)
        self._open_job = 0
        self._build_menus()
        self.statusBar()
        self.resize(1100, 720)
        self._update_title()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_file)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.next_action = QAction(self.tr("&Next item"), self)
        self.next_action.setShortcut(QKeySequence("Alt+Down"))
        self.next_action.triggered.connect(self.next_item)
        self.prev_action = QAction(self.tr("&Previous item"), self)
        self.prev_action.setShortcut(QKeySequence("Alt+Up"))
        self.prev_action.triggered.connect(self.previous_item)
        for action in (self.next_action, self.prev_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            go_menu.addAction(action)

    # -- issue and item ------------------------------------------------------------------

    def show_issue(self, issue: Issue) -> None:
        """Show an issue's items and put focus on the first one."""
        self.model.set_issue(issue)
        if self.model.rowCount():
            self.item_list.setCurrentIndex(self.model.index(0))
        else:
            self.reading_view.set_item(None)
        self.item_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_title()

    def current_item(self) -> Item | None:
        """Return the item shown in the reading pane."""
        return self.model.item(self.item_list.currentIndex().row())

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.reading_view.set_item(self.current_item())
        self._update_title()

    def move_item(self, step: int) -> None:
        """Go to the next (step 1) or previous (-1) item from anywhere in the window."""
        count = self.model.rowCount()
        if not count:
            return
        row = min(max(self.item_list.currentIndex().row() + step, 0), count - 1)
        self.item_list.setCurrentIndex(self.model.index(row))

    @Slot()
    def next_item(self) -> None:
        """Go to the next item."""
        self.move_item(1)

    @Slot()
    def previous_item(self) -> None:
        """Go to the previous item."""
        self.move_item(-1)

    def _update_title(self) -> None:
        issue = self.model.issue
        item = self.current_item()
        parts = [p for p in (item.title if item else None, issue.title if issue else None) if p]
        self.setWindowTitle(" – ".join([*parts, "Helder"]))

    # -- opening files ---------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        """Ask for a newsletter file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open newsletter"),
            "",
            self.tr("Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;"
                    "All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Parse a file off the GUI thread, then show it."""
        from reader.core.parse import parse_file

        self.statusBar().showMessage(self.tr("Opening {0}…").format(path))
        self._open_job = self._tasks.submit(parse_file, path)

    @Slot(int, object)
    def _on_opened(self, job: int, issue: object) -> None:
        if job != self._open_job or not isinstance(issue, Issue):
            return
        self.statusBar().clearMessage()
        self.show_issue(issue)

    @Slot(int, object)
    def _on_open_failed(self, job: int, error: object) -> None:
        if job != self._open_job:
            return
        self.statusBar().clearMessage()
        self.show_error(error)

    def show_error(self, error: object) -> None:
        """Tell the user what went wrong, in their language."""
        if isinstance(error, ReaderError):
            text = self._messages.error_text(error)
        else:
            text = self.tr("Something went wrong: {0}").format(error)
        QMessageBox.warning(self, self.tr("Helder"), text)

    def first_item_index(self) -> QModelIndex:
        """Return the index of the first item."""
        return self.model.index(0)
