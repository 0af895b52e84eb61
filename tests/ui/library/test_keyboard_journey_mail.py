"""Keyboard only, with mail: add a mailbox source, refresh, open an issue from it, build a
briefing and send it. A real Dovecot and a real SMTP server run on 127.0.0.1."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui.app import build_window
from tests.core.mail.messages import newsletter
from tests.core.mail.smtp_server import SmtpServer

pytestmark = pytest.mark.no_qt_log

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot):
    app = QApplication.instance()
    win = build_window(app, argparse.Namespace(path=None, theme=None, text_size=None))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.item_list.hasFocus)
    yield win
    win.library_wiring.controller.shutdown()
    win.speech.close()
    app.setStyleSheet("")


def press(qtbot, key, mods=NONE):
    focus = QApplication.focusWidget()
    assert focus is not None, "keyboard focus was lost"
    qtbot.keyClick(focus, key, mods)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def when_modal(qtbot, act) -> None:
    """Run act(dialog) once a modal dialog is open and active."""
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(20, check)
            return
        act(dialog)

    QTimer.singleShot(20, check)


def tab_to(qtbot, widget, presses: int = 25) -> None:
    for _ in range(presses):
        if widget.hasFocus():
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def test_add_mailbox_refresh_open_brief_and_send(window, qtbot, dovecot, trusted,
                                                 test_keyring, helder_home):
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    dovecot.deliver(newsletter(1))
    dovecot.deliver(newsletter(2, sender="reclame@winkel.example", subject="Aanbieding"))
    smtp = SmtpServer(trusted, dovecot.user, dovecot.password).start()
    try:
        # Ctrl+N, Ctrl+Tab to the Mailbox page, fill it in by typing and Tab, Enter.
        def fill_mailbox(dialog) -> None:
            press(qtbot, Qt.Key.Key_Tab, CTRL)
            assert dialog.mail.host.hasFocus()
            type_text(qtbot, "127.0.0.1")
            press(qtbot, Qt.Key.Key_Tab)  # encryption: TLS (IMAPS) stays
            press(qtbot, Qt.Key.Key_Tab)
            assert dialog.mail.port.hasFocus()
            press(qtbot, Qt.Key.Key_A, CTRL)
            type_text(qtbot, str(dovecot.imaps_port))
            press(qtbot, Qt.Key.Key_Tab)
            type_text(qtbot, dovecot.user)
            press(qtbot, Qt.Key.Key_Tab)
            assert dialog.mail.password.hasFocus()
            type_text(qtbot, dovecot.password)
            press(qtbot, Qt.Key.Key_Tab)  # folder: INBOX stays
            press(qtbot, Qt.Key.Key_Tab)
            assert dialog.mail.sender_filter.hasFocus()
            type_text(qtbot, "nieuwsbrief@vng.nl")
            press(qtbot, Qt.Key.Key_Return)

        when_modal(qtbot, fill_mailbox)
        press(qtbot, Qt.Key.Key_N, CTRL)
        tree = window.library_wiring.pane.tree
        qtbot.waitUntil(lambda: tree.model().rowCount() == 1, timeout=15000)
        qtbot.waitUntil(lambda: any("Added nieuwsbrief@vng.nl" in t for t in heard),
                        timeout=15000)
        assert any("1 new issue" in t for t in heard)

        # New mail arrives; F5 brings it in.
        dovecot.deliver(newsletter(3))
        window.item_list.setFocus()
        qtbot.waitUntil(window.item_list.hasFocus)
        press(qtbot, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: heard[-1].startswith("1 new issue"), timeout=15000)

        # Shift+F6 to the library, open the newest issue of the mail source.
        press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(tree.hasFocus)
        press(qtbot, Qt.Key.Key_Right)
        qtbot.waitUntil(lambda: tree.model().rowCount(tree.model().index(0, 0)) == 2)
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(window.item_list.hasFocus)
        assert window.current_item().title == "Bericht 3.1: gemeenten en zorg"

        # Ctrl+B twice (two items), F6 to the briefing, Tab to "Send by e-mail…", Space.
        press(qtbot, Qt.Key.Key_B, CTRL)
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_B, CTRL)
        pane = window.briefing_dock.pane
        assert len(pane.briefing().entries) == 2
        press(qtbot, Qt.Key.Key_F6)
        press(qtbot, Qt.Key.Key_F6)
        qtbot.waitUntil(pane.entries.hasFocus)
        tab_to(qtbot, pane.mail_button)

        confirmations: list[str] = []

        def fill_send(dialog) -> None:
            assert dialog.to.hasFocus()
            # The server and account come from the mailbox source; only the port differs.
            assert dialog.host.text() == "127.0.0.1"
            assert dialog.user.text() == dovecot.user
            type_text(qtbot, "wethouder@gemeente.nl")
            tab_to(qtbot, dialog.formats["pdf"])
            press(qtbot, Qt.Key.Key_Space)
            tab_to(qtbot, dialog.from_edit)
            type_text(qtbot, "jan@gemeente.nl")
            tab_to(qtbot, dialog.port)
            press(qtbot, Qt.Key.Key_A, CTRL)
            type_text(qtbot, str(smtp.port))

            def confirm(box) -> None:
                assert isinstance(box, QMessageBox)
                confirmations.append(box.text())
                press(qtbot, Qt.Key.Key_Return)

            when_modal(qtbot, confirm)
            press(qtbot, Qt.Key.Key_Return)

        when_modal(qtbot, fill_send)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: len(smtp.handler.received) == 1, timeout=30000)
        qtbot.waitUntil(lambda: any(t.startswith("Briefing sent to wethouder@gemeente.nl")
                                    for t in heard), timeout=15000)
        assert confirmations == ["Send “Briefing” to wethouder@gemeente.nl?"]  # untitled
        msg, = smtp.messages()
        assert msg["To"] == "wethouder@gemeente.nl"
        assert msg["Content-Language"]
        assert sorted(p.get_filename().rsplit(".", 1)[1] for p in msg.iter_attachments()) == [
            "docx", "pdf"]
        assert "Bericht 3.1: gemeenten en zorg" in msg.get_body(("plain",)).get_content()
        qtbot.waitUntil(pane.mail_button.hasFocus)
        # The sent briefing is in the library pane, as a source of its own.
        qtbot.waitUntil(lambda: tree.model().rowCount() == 2, timeout=5000)
        names = [tree.model().index(r, 0).data() for r in range(2)]
        assert any(str(n).startswith("Verzonden briefings") or str(n).startswith("Sent")
                   for n in names), names
    finally:
        smtp.stop()
    # No password in any file Helder wrote: data, config, cache.
    written = [p for p in helder_home.rglob("*") if p.is_file()]
    assert written
    assert [p for p in written if dovecot.password.encode() in p.read_bytes()] == []
