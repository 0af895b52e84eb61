"""Small things the window remembers between runs: its size, pane widths, the last folder.

Kept apart from the settings: these change as the user works, not by choice in a dialog,
and losing them costs nothing. A damaged or missing file gives an empty state; a write is
atomic (temporary file, then rename), so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from reader.core.jsondata import json_object
from reader.core.storage.paths import config_dir

log = logging.getLogger(__name__)

FILE_NAME = "window-state.json"


def state_path() -> Path:
    """Return where the state is kept."""
    return config_dir() / FILE_NAME


def load_state(path: Path | None = None) -> dict[str, Any]:
    """Return the remembered state, or {} when there is none or it cannot be read."""
    path = path or state_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("window state not read (%s); starting afresh", exc)
        return {}
    return json_object(data) or {}


def remember(key: str, value: object, path: Path | None = None) -> None:
    """Store one value (JSON-serialisable); failures are logged, never raised."""
    path = path or state_path()
    state = load_state(path)
    state[key] = value
    try:
        fd, tmp = tempfile.mkstemp(prefix=".window-state-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(state, handle, ensure_ascii=False, indent=1)
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("window state not saved: %s", exc)


def recall(key: str, default: Any = None) -> Any:
    """Return one remembered value, or default."""
    return load_state().get(key, default)


def existing_folder(*candidates: str | Path | None) -> Path:
    """Return the first candidate that is an existing folder, else the home folder."""
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.home()
