"""Turn a newsletter file into an Issue, choosing the parser from the content."""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Issue

MAX_INPUT_BYTES = 64 * 1024 * 1024


def read_input(path: str | Path) -> bytes:
    """Read a file for parsing, with errors the user can understand."""
    p = Path(path)
    try:
        if p.is_dir():
            raise ReaderError(ErrorKind.UNREADABLE, f"{p} is a folder")
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise ReaderError(ErrorKind.TOO_LARGE, f"{p} ({size // 1_000_000} MB)")
        return p.read_bytes()
    except FileNotFoundError as exc:
        raise ReaderError(ErrorKind.NOT_FOUND, str(p)) from exc
    except PermissionError as exc:
        raise ReaderError(ErrorKind.UNREADABLE, f"{p}: permission denied") from exc
    except IsADirectoryError as exc:
        raise ReaderError(ErrorKind.UNREADABLE, f"{p} is a folder") from exc
    except OSError as exc:
        raise ReaderError(ErrorKind.UNREADABLE, f"{p}: {exc.strerror or exc}") from exc


def parse_bytes(data: bytes, *, name: str = "", base_url: str | None = None) -> Issue:
    """Parse newsletter bytes of any supported format into an Issue."""
    from reader.core.sources import text

    if not data.strip():
        raise ReaderError(ErrorKind.EMPTY, name)
    return text.parse_text(text.decode_text(data), source=name)


def parse_file(path: str | Path) -> Issue:
    """Parse a newsletter file into an Issue."""
    p = Path(path)
    return parse_bytes(read_input(p), name=p.name, base_url=None)
