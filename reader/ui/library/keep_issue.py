"""Keep the open issue in the library, so it can be starred and searched like any other.

An issue opened from a file, or the bundled sample, is not in the library. The first star
(or a search) stores it there, as an issue without a source, and the window then shows the
stored copy with the same item current, so stars and read states have a place to live.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.core.library.store import Library

if TYPE_CHECKING:
    from reader.ui.library.wiring import LibraryWiring


class IssueKeeper(QObject):
    """Stores the shown issue on the library's writer thread, then calls back."""

    def __init__(self, wiring: LibraryWiring) -> None:
        super().__init__(wiring)
        self._wiring = wiring

    def keep(self, then: Callable[[], None] | None = None) -> bool:
        """Store the shown issue unless it is already stored; False when there is none."""
        wiring = self._wiring
        window = wiring.window
        issue = window.model.issue
        if issue is None or not issue.items:
            return False
        row = max(window.current_row(), 0)
        read = [window.model.is_read(r) for r in range(window.model.rowCount())]
        address = issue.source or f"helder:{issue.title}"
        library = wiring.controller.library

        def store(lib: Library) -> int | None:
            lib.writer.store_issue(None, address, issue, b"")
            issue_id = lib.issue_id(address)
            if issue_id is not None:
                for stored, was_read in zip(lib.items(issue_id), read, strict=False):
                    if was_read and not stored.read:
                        lib.writer.set_read(stored.id, True)
            return issue_id

        def shown(issue_id: object) -> None:
            if not isinstance(issue_id, int) or not wiring.preview_issue_kept(issue_id, row):
                wiring.controller.tell(self.tr(
                    "This issue could not be added to the library"))
                return
            wiring.controller.tell(self.tr("{0} was added to the library").format(
                issue.title))
            if then is not None:
                then()

        wiring.controller.write(store, library, then=shown)
        return True
