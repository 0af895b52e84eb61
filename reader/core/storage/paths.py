"""Where Helder keeps its files: the platform's user folders, or one folder set by HELDER_HOME."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "helder"
HOME_ENV = "HELDER_HOME"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _user_dir(kind: str) -> Path:
    """Return (and create) HELDER_HOME/kind, else the platform's user folder of this kind."""
    home = _home_override()
    if home is not None:
        return _ensure(home / kind)
    # Imported late so that a HELDER_HOME run never needs platformdirs.
    import platformdirs

    finders = {
        "data": platformdirs.user_data_dir,
        "config": platformdirs.user_config_dir,
        "cache": platformdirs.user_cache_dir,
        "log": platformdirs.user_log_dir,
    }
    return _ensure(Path(finders[kind](APP_NAME)))


def data_dir() -> Path:
    """Return (and create) the folder for the library database."""
    return _user_dir("data")


def config_dir() -> Path:
    """Return (and create) the folder for settings."""
    return _user_dir("config")


def cache_dir() -> Path:
    """Return (and create) the folder for throw-away files."""
    return _user_dir("cache")


def library_path() -> Path:
    """Return the path of the library database."""
    return data_dir() / "library.sqlite3"


def log_dir() -> Path:
    """Return (and create) the folder for Helder's log file (helder.log)."""
    return _user_dir("log")
