"""Reading fonts: register the bundled OFL fonts and list what the user can choose."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)

# Python packages that ship OFL font files in their `files/` folder.
BUNDLED_PACKAGES = ("fontpkg_atkinson_hyperlegible", "fontpkg_lexend")
# Families offered first, in this order, when available.
PREFERRED = ("Atkinson Hyperlegible", "Lexend", "OpenDyslexic")
_FONT_SUFFIXES = (".ttf", ".otf")


def register_bundled_fonts() -> list[str]:
    """Load the bundled fonts into the application's font database; return their families.

    Called once per application, by `AppLook` (reader/ui/display/look.py).
    """
    families: list[str] = []
    for package in BUNDLED_PACKAGES:
        try:
            folder = resources.files(package) / "files"
            entries = sorted(folder.iterdir(), key=lambda e: e.name)
        except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError) as exc:
            log.warning("font package %s not available: %s", package, exc)
            continue
        for entry in entries:
            if not entry.name.lower().endswith(_FONT_SUFFIXES):
                continue
            with resources.as_file(entry) as path:
                font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("Qt could not load font %s", entry.name)
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
    return families


def available_families() -> list[str]:
    """Return the reading fonts first (bundled, OpenDyslexic if installed), then all others."""
    installed = [f for f in QFontDatabase.families() if not QFontDatabase.isPrivateFamily(f)]
    first = [f for f in PREFERRED if f in installed]
    return first + [f for f in installed if f not in first]


def has_family(family: str) -> bool:
    """Return whether a font family is available to Qt."""
    return family in QFontDatabase.families()
