"""Load the interface language: Dutch where the system speaks Dutch, English otherwise."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from reader.resources import resources_dir

log = logging.getLogger(__name__)


def system_language() -> str:
    """Return "nl" when the system's UI language is Dutch, else "en"."""
    for name in QLocale.system().uiLanguages():
        lang = name.replace("_", "-").split("-")[0].lower()
        if lang in ("nl", "en"):
            return lang
    return "en"


def compiled_translation(lang: str) -> Path | None:
    """Return the .qm file for a language, building it from the .ts when it is missing.

    `make setup` builds them in a source tree; an installed copy (pip install .) ships
    only the .ts files, so the first start compiles them with the lrelease that PySide6
    ships, into the user's cache folder.
    """
    folder = resources_dir() / "i18n"
    qm = folder / f"helder_{lang}.qm"
    ts = folder / f"helder_{lang}.ts"
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return None
    import PySide6
    from platformdirs import user_cache_dir

    # Named by the .ts content, so two copies of Helder never use each other's build.
    digest = hashlib.sha1(ts.read_bytes()).hexdigest()[:12]
    cached = Path(user_cache_dir("helder")) / "i18n" / f"helder_{lang}-{digest}.qm"
    if cached.exists():
        return cached
    cached.parent.mkdir(parents=True, exist_ok=True)
    tool = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    try:
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(cached)], check=True,
                       capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not build the %s translation: %s", lang, exc)
        return None
    return cached


def install_translator(app: QCoreApplication, language: str = "auto") -> QTranslator | None:
    """Install the translation for `language` ("auto", "nl" or "en"); return it, or None."""
    lang = system_language() if language == "auto" else language
    translator = QTranslator(app)
    qm = compiled_translation(lang)
    if qm is None or not translator.load(str(qm)):
        # English is the source language, so a missing English .qm still reads fine.
        if lang != "en":
            log.warning("no translation file %s; run `make setup` to build it", qm)
        return None
    app.installTranslator(translator)
    return translator
