"""Open Helder's own files so that the app starts no matter what.

A damaged library or briefing file is set aside under a timestamped name
(`library.sqlite3.2026-12-02T10-15.corrupt`, never overwriting an earlier one) and a fresh
file is started. A library that cannot be opened at all (full disk, read-only folder, a lock
held elsewhere) is left exactly as it is; the app then works on an empty library in a
temporary folder for this session. Either way the caller gets a `StartProblem` to tell the
user what happened and where the old file is.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library
from reader.core.storage.aside import set_aside
from reader.core.storage.paths import library_path

if TYPE_CHECKING:
    from reader.core.briefing.store import BriefingStore

log = logging.getLogger(__name__)

# SQLite's own words for a file that is not (or no longer) a sound database.
_DAMAGE_WORDS = ("not a database", "malformed", "corrupt", "file is encrypted")


class StartProblemKind(StrEnum):
    """What went wrong opening a file at start."""

    SET_ASIDE = "set-aside"  # damaged: moved aside, a fresh file started
    UNAVAILABLE = "unavailable"  # could not be opened (disk full, read-only, locked)


@dataclass(frozen=True, slots=True)
class StartProblem:
    """Something the user must hear about at start: which file, what was done, where."""

    kind: StartProblemKind
    path: Path  # the file Helder tried to open
    kept_as: Path | None = None  # where the damaged file now is (SET_ASIDE)
    detail: str = ""  # SQLite's or the system's words, for the log and the message's end
    temporary: Path | None = None  # the folder of the temporary library (UNAVAILABLE)


@dataclass(frozen=True, slots=True)
class OpenedLibrary:
    """A library that opened, and what (if anything) had to be done to open it."""

    library: Library
    problem: StartProblem | None = None


def is_damage(error: BaseException) -> bool:
    """Return whether an error says the file itself is damaged (not full, locked or read-only)."""
    seen: BaseException | None = error
    while seen is not None:
        if any(w in str(seen).lower() for w in _DAMAGE_WORDS):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _open_checked(path: Path) -> Library:
    """Open the library and read every table once, so that damage shows now."""
    library = Library(path)
    try:
        library.check()
    except ReaderError:
        library.close()
        raise
    return library


def _purge_removed(library: Library) -> None:
    """Sources removed in a session that ended without closing cleanly go now."""
    try:
        library.writer.purge_removed()
    except ReaderError as exc:
        log.warning("removed sources not purged: %s", exc)


def open_library_safely(path: Path | str | None = None) -> OpenedLibrary:
    """Open the library; set a damaged one aside, fall back to a temporary one if need be."""
    path = library_path() if path is None else Path(path)
    try:
        library = _open_checked(path)
        _purge_removed(library)
        return OpenedLibrary(library)
    except (ReaderError, OSError, sqlite3.Error) as exc:
        detail = exc.detail if isinstance(exc, ReaderError) else str(exc)
        if path.exists() and is_damage(exc):
            try:
                kept = set_aside(path)
                return OpenedLibrary(
                    Library(path), StartProblem(StartProblemKind.SET_ASIDE, path, kept, detail)
                )
            except (ReaderError, OSError, sqlite3.Error) as again:
                log.warning("could not start a fresh library at %s: %s", path, again)
        log.warning("library %s could not be opened: %s", path, detail)
        folder = Path(tempfile.mkdtemp(prefix="helder-library-"))
        return OpenedLibrary(
            Library(folder / path.name),
            StartProblem(StartProblemKind.UNAVAILABLE, path, None, detail, folder),
        )


def open_briefings_safely(path: Path | str) -> tuple[BriefingStore, StartProblem | None]:
    """Open the briefing store; a damaged one is set aside, an unreachable one replaced by a
    temporary store for this session (the file itself is left alone)."""
    from reader.core.briefing.store import BriefingStore

    path = Path(path)
    try:
        store = BriefingStore(path)
        store.summaries()  # reads every table: a damaged file fails here
        return store, None
    except (ReaderError, OSError, sqlite3.Error) as exc:
        detail = exc.detail if isinstance(exc, ReaderError) else str(exc)
        if path.exists() and is_damage(exc):
            try:
                kept = set_aside(path)
                problem = StartProblem(StartProblemKind.SET_ASIDE, path, kept, detail)
                return BriefingStore(path), problem
            except (ReaderError, OSError, sqlite3.Error) as again:
                log.warning("could not start a fresh briefing store at %s: %s", path, again)
        log.warning("briefing store %s could not be opened: %s", path, detail)
        folder = Path(tempfile.mkdtemp(prefix="helder-briefings-"))
        problem = StartProblem(StartProblemKind.UNAVAILABLE, path, None, detail, folder)
        return BriefingStore(folder / path.name), problem


def open_library_for_cli(path: Path | str | None = None) -> tuple[Library, StartProblem | None]:
    """Open the library for a command: a damaged one is set aside, an unreachable one raises."""
    path = library_path() if path is None else Path(path)
    try:
        library = _open_checked(path)
        return library, None
    except (ReaderError, OSError, sqlite3.Error) as exc:
        detail = exc.detail if isinstance(exc, ReaderError) else str(exc)
        if path.exists() and is_damage(exc):
            kept = set_aside(path)
            return Library(path), StartProblem(StartProblemKind.SET_ASIDE, path, kept, detail)
        raise ReaderError(ErrorKind.STORAGE, f"{path} could not be opened: {detail}") \
            from exc


def problem_sentence(problem: StartProblem) -> str:
    """Return an English sentence for the command line and the log."""
    if problem.kind is StartProblemKind.SET_ASIDE:
        return (f"The library {problem.path} was damaged ({problem.detail}). It was kept as "
                f"{problem.kept_as} and a new, empty library was started.")
    return (f"The library {problem.path} could not be opened ({problem.detail}). It was left "
            f"as it is; this session uses an empty temporary library in {problem.temporary}.")
