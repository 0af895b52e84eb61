"""Keep a damaged file: move it aside under a timestamped name that never overwrites another.

`settings.json` becomes `settings.json.2026-12-02T10-15.corrupt`; SQLite's side files
(`-wal`, `-shm`, `-journal`) go along with their database. Nothing here imports more
than the standard library, so the settings loader can use it at start.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

_SIDE_FILES = ("-wal", "-shm", "-journal")


def aside_path(path: Path, now: datetime | None = None) -> Path:
    """Return a free name for keeping a damaged file: `<name>.<date>T<hh-mm>.corrupt`."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%dT%H-%M")
    candidate = path.with_name(f"{path.name}.{stamp}.corrupt")
    n = 2
    while candidate.exists():  # a second damage in the same minute keeps the first copy
        candidate = path.with_name(f"{path.name}.{stamp}-{n}.corrupt")
        n += 1
    return candidate


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged file (and SQLite's side files) aside; return its new path.

    Raises OSError when the file cannot be moved (a read-only folder): the caller then
    leaves it in place and must not write over it.
    """
    target = aside_path(path, now)
    path.rename(target)
    tail = target.name[len(path.name):]  # ".<stamp>.corrupt"
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(path.with_name(path.name + suffix + tail))
    log.warning("set aside damaged %s as %s", path, target)
    return target
