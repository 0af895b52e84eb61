"""Add a source: an address or a file or folder; what it is, is told from its content."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ErrorKind, ReaderError
from reader.core.net.subscribe import AddResult
from reader.ui.common.a11y import announce_from
from reader.ui.common.labelled import labelled_row
from reader.ui.common.messages import Messages
from reader.ui.library.controller import LibraryController
from reader.ui.widgets.dialog_parts import ok_button, ok_cancel, status_label


class AddSourceDialog(QDialog):
    """Asks for an address or path and an optional name; checks it off the GUI thread."""

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._checking = False
        self.added: AddResult | None = None
        self.setWindowTitle(self.tr("Add source – Helder"))
        self.setAccessibleName(self.tr("Add source"))

        self.address = QLineEdit()
        self.address.setObjectName("sourceAddress")
        self.address.setPlaceholderText(self.tr("https://… or a file or folder"))
        self.choose_file = QPushButton(self.tr("Choose &file…"))
        self.choose_folder = QPushButton(self.tr("Choose f&older…"))
        self.choose_file.clicked.connect(self._pick_file)
        self.choose_folder.clicked.connect(self._pick_folder)
        for button in (self.choose_file, self.choose_folder):
            button.setAutoDefault(False)
        picker = QWidget()
        row = QHBoxLayout(picker)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.address, 1)
        row.addWidget(self.choose_file)
        row.addWidget(self.choose_folder)

        self.name = QLineEdit()
        self.name.setObjectName("sourceName")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labelled_row(form, self.tr("&Address or file:"), picker, self.address)
        labelled_row(form, self.tr("&Name (optional):"), self.name)

        self.hint = QLabel(self.tr("A feed, a web page listing issues, a single issue, "
                                   "or a file or folder on this computer."))
        self.hint.setWordWrap(True)
        web = QWidget()
        web_layout = QVBoxLayout(web)
        web_layout.addLayout(form)
        web_layout.addWidget(self.hint)
        from reader.ui.library.dialogs.mail_source_page import MailSourcePage

        self.mail = MailSourcePage()
        self.pages = QTabWidget()
        self.pages.setObjectName("addSourcePages")
        self.pages.addTab(web, self.tr("&Web or file"))
        self.pages.addTab(self.mail, self.tr("&Mailbox"))
        # Focus goes to the tab bar (a page tab list to screen readers), not the container.
        self.pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.tabBar().setAccessibleName(self.tr("Kind of source"))
        self.pages.currentChanged.connect(self._on_page)
        self.status = status_label("addSourceStatus")

        self.buttons = ok_cancel(self, self.tr("Add"), self.tr("Cancel"))
        self.ok_button = ok_button(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.address, self.choose_file)
        self.setTabOrder(self.choose_file, self.choose_folder)
        self.setTabOrder(self.choose_folder, self.name)
        self.setTabOrder(self.name, self.buttons)
        self.setTabOrder(self.mail.move_to, self.buttons)

        controller.source_added.connect(self._on_added)
        controller.add_failed.connect(self._on_failed)
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(620, self.sizeHint().height())

    @Slot()
    def _pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a newsletter file"), "",
            self.tr("Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;"
                    "All files (*)"))
        if path:
            self.address.setText(path)
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _pick_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of newsletters"))
        if path:
            self.address.setText(path)
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_checking(self) -> bool:
        """Return whether the address is being checked."""
        return self._checking

    def is_mail(self) -> bool:
        """Return whether the mail page is the one shown."""
        return self.pages.currentWidget() is self.mail

    @Slot(int)
    def _on_page(self, _index: int) -> None:
        self.status.clear()
        if self.is_mail():
            self.mail.first_field().setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.address.setFocus(Qt.FocusReason.TabFocusReason)

    def _accept_mail(self) -> None:
        try:
            mailbox = self.mail.mailbox()
        except ReaderError as exc:
            self._on_mail_error(exc)
            return
        self._set_checking(True)
        self._say(self.tr("Checking {0}…").format(mailbox.account_key))
        self._controller.add_source(mailbox.address(), None,
                                    password=self.mail.password.text() or None)

    def _on_mail_error(self, error: ReaderError) -> None:
        _field, text = self.mail.show_error(error)
        self._say(text, assertive=True)

    def accept(self) -> None:
        """Check the address off the GUI thread; close only when it is added (Qt override)."""
        if self._checking:
            return
        if self.is_mail():
            self._accept_mail()
            return
        address = self.address.text().strip()
        if not address:
            self._show_error(self.tr("Type an address, or choose a file or folder."))
            return
        self._set_checking(True)
        self._say(self.tr("Checking {0}…").format(address))
        self._controller.add_source(address, self.name.text().strip() or None)

    def reject(self) -> None:
        """Close; a check under way is stopped (Qt override)."""
        if self._checking:
            self._controller.cancel_add()
            self._set_checking(False)
        super().reject()

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        for widget in (self.address, self.name, self.choose_file, self.choose_folder,
                       self.ok_button):
            widget.setEnabled(not checking)
        self.mail.set_enabled(not checking)

    def _say(self, text: str, *, assertive: bool = False) -> None:
        self.status.setText(text)
        announce_from(self, text, assertive=assertive)

    @Slot(object)
    def _on_added(self, result: object) -> None:
        if not self._checking or not isinstance(result, AddResult):
            return
        self._set_checking(False)
        self.added = result
        first = result.first_refresh
        if first.error is None:
            text = self.tr("Added {0}: {1}").format(
                result.source.name, self._controller.new_issues_text(first.new))
        else:
            text = self.tr("Added {0}, but it could not be read yet: {1}").format(
                result.source.name, self._controller.cause_text(first.error))
        self._controller.announce.emit(text)
        super().accept()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if not self._checking:
            return
        self._set_checking(False)
        if isinstance(error, ReaderError) and self.is_mail():
            self._on_mail_error(error)
            return
        if isinstance(error, ReaderError) and error.kind is ErrorKind.NOT_FOUND:
            text = self.tr("Nothing was found at this address or path: {0}").format(error.detail)
        elif isinstance(error, ReaderError):
            text = Messages(self).error_text(error)
        else:
            text = str(error)
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        # The message is the field's description too, so it is read when focus lands there.
        self.address.setAccessibleDescription(text)
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)
        self.address.selectAll()
        self._say(text, assertive=True)
