"""Send a briefing by e-mail: recipients, attachments and the sending account, by keyboard.

Every field is labelled (its label is its accessible name). Send asks for a confirmation
that names the recipients; the sending runs off the GUI thread. An error is shown under the
form, becomes the description of the field it concerns, which gets focus, and is announced.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.briefing.model import Briefing
from reader.core.errors import ErrorKind, ReaderError
from reader.core.export.common import ExportStyle
from reader.core.mail.accounts import SmtpAccount
from reader.ui.common.a11y import announce_from
from reader.ui.common.labelled import labelled_row
from reader.ui.common.messages import Messages
from reader.ui.common.one_job import OneJob
from reader.ui.widgets.dialog_parts import ok_button, ok_cancel, status_label
from reader.ui.widgets.server_fields import ServerFields

log = logging.getLogger(__name__)

SUBMISSION_PORT, TLS_PORT = 587, 465


def _saved_account() -> SmtpAccount | None:
    """The account used last time, else the server of the first mailbox source."""
    from reader.core.mail.accounts import load_smtp_account, parse_mailbox, smtp_for_mailbox
    from reader.core.storage.paths import config_dir, library_path

    saved = load_smtp_account(config_dir())
    if saved is not None:
        return saved
    from reader.core.library.store import Library

    library = Library(library_path())
    try:
        mail = [s for s in library.sources() if s.kind == "mail"]
        return smtp_for_mailbox(parse_mailbox(mail[0].address)) if mail else None
    except ReaderError:
        return None
    finally:
        library.close()


class SendDialog(QDialog):
    """Recipients, attachments and account; Send confirms, then sends in the background."""

    announce = Signal(str)  # the outcome, for the window's announcer
    said = Signal(str)  # every status and error text as it is announced (a test can listen)
    sent = Signal(object)  # SentBriefing

    def __init__(self, briefing: Briefing, style: ExportStyle | None = None,
                 parent: QWidget | None = None, *, synthesize: object = None,
                 library_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendDialog")
        self.setWindowTitle(self.tr("Send briefing by e-mail – Helder"))
        self.setAccessibleName(self.tr("Send briefing by e-mail"))
        self.briefing = briefing
        self.style_ = style
        self._synthesize = synthesize
        self._library_path = library_path
        self._sending = False
        self._run = OneJob(self)
        self._run.done.connect(self._on_done)
        self._run.failed.connect(self._on_failed)

        self.to = QLineEdit()
        self.to.setObjectName("mailTo")
        self.to.setPlaceholderText(self.tr("name@example.nl, another@example.nl"))
        self.formats: dict[str, QCheckBox] = {}
        box = QGroupBox(self.tr("Attachments"))
        row = QHBoxLayout(box)
        from reader.core.speech.audio_export import available_formats

        audio = available_formats()
        for fmt, text in (("docx", self.tr("&Word (DOCX)")), ("pdf", self.tr("&PDF")),
                          ("html", self.tr("&HTML")), ("mp3", self.tr("MP&3 audio")),
                          ("wav", self.tr("WA&V audio"))):
            if fmt == "mp3" and "mp3" not in audio:
                continue
            check = QCheckBox(text)
            check.setObjectName(f"attach_{fmt}")
            check.setChecked(fmt == "docx")
            row.addWidget(check)
            self.formats[fmt] = check

        self.from_edit = QLineEdit()
        self.from_edit.setObjectName("mailFrom")
        server = ServerFields(
            "smtp", [(self.tr("STARTTLS (port 587)"), False, SUBMISSION_PORT),
                     (self.tr("TLS (port 465)"), True, TLS_PORT)],
            self.tr("empty: the one in the system keyring"))
        self.host, self.security, self.port, self.user, self.password = server.widgets()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labelled_row(form, self.tr("&To:"), self.to)
        form.addRow(box)
        labelled_row(form, self.tr("&From:"), self.from_edit)
        server.add_rows(form, [self.tr("&Server:"), self.tr("&Encryption:"), self.tr("P&ort:"),
                               self.tr("&User name:"), self.tr("Passwo&rd:")])
        self.status = status_label("sendStatus")
        self.buttons = ok_cancel(self, self.tr("Send"), self.tr("Cancel"))
        self.send_button = ok_button(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Briefing: {0}").format(briefing.title or "—")))
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.fields: tuple[QWidget, ...] = (self.to, *self.formats.values(), self.from_edit,
                                            self.host, self.security, self.port, self.user,
                                            self.password, self.send_button)
        self._fill(_saved_account())
        self.to.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, account: SmtpAccount | None) -> None:
        if account is None:
            return
        self.from_edit.setText(account.from_address)
        self.host.setText(account.host)
        self.security.setCurrentIndex(1 if account.implicit_tls else 0)
        self.port.setValue(account.port)
        self.user.setText(account.user)
        self._account_key = account.account_key

    def is_sending(self) -> bool:
        """Return whether a message is on its way."""
        return self._sending

    # -- reading the fields ------------------------------------------------------------------
    def account(self) -> SmtpAccount:
        """Return the sending account the fields describe; BAD_ARGUMENT names a field."""
        host = self.host.text().strip().lower()
        if not host or " " in host:
            raise ReaderError(ErrorKind.BAD_ARGUMENT, "host")
        if not self.user.text().strip():
            raise ReaderError(ErrorKind.BAD_ARGUMENT, "user")
        sender = self.from_edit.text().strip()
        if "@" not in sender or " " in sender:
            raise ReaderError(ErrorKind.BAD_ARGUMENT, "from")
        key = getattr(self, "_account_key", "")
        user = self.user.text().strip()
        if key and key != f"{user}@{host}" and not key.startswith(f"{user}@"):
            key = ""  # another account than the one the keyring entry belongs to
        return SmtpAccount(host=host, user=user, from_address=sender, port=self.port.value(),
                           implicit_tls=bool(self.security.currentData()), account_key=key)

    def chosen_formats(self) -> list[str]:
        """Return the attachment formats ticked, in the order shown."""
        return [fmt for fmt, check in self.formats.items() if check.isChecked()]

    # -- sending ----------------------------------------------------------------------------
    def accept(self) -> None:
        """Check the fields, confirm naming the recipients, then send (Qt override)."""
        if self._sending:
            return
        from reader.core.mail.briefing_mail import parse_recipients

        try:
            recipients = parse_recipients(self.to.text())
            account = self.account()
        except ReaderError as exc:
            self._show_error(exc)
            return
        if not self._confirm(recipients):
            self.to.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._set_sending(True)
        self._say(self.tr("Sending to {0}…").format(", ".join(recipients)))
        self._run.start(self._send, account, recipients, self.chosen_formats(),
                        self.password.text() or None)

    def _confirm(self, recipients: list[str]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Send briefing?"),
                          self.tr("Send “{0}” to {1}?").format(
                              self.briefing.title or self.tr("Briefing"), ", ".join(recipients)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("sendConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Send"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Do not send"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _send(self, account: SmtpAccount, recipients: list[str], formats: list[str],
              password: str | None) -> object:
        """Runs in the thread pool: send, then remember the account (and a typed password)."""
        from reader.core.mail.accounts import save_smtp_account, set_password
        from reader.core.mail.smtp_send import send_briefing
        from reader.core.storage.paths import config_dir, library_path

        sent = send_briefing(self.briefing, account, recipients, formats, password=password,
                             library_path=self._library_path or library_path(),
                             synthesize=self._synthesize,  # type: ignore[arg-type]
                             style=self.style_)
        save_smtp_account(config_dir(), account)
        if password:
            set_password(account.key, password)
        return sent

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._set_sending(False)
        recipients = ", ".join(getattr(result, "recipients", ()))
        text = self.tr("Briefing sent to {0}. A copy is kept in the library under "
                       "Sent briefings.").format(recipients)
        self.announce.emit(text)
        self.sent.emit(result)
        super().accept()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._set_sending(False)
        if isinstance(error, ReaderError):
            self._show_error(error)
        else:
            log.error("sending failed: %r", error)
            self._say(str(error), assertive=True)

    def reject(self) -> None:
        """Close; a message already handed over cannot be called back (Qt override)."""
        if self._sending:
            return
        super().reject()

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        for widget in self.fields:
            widget.setEnabled(not sending)

    # -- errors ------------------------------------------------------------------------------
    def field_for(self, error: ReaderError) -> QWidget:
        """Return the field an error concerns."""
        if error.kind is ErrorKind.BAD_ARGUMENT:
            return {"host": self.host, "user": self.user, "from": self.from_edit}.get(
                error.detail, self.from_edit if "sender" in error.detail else self.to)
        if error.kind is ErrorKind.LOGIN:
            return self.password
        return self.host

    def error_text(self, error: ReaderError) -> str:
        """Return the sentence for an error, in the user's language."""
        if error.kind is ErrorKind.BAD_ARGUMENT:
            fixed = {
                "host": self.tr("Type the sending server's name, such as smtp.example.nl."),
                "user": self.tr("Type your user name for the sending server."),
                "from": self.tr("Type your own e-mail address as the sender."),
                "no recipient": self.tr("Type at least one e-mail address to send to."),
            }
            if error.detail in fixed:
                return fixed[error.detail]
            return self.tr("Check the addresses: {0}").format(error.detail)
        if error.kind is ErrorKind.LOGIN:
            return self.tr("The mail server refused the user name or password; type the "
                           "password.")
        if error.kind is ErrorKind.CERTIFICATE:
            return self.tr("The server's certificate is not trusted, so nothing was sent: "
                           "{0}").format(error.detail)
        return Messages(self).error_text(error)

    def _show_error(self, error: ReaderError) -> None:
        for widget in self.fields:
            widget.setAccessibleDescription("")
        field = self.field_for(error)
        text = self.error_text(error)
        field.setAccessibleDescription(text)
        self.activateWindow()  # back from the confirmation, focus lands in this dialog
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()
        self._say(text, assertive=True)

    def _say(self, text: str, *, assertive: bool = False) -> None:
        self.status.setText(text)
        announce_from(self, text, assertive=assertive)
        self.said.emit(text)
