"""The fields of a mail server account, made alike for sending (SMTP) and reading (IMAP)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox

from reader.ui.common.labelled import labelled_row


class ServerFields:
    """Server, encryption, port, user name and password; object names start with `prefix`.

    Texts come in already translated, so they stay in the translation context of the
    dialog that shows them.
    """

    def __init__(self, prefix: str, choices: Sequence[tuple[str, bool, int]],
                 password_hint: str) -> None:
        """`choices` are the encryption options: (text, value, usual port), first by default."""
        self.host = QLineEdit()
        self.host.setObjectName(f"{prefix}Host")
        self.security = QComboBox()
        self.security.setObjectName(f"{prefix}Security")
        for text, value, _port in choices:
            self.security.addItem(text, value)
        self._ports = {value: port for _text, value, port in choices}
        self.port = QSpinBox()
        self.port.setObjectName(f"{prefix}Port")
        self.port.setRange(1, 65535)
        self.port.setValue(choices[0][2])
        self.user = QLineEdit()
        self.user.setObjectName(f"{prefix}User")
        self.password = QLineEdit()
        self.password.setObjectName(f"{prefix}Password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(password_hint)
        self.security.currentIndexChanged.connect(self._follow_security)

    def _follow_security(self, _index: int) -> None:
        # A port left at an option's usual number follows the option; a typed one stays.
        if self.port.value() in self._ports.values():
            self.port.setValue(self._ports[bool(self.security.currentData())])

    def widgets(self) -> tuple[QLineEdit, QComboBox, QSpinBox, QLineEdit, QLineEdit]:
        """Return the fields in form order: server, encryption, port, user, password."""
        return self.host, self.security, self.port, self.user, self.password

    def add_rows(self, form: QFormLayout, labels: Sequence[str]) -> None:
        """Add a labelled row for each field, in the order of `widgets()`."""
        for text, field in zip(labels, self.widgets(), strict=True):
            labelled_row(form, text, field)
