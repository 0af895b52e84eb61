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


def data_dir() -> Path:
    """Return (and create) the folder for the library database."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "data")
    import platformdirs

    return _ensure(Path(platformdirs.user_data_dir(APP_NAME)))


def config_dir() -> Path:
    """Return (and create) the folder for settings."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "config")
    import platformdirs

    return _ensure(Path(platformdirs.user_config_dir(APP_NAME)))


def cache_dir() -> Path:
    """Return (and create) the folder for throw-away files."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "cache")
    import platformdirs

    return _ensure(Path(platformdirs.user_cache_dir(APP_NAME)))


def library_path() -> Path:
    """Return the path of the library database."""
    return data_dir() / "library.sqlite3"


def log_dir() -> Path:
    """Return (and create) the folder for Helder's log file (helder.log)."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "log")
    import platformdirs

    return _ensure(Path(platformdirs.user_log_dir(APP_NAME)))
