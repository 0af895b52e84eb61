"""Pictures for the issue on screen: only when the user allowed them, fetched off the GUI thread.

The window tells `IssueImages` which issue it shows (`set_issue`) and calls `allow_current`
for "Show images of this issue". Nothing touches the network unless that issue is allowed
(per issue, remembered in the config folder) or the "always show images" setting is on; an
allowed issue whose images are all cached is shown straight from the cache, with no request.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from reader.core.errors import ReaderError
from reader.core.models import Image, Issue
from reader.core.net.images import (
    ImagePermissions,
    cached_images,
    default_cache_dir,
    default_permissions,
    fetch_images,
    issue_images,
)
from reader.ui.common.tasks import TaskRunner
from reader.ui.reading.view import ReadingView

log = logging.getLogger(__name__)


class IssueImages(QObject):
    """Decides, fetches and hands the reading view the local pictures of the current issue."""

    announce = Signal(str)  # a short sentence for the status bar and the screen reader
    permission_changed = Signal(bool)  # whether the shown issue may load its pictures

    def __init__(self, view: ReadingView, *, always: bool = False,
                 permissions: ImagePermissions | None = None, cache_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._always = always
        self._permissions = permissions
        self._cache_dir = cache_dir
        self._issue: Issue | None = None
        self._key = ""
        self._job = 0
        self._cancel: threading.Event | None = None
        self._tasks = TaskRunner(self)
        self._tasks.finished.connect(self._on_fetched)
        self._tasks.failed.connect(self._on_failed)

    # Made on first use: a window that never shows images never reads these files.
    def permissions(self) -> ImagePermissions:
        """Return the per-issue permissions."""
        if self._permissions is None:
            self._permissions = default_permissions()
        return self._permissions

    def cache_dir(self) -> Path:
        """Return the image cache folder."""
        if self._cache_dir is None:
            self._cache_dir = default_cache_dir()
        return self._cache_dir

    def allowed(self) -> bool:
        """Tell whether pictures may be shown for the current issue."""
        if self._issue is None:
            return False
        return self._always or (bool(self._key) and self.permissions().allowed(self._key))

    def set_always(self, always: bool) -> None:
        """Follow the "show images" setting (always allow); turning it off hides pictures."""
        self._always = always
        self._refresh(announce=False)

    def set_issue(self, issue: Issue | None, key: str = "") -> None:
        """The window shows another issue; `key` names it in the permissions (its address)."""
        self._stop()
        self._issue, self._key = issue, key
        self._refresh(announce=False)
        self.permission_changed.emit(self.allowed())

    def allow_current(self) -> None:
        """The user asked to see the images of this issue: remember it and fetch them."""
        if self._issue is None:
            return
        images = issue_images(self._issue)
        if not images:
            self.announce.emit(self.tr("This issue has no images"))
            return
        if self._key:
            self._remember(self.permissions().allow)
        self._refresh(announce=True, forced=True)
        self.permission_changed.emit(self.allowed() or not self._key)

    def revoke_current(self) -> None:
        """Stop showing pictures for this issue (their descriptions stay)."""
        if self._key:
            self._remember(self.permissions().revoke)
        self._stop()
        self._view.set_image_paths({})
        self.permission_changed.emit(self.allowed())
        if self._always:
            self.announce.emit(self.tr("Images stay on: the setting shows images of every "
                                       "issue"))
        else:
            self.announce.emit(self.tr("Images of this issue are no longer shown"))

    def _remember(self, change: Callable[[str], None]) -> None:
        """Save a permission change; a full disk or read-only folder is said, not raised."""
        try:
            change(self._key)
        except ReaderError as exc:
            log.warning("image permission not saved: %s", exc)
            self.announce.emit(self.tr("This choice applies until Helder closes; it could not "
                                       "be saved: {0}").format(exc.detail))

    def _refresh(self, *, announce: bool, forced: bool = False) -> None:
        if self._issue is None or not (forced or self.allowed()):
            self._stop()
            self._view.set_image_paths({})
            return
        images = issue_images(self._issue)
        cached = cached_images(images, self.cache_dir())
        self._view.set_image_paths(cached)
        missing = [im for im in images if im.src not in cached]
        if not missing:
            if announce:
                self.announce.emit(self._shown_text(len(cached)))
            return
        if announce:
            n = len(missing)
            self.announce.emit(self.tr("Loading 1 image…") if n == 1
                               else self.tr("Loading {0} images…").format(n))
        self._start(missing)

    def _start(self, images: list[Image]) -> None:
        self._stop()
        self._cancel = threading.Event()
        fetch = partial(fetch_images, cancel=self._cancel)
        self._job = self._tasks.submit(fetch, images, self.cache_dir())

    def _stop(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self._cancel = None
        self._job = 0

    @Slot(int, object)
    def _on_fetched(self, job: int, _paths: object) -> None:
        if job != self._job or self._issue is None:
            return  # an earlier issue's images: the cache keeps them for next time
        self._job = 0
        images = issue_images(self._issue)
        cached = cached_images(images, self.cache_dir())
        self._view.set_image_paths(cached)
        lost = len(images) - len(cached)
        if lost:
            self.announce.emit(self.tr("1 image could not be loaded") if lost == 1
                               else self.tr("{0} images could not be loaded").format(lost))
        else:
            self.announce.emit(self._shown_text(len(cached)))

    def _shown_text(self, n: int) -> str:
        return self.tr("1 image shown") if n == 1 else self.tr("{0} images shown").format(n)

    @Slot(int, object)
    def _on_failed(self, job: int, exc: object) -> None:
        if job != self._job:
            return
        self._job = 0
        log.warning("images not loaded: %s", exc)
        self.announce.emit(self.tr("Images could not be loaded"))
