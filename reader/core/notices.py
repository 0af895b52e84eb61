"""The third-party notices: what Helder is built on, under which licence.

Read from the installed packages' metadata, so the list stays true as dependencies change;
the wheel, the PyInstaller bundle (which copies this metadata) and a source tree answer alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

DIST = "helder"


@dataclass(frozen=True)
class Notice:
    """One component Helder ships or uses, its version and its licence."""

    name: str
    version: str
    licence: str


# Parts that are no Python package of their own: Qt inside PySide6, and the system's speech.
OTHER_PARTS = (
    Notice("Qt 6 (in PySide6)", "", "LGPL-3.0-only"),
    Notice("espeak-ng (the system's)", "", "GPL-3.0-or-later"),
    Notice("libsndfile (in soundfile)", "", "LGPL-2.1-or-later"),
    Notice("OpenDyslexic font (the system's, where installed)", "", "OFL-1.1"),
)


def _first(meta: metadata.PackageMetadata, field: str) -> str:
    # PackageMetadata declares no get() before Python 3.12; the first value is what get() gives.
    values = meta.get_all(field) or []
    return str(values[0]) if values else ""


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = _first(meta, "License-Expression")
    if expression:
        return expression
    text = _first(meta, "License").strip()
    if text and len(text) < 60 and "\n" not in text:  # some put the whole licence here
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "?"


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def third_party() -> list[Notice]:
    """Return every Python package Helder runs on (its requirements, recursively), sorted."""
    found: dict[str, Notice] = {}

    def visit(name: str) -> None:
        if _key(name) in found:
            return
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # a requirement for another platform
            return
        found[_key(name)] = Notice(dist.metadata["Name"], dist.version, _licence(dist.metadata))
        for requirement in dist.requires or []:
            marker = requirement.partition(";")[2]
            if "extra" in marker:  # optional extras (tests, docs) are not shipped
                continue
            match = re.match(r"[A-Za-z0-9._-]+", requirement)
            if match:
                visit(match.group())

    visit(DIST)
    found.pop(_key(DIST), None)
    return sorted(found.values(), key=lambda n: n.name.casefold()) + list(OTHER_PARTS)
