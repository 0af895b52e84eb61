"""The window keeps its size and pane widths between runs; the export dialog starts in a
folder that exists, and next time in the folder the last export went to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from reader.core.prefs.ui_state import load_state, recall, remember, state_path
from reader.ui.briefing.export_dialog import ExportDialog
from tests.ui.window_gallery import BRIEFING, close_window, open_main_window

pytestmark = pytest.mark.no_qt_log


def test_a_damaged_state_file_is_an_empty_state_and_is_replaced_whole():
    state_path().write_text("{half", encoding="utf-8")
    assert load_state() == {}
    remember("export_folder", "/somewhere")
    assert recall("export_folder") == "/somewhere"
    assert recall("missing", 5) == 5


def test_the_window_reopens_at_its_last_size_with_its_pane_widths(qtbot):
    window = open_main_window("light", 100)
    window.resize(780, 700)  # within the 800 x 800 offscreen screen
    QApplication.processEvents()
    assert not window.page_layout.one_column
    window.splitter.setSizes([300, 200, 272])
    wanted = window.splitter.sizes()
    window.close()
    close_window(window)

    again = open_main_window("light", 100)
    try:
        again.page_layout.restore_places()  # as build_window does before showing
        QApplication.processEvents()
        assert (again.width(), again.height()) == (780, 700)
        assert again.splitter.sizes() == wanted
    finally:
        close_window(again)


def test_export_starts_in_an_existing_folder_then_in_the_last_one_used(qtbot, tmp_path,
                                                                      monkeypatch):
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        lambda _where: str(tmp_path / "no-such-Documents"))
    dialog = ExportDialog(BRIEFING)
    qtbot.addWidget(dialog)
    proposed = Path(dialog.path_edit.text()).parent
    assert proposed.is_dir(), "a folder that does not exist makes the first export fail"
    assert proposed != tmp_path / "no-such-Documents"
    assert documents is not None

    out = tmp_path / "vergaderingen"
    out.mkdir()
    dialog.path_edit.setText(str(out / "raad.html"))
    dialog._on_path_edited(dialog.path_edit.text())
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.accept()
    assert (out / "raad.html").exists()

    second = ExportDialog(BRIEFING)
    qtbot.addWidget(second)
    assert Path(second.path_edit.text()).parent == out
