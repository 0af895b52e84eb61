"""Render every window a low-vision user meets in every built-in theme at 100-400 %.

One main window per theme and size; in it the views are shown one after another: the main
window in its wide and its one-column layout, the briefing pane, and the settings, export,
add-source and keyboard dialogs. `each_view` hands every view to a callback while it is on
screen (offscreen); the sweep test checks it, `make screenshots` photographs it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.window_checks import (
    elided_texts,
    icon_contrast_problems,
    outside_window,
    overlapping_siblings,
)
from tests.ui.window_gallery import (
    SCREEN,
    close_window,
    dialogs,
    open_main_window,
    shown_dialog,
)

THEMES = ("light", "dark", "yellow-on-black", "cream")
SCALES = (100, 200, 300, 400)
DIALOGS = ("settings", "export", "add-source", "keys")
VIEWS = ("main-wide", "main-one-column", "briefing", *DIALOGS)

View = Callable[[str, QWidget], None]


def settle() -> None:
    """Let layouts and deferred timers run, so what is checked is what would be seen."""
    for _ in range(3):
        QApplication.processEvents()


@contextmanager
def main_window(theme: str, scale: int) -> Iterator[QWidget]:
    """The main window at 1280 x 800 in a theme and text size; closed afterwards."""
    window = open_main_window(theme, scale)
    try:
        window.resize(*SCREEN)
        settle()
        yield window
    finally:
        close_window(window)


def each_view(window: QWidget, view: View, only: tuple[str, ...] = VIEWS) -> None:
    """Show each view in turn and call view(name, top-level widget) while it is shown."""
    pages = window.page_layout
    if "main-wide" in only:
        pages.set_forced(False)
        settle()
        view("main-wide", window)
    if "main-one-column" in only:
        pages.set_forced(True)
        settle()
        view("main-one-column", window)
        pages.set_forced(None)
        settle()
    if "briefing" in only:
        dock = window.ensure_briefing()
        dock.show()
        dock.pane.focus_entries()
        settle()
        view("briefing", window)
        dock.hide()
        settle()
    builders = dialogs(window)
    for name in DIALOGS:
        if name in only:
            with shown_dialog(builders[name]) as dialog:
                settle()
                view(name, dialog)


def problems_of(top: QWidget) -> list[str]:
    """Every check a view must pass: whole texts, no overlaps, inside, 3:1 indicators."""
    return [*elided_texts(top), *overlapping_siblings(top), *outside_window(top),
            *icon_contrast_problems(top)]
