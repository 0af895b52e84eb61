"""Opening a file too large to keep whole: the first items are shown and the user is told."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.window.main_window import MainWindow


def test_a_digest_past_the_item_cap_opens_with_its_first_items_and_says_so(qtbot, tmp_path):
    path = tmp_path / "digest.txt"
    path.write_text("\n".join(f"- [Story {n} of a very long digest] (<https://x.example/{n}>)"
                              for n in range(2100)), encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    window.open_file(str(path))
    qtbot.waitUntil(lambda: any("opened" in h for h in heard), timeout=30000)
    said = next(h for h in heard if "opened" in h)
    assert said == ("digest opened, 2000 items. The file is too large to show whole: only its "
                    "first 2000 items are shown.")
    assert window.model.rowCount() == 2000
    assert window.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole).startswith("Story 0")
