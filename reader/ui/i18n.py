"""Load the interface language: Dutch where the system speaks Dutch, English otherwise."""

from __future__ import annotations

import logging

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


def install_translator(app: QCoreApplication, language: str = "auto") -> QTranslator | None:
    """Install the translation for `language` ("auto", "nl" or "en"); return it, or None."""
    lang = system_language() if language == "auto" else language
    translator = QTranslator(app)
    qm = resources_dir() / "i18n" / f"helder_{lang}.qm"
    if not translator.load(str(qm)):
        # English is the source language, so a missing English .qm still reads fine.
        if lang != "en":
            log.warning("no translation file %s; run `make setup` to build it", qm)
        return None
    app.installTranslator(translator)
    return translator
