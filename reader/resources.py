"""Find Helder's bundled resources, in a source tree or an installed copy."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder holding `sample/` and `i18n/`."""
    candidates = [
        Path(__file__).resolve().parents[1] / "resources",  # source tree / editable install
        Path(sys.prefix) / "share" / "helder" / "resources",  # wheel data-files
        Path(getattr(sys, "_MEIPASS", "")) / "resources",  # PyInstaller bundle
    ]
    for candidate in candidates:
        if (candidate / "sample").is_dir():
            return candidate
    return candidates[0]


def sample_issue_path() -> Path:
    """Return the bundled sample issue: the VNG newsletter the project started from."""
    return resources_dir() / "sample" / "vng-nieuwsbrief.txt"
