"""helder.log: unexpected errors keep their traceback; Help > Open log folder shows it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from reader.core.errors import ErrorKind, ReaderError
from reader.core.storage.paths import log_dir
from reader.ui.window.main_window import MainWindow
from tests.conftest import REPO
from tests.ui.helpers import make_issue

CRASHING_CHILD = """
import threading
from reader.core.storage import logfile
path = logfile.install()
def broken_worker():
    {}["missing key in a worker"]
t = threading.Thread(target=broken_worker, name="worker-7")
t.start(); t.join()
import logging
logging.getLogger("reader.test").info("still running after the worker failed")
raise ValueError("unexpected in the main thread")
"""


def test_unexpected_errors_in_any_thread_are_logged_with_their_traceback(helder_home):
    run = subprocess.run([sys.executable, "-c", CRASHING_CHILD], capture_output=True,
                         text=True, timeout=120, cwd=REPO,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert run.returncode == 1
    text = (helder_home / "log" / "helder.log").read_text(encoding="utf-8")
    assert "unexpected error in thread worker-7" in text
    assert "KeyError: 'missing key in a worker'" in text
    assert "in broken_worker" in text  # the traceback, not one line
    assert "still running after the worker failed" in text
    assert "ValueError: unexpected in the main thread" in text


def test_a_parser_bug_is_logged_as_a_bug_and_not_called_damage(monkeypatch, caplog, tmp_path):
    import reader.core.sources.parse as parse

    def faulty(*_args: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'text'")

    monkeypatch.setattr(parse, "_dispatch", faulty)  # a fault planted in the parser
    sample = tmp_path / "brief.txt"
    sample.write_text("Nieuwsbrief\n\nEen bericht.\n", encoding="utf-8")
    with pytest.raises(ReaderError) as caught:
        parse.parse_file(sample)
    assert caught.value.kind is ErrorKind.BUG
    bug = [r for r in caplog.records if r.levelname == "ERROR" and "bug" in r.getMessage()]
    assert bug
    assert bug[0].exc_info is not None

    from reader.ui.common.messages import Messages

    text = Messages().error_text(caught.value)
    assert "a fault in Helder" in text
    assert "damaged" not in text


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_ctrl_shift_f1_opens_the_log_folder(qtbot):
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win.show_issue(make_issue())
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: bool(catcher.urls), timeout=5000)
        assert catcher.urls[0].toLocalFile() == str(log_dir())
        help_menu = next(a.menu() for a in win.menuBar().actions()
                         if a.text().replace("&", "") == "Help")
        assert any(a.text().replace("&", "") == "Open log folder"
                   for a in help_menu.actions())
    finally:
        QDesktopServices.unsetUrlHandler("file")
