"""Export a briefing as DOCX, HTML, plain text, large-print PDF or WAV audio.

Each format lives in its own module, imported only when used (python-docx and typst are heavy).
Files are written next to the target and renamed into place, so a failed export never leaves
half a file under the name the user chose.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from reader.core.briefing.model import Briefing
from reader.core.errors import ErrorKind, ReaderError
from reader.core.export.common import ExportStyle, document_ready
from reader.core.speech.engines.types import Synthesize

log = logging.getLogger(__name__)

# format -> (module, function(briefing, path, style, synthesize)), in the order menus show them.
FORMATS: dict[str, str] = {
    "docx": "reader.core.export.docx",
    "html": "reader.core.export.html",
    "txt": "reader.core.export.text",
    "pdf": "reader.core.export.pdf",
    "wav": "reader.core.export.audio",
}
SUFFIXES: dict[str, str] = {fmt: f".{fmt}" for fmt in FORMATS}


__all__ = ["FORMATS", "SUFFIXES", "ExportStyle", "Synthesize", "export_briefing", "format_for_path"]


def format_for_path(path: str | Path) -> str | None:
    """Return the export format a file name asks for ('x.docx' -> 'docx'), or None."""
    suffix = Path(path).suffix.lower().lstrip(".")
    aliases = {"htm": "html", "text": "txt", "wave": "wav"}
    suffix = aliases.get(suffix, suffix)
    return suffix if suffix in FORMATS else None


def export_briefing(
    briefing: Briefing,
    fmt: str,
    out: str | Path,
    *,
    style: ExportStyle | None = None,
    synthesize: Synthesize | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the briefing to `out` in format `fmt`; return the path written.

    Raises ReaderError(UNSUPPORTED) for an unknown format, ReaderError(EXPORT) when the file
    cannot be written and ReaderError(SPEECH) when audio cannot be synthesised.
    `synthesize` and `progress(done, total)` concern audio only (see export.audio.export_wav).
    """
    fmt = fmt.lower().strip()
    if fmt not in FORMATS:
        raise ReaderError(ErrorKind.UNSUPPORTED, f"format {fmt!r}; choose {', '.join(FORMATS)}")
    target = Path(out)
    style = (style or ExportStyle()).checked()
    briefing = document_ready(briefing)
    module = importlib.import_module(FORMATS[fmt])
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        if fmt == "wav":
            module.write(briefing, tmp, style=style, synthesize=synthesize, progress=progress)
        else:
            module.write(briefing, tmp, style=style)
        os.replace(tmp, target)
    except OSError as exc:
        raise ReaderError(ErrorKind.EXPORT, f"{target}: {exc.strerror or exc}") from exc
    except (ValueError, UnicodeError) as exc:
        # A writer choking on odd text is a bug to fix, but the user gets a message, not a trace.
        log.exception("Export of briefing %s as %s failed", briefing.id, fmt)
        raise ReaderError(ErrorKind.EXPORT, f"{target}: {exc}") from exc
    finally:
        # On a read-only or vanished medium this fails too; the first error is the one to tell.
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    log.info("Exported briefing %s as %s to %s", briefing.id, fmt, target)
    return target
