"""Shared by the library commands: open the library, find a source, JSON forms."""

from __future__ import annotations

import json
import sys
from typing import Any

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library, SourceRow


def open_library() -> Library:
    """Open the user's library (HELDER_HOME or the platform's data folder).

    A damaged library is set aside with a timestamp and a fresh one started (said on
    stderr); one that cannot be opened at all raises a STORAGE error naming the cause.
    """
    from reader.core.storage.safe_open import open_library_for_cli, problem_sentence

    library, problem = open_library_for_cli()
    if problem is not None:
        print(f"helder: {problem_sentence(problem)}", file=sys.stderr)
    return library


def find_source(library: Library, text: str) -> SourceRow:
    """Return the source with this id, address or name, or raise NOT_FOUND."""
    row = library.find_source(text)
    if row is None:
        raise ReaderError(ErrorKind.NOT_FOUND, f"source {text}")
    return row


def error_json(error: ReaderError | None) -> dict[str, str] | None:
    """Return the JSON form of an error (kind and detail), or None."""
    return None if error is None else {"kind": error.kind.value, "detail": error.detail}


def source_json(s: SourceRow) -> dict[str, Any]:
    """Return the JSON form of a source."""
    return {
        "id": s.id, "name": s.name, "address": s.address, "kind": s.kind, "theme": s.theme,
        "paused": s.paused, "issues": s.issue_count, "unread": s.unread_count,
        "checked_at": s.checked_at, "ok_at": s.ok_at,
        "error": None if s.error_kind is None else {"kind": s.error_kind,
                                                     "detail": s.error_detail},
    }


def print_json(data: object) -> None:
    """Write JSON to stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
