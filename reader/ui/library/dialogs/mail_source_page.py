"""The add-source dialog's mail page: server, user, password, folder and filters.

Every field has a visible label that is its buddy and accessible name; an error is shown
under the form, set as the description of the field it concerns, which then gets focus,
and announced, so a screen-reader user hears what to fix where they are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ErrorKind, ReaderError
from reader.core.mail.accounts import Mailbox
from reader.ui.common.labelled import labelled_row
from reader.ui.common.messages import Messages
from reader.ui.widgets.server_fields import ServerFields

IMAPS_PORT, STARTTLS_PORT = 993, 143


class MailSourcePage(QWidget):
    """Fields for a mailbox folder as a source; `mailbox()` reads them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailSourcePage")
        server = ServerFields(
            "mail", [(self.tr("TLS (IMAPS, port 993)"), False, IMAPS_PORT),
                     (self.tr("STARTTLS (port 143)"), True, STARTTLS_PORT)],
            self.tr("kept in the system keyring"))
        self.host, self.security, self.port, self.user, self.password = server.widgets()
        self.host.setPlaceholderText(self.tr("imap.example.nl"))
        self.folder = QLineEdit("INBOX")
        self.folder.setObjectName("mailFolder")
        self.sender_filter = QLineEdit()
        self.sender_filter.setObjectName("mailSender")
        self.sender_filter.setPlaceholderText(self.tr("nieuwsbrief@vng.nl"))
        self.subject = QLineEdit()
        self.subject.setObjectName("mailSubject")
        self.move_read = QCheckBox(self.tr("After reading, mo&ve the message to this folder:"))
        self.move_read.setObjectName("mailMove")
        self.move_to = QLineEdit()
        self.move_to.setObjectName("mailMoveTo")
        self.move_to.setAccessibleName(self.tr("Folder for read messages"))
        self.move_to.setEnabled(False)
        self.move_read.toggled.connect(self.move_to.setEnabled)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        server.add_rows(form, [self.tr("&Server:"), self.tr("&Encryption:"), self.tr("P&ort:"),
                               self.tr("&User name:"), self.tr("&Password:")])
        labelled_row(form, self.tr("&Folder:"), self.folder)
        labelled_row(form, self.tr("Only mai&l from (optional):"), self.sender_filter)
        labelled_row(form, self.tr("Only su&bjects with (optional):"), self.subject)
        form.addRow(self.move_read)
        form.addRow(self.move_to)
        hint = QLabel(self.tr("Helder only reads: messages stay unread in your mail program. "
                              "The password is kept in the system's keyring, never in "
                              "Helder's files. Accounts that need OAuth2 sign-in (Microsoft "
                              "365, Gmail) need an app password for now."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        self.fields = (self.host, self.security, self.port, self.user, self.password,
                       self.folder, self.sender_filter, self.subject, self.move_read, self.move_to)

    def first_field(self) -> QWidget:
        """Return the field that gets focus when the page is shown."""
        return self.host

    def mailbox(self) -> Mailbox:
        """Return the mailbox the fields describe; ReaderError(BAD_ARGUMENT) names a field."""
        host = self.host.text().strip().lower()
        user = self.user.text().strip()
        if not host or " " in host or "/" in host:
            raise ReaderError(ErrorKind.BAD_ARGUMENT, "host")
        if not user:
            raise ReaderError(ErrorKind.BAD_ARGUMENT, "user")
        if self.move_read.isChecked() and not self.move_to.text().strip():
            raise ReaderError(ErrorKind.BAD_ARGUMENT, "move")
        return Mailbox(host=host, user=user, folder=self.folder.text().strip() or "INBOX",
                       port=self.port.value(), starttls=bool(self.security.currentData()),
                       sender=self.sender_filter.text().strip(),
                       subject=self.subject.text().strip(),
                       move_to=self.move_to.text().strip() if self.move_read.isChecked() else "")

    def field_for(self, error: ReaderError) -> QWidget:
        """Return the field an error is about."""
        if error.kind is ErrorKind.BAD_ARGUMENT:
            return {"user": self.user, "move": self.move_to}.get(error.detail, self.host)
        if error.kind is ErrorKind.LOGIN:
            return self.password if self.user.text().strip() else self.user
        if error.kind is ErrorKind.NOT_FOUND and "folder" in error.detail:
            move = self.move_to.text().strip()
            return self.move_to if move and repr(move) in error.detail else self.folder
        return self.host

    def error_text(self, error: ReaderError) -> str:
        """Return the sentence for an error on this page."""
        if error.kind is ErrorKind.BAD_ARGUMENT:
            return {
                "host": self.tr("Type the mail server's name, such as imap.example.nl."),
                "user": self.tr("Type your user name for this mail server."),
                "move": self.tr("Type the folder read messages should go to."),
            }.get(error.detail, Messages(self).error_text(error))
        if error.kind is ErrorKind.LOGIN:
            if self.password.text():
                return self.tr("The mail server refused this user name or password.")
            return self.tr("Type the password for this mail account.")
        if error.kind is ErrorKind.CERTIFICATE:
            return self.tr("The server's certificate is not trusted, so nothing was sent to "
                           "it: {0}").format(error.detail)
        if error.kind is ErrorKind.NOT_FOUND and "folder" in error.detail:
            return self.tr("This folder does not exist on the server: {0}").format(error.detail)
        return Messages(self).error_text(error)

    def set_enabled(self, enabled: bool) -> None:
        """Enable or disable every field (while the account is being checked)."""
        for widget in self.fields:
            checked = widget is not self.move_to or self.move_read.isChecked()
            widget.setEnabled(enabled and checked)

    def show_error(self, error: ReaderError) -> tuple[QWidget, str]:
        """Tie the error to its field (description, focus); return the field and the text."""
        for widget in self.fields:
            widget.setAccessibleDescription("")
        field = self.field_for(error)
        text = self.error_text(error)
        field.setAccessibleDescription(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()
        return field, text
