"""Find Helder's bundled files (sample issue, compiled translations, icon) inside the package.

They live in `reader/assets` and are found through importlib.resources, so a source tree, an
installed wheel and PyInstaller's one-folder bundle all find them the same way, whatever the
install prefix. Each of those unpacks the package to real files; a zipped install is not
supported (Qt loads translations and icons from file paths).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def asset(*parts: str) -> Path:
    """Return the path of a bundled file, e.g. `asset("i18n", "helder_nl.qm")`."""
    return Path(str(resources.files("reader").joinpath("assets", *parts)))


def sample_issue_path() -> Path:
    """Return the bundled sample issue: the VNG newsletter the project started from."""
    return asset("sample", "vng-nieuwsbrief.txt")
