"""Ctrl+Shift+L hands only http(s) and plain mailto links to the desktop: a file: link
(a .desktop file, a script) or a mailto with an attachment is refused, and said."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from reader.ui.window.main_window import MainWindow

pytestmark = pytest.mark.no_qt_log


class Catcher(QObject):
    """Stands in for the desktop's handlers: records what Helder asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def catcher():
    catch = Catcher()
    for scheme in ("file", "https", "mailto"):
        QDesktopServices.setUrlHandler(scheme, catch, "open")
    yield catch
    for scheme in ("file", "https", "mailto"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_only_web_and_plain_mail_links_reach_the_desktop(qtbot, catcher) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    heard: list[str] = []
    win.announcer.announced.connect(heard.append)
    for url in ("file:///usr/share/applications/xterm.desktop", "file:///etc/passwd",
                "mailto:x@example.org?attach=/home/user/.ssh/id_rsa"):
        win.open_link(url)
    assert catcher.opened == []
    assert len(heard) == 3
    assert all(h.startswith("Helder opens only web and e-mail links") for h in heard)
    win.open_link("https://vng.nl/nieuws?utm_source=mail")
    win.open_link("mailto:griffie@gemeente.example?subject=Vraag")
    assert catcher.opened == ["https://vng.nl/nieuws",
                              "mailto:griffie@gemeente.example?subject=Vraag"]
    win.speech.close()
