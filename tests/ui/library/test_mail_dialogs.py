"""The mail page of the add-source dialog and the send dialog: labelled, complete by keyboard,
errors tied to their field; against a real Dovecot and a real SMTP server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reader.core.briefing.model import Briefing, BriefingEntry
from reader.core.library.store import Library
from reader.ui.briefing.send_dialog import SendDialog
from reader.ui.library.controller import LibraryController
from reader.ui.library.dialogs.add_source_dialog import AddSourceDialog
from tests.core.mail.smtp_server import SmtpServer
from tests.ui.a11y_checks import focusable_problems, label_in_name_problems, tab_cycle
from tests.ui.library_support import FAST

BRIEFING = Briefing(title="Raad 12 juni", language="nl",
                    entries=(BriefingEntry(title="Begroting", summary=("Vastgesteld.",)),))


@pytest.fixture
def controller(qtbot) -> Iterator[LibraryController]:
    ctl = LibraryController(Library(), options=FAST)
    yield ctl
    ctl.shutdown()


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def confirm_when_asked(qtbot, answers: list[str]) -> None:
    def check() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "sendConfirm":
            QTimer.singleShot(20, check)
            return
        answers.append(box.text())
        # Return to the box itself (Send is its default): on a busy machine the focus may not
        # have reached the box yet, and Return in the dialog behind it would ask again.
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(20, check)


def test_mail_page_ties_a_refused_password_and_a_missing_folder_to_their_fields(
        qtbot, controller, dovecot, trusted, test_keyring):
    dialog = shown(qtbot, AddSourceDialog(controller))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.address.hasFocus)
    qtbot.keyClick(dialog.address, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    page = dialog.mail
    qtbot.waitUntil(page.host.hasFocus)
    assert focusable_problems(dialog) == []
    assert label_in_name_problems(dialog) == []
    cycle = tab_cycle(qtbot, page.host)
    assert page.password in cycle
    assert dialog.ok_button in cycle
    page.host.setText("127.0.0.1")
    page.port.setValue(dovecot.imaps_port)
    page.user.setText(dovecot.user)
    page.password.setText("fout")
    with qtbot.waitSignal(controller.add_failed, timeout=15000):
        qtbot.keyClick(page.user, Qt.Key.Key_Return)
    assert dialog.status.text() == "The mail server refused this user name or password."
    assert page.password.accessibleDescription() == dialog.status.text()
    qtbot.waitUntil(page.password.hasFocus)

    page.password.setText(dovecot.password)
    page.folder.setText("Nieuwsbrieven")
    with qtbot.waitSignal(controller.add_failed, timeout=15000):
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert dialog.status.text().startswith("This folder does not exist on the server:")
    assert page.folder.accessibleDescription() == dialog.status.text()
    assert page.password.accessibleDescription() == ""
    qtbot.waitUntil(page.folder.hasFocus)
    assert controller.library.sources() == []

    page.folder.setText("INBOX")
    with qtbot.waitSignal(dialog.finished, timeout=15000):
        qtbot.keyClick(page.folder, Qt.Key.Key_Return)
    assert dialog.added is not None
    assert dialog.added.source.kind == "mail"


def test_send_dialog_is_labelled_and_ties_errors_to_fields(
        qtbot, trusted, test_keyring, tmp_path):
    smtp = SmtpServer(trusted, "jan", "juist").start()
    try:
        dialog = shown(qtbot, SendDialog(BRIEFING, library_path=tmp_path / "library.sqlite3"))
        said: list[str] = []
        dialog.said.connect(said.append)
        assert focusable_problems(dialog) == []
        assert label_in_name_problems(dialog) == []
        cycle = tab_cycle(qtbot, dialog.to)
        assert dialog.formats["pdf"] in cycle
        assert dialog.send_button in cycle
        dialog.to.setFocus()
        qtbot.keyClick(dialog.to, Qt.Key.Key_Return)
        assert said[-1] == "Type at least one e-mail address to send to."
        assert dialog.to.accessibleDescription() == said[-1]
        qtbot.keyClicks(dialog.to, "wethouder")
        qtbot.keyClick(dialog.to, Qt.Key.Key_Return)
        assert said[-1] == "Check the addresses: 'wethouder' is not an e-mail address"
        dialog.to.setText("wethouder@gemeente.nl")
        qtbot.keyClick(dialog.to, Qt.Key.Key_Return)
        assert said[-1] == "Type the sending server's name, such as smtp.example.nl."
        qtbot.waitUntil(dialog.host.hasFocus)
        assert dialog.to.accessibleDescription() == ""

        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(smtp.port)
        dialog.user.setText("jan")
        dialog.from_edit.setText("jan@gemeente.nl")
        dialog.password.setText("fout")
        asked: list[str] = []
        confirm_when_asked(qtbot, asked)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: said[-1].startswith("The mail server refused"), timeout=15000)
        assert asked == ["Send “Raad 12 juni” to wethouder@gemeente.nl?"]
        assert dialog.password.accessibleDescription() == said[-1]
        qtbot.waitUntil(dialog.password.hasFocus)
        assert smtp.handler.received == []

        dialog.password.setText("juist")
        confirm_when_asked(qtbot, asked)
        with qtbot.waitSignal(dialog.sent, timeout=15000):
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert len(smtp.handler.received) == 1
        assert test_keyring.get_password("Helder mail", "jan@127.0.0.1") == "juist"
    finally:
        smtp.stop()
