"""Load the interface language: Dutch where the system speaks Dutch, English otherwise."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from reader.resources import asset

log = logging.getLogger(__name__)


def system_language() -> str:
    """Return "nl" when the system's UI language is Dutch, else "en"."""
    for name in QLocale.system().uiLanguages():
        lang = name.replace("_", "-").split("-")[0].lower()
        if lang in ("nl", "en"):
            return lang
    return "en"


def compiled_translation(lang: str) -> Path | None:
    """Return the compiled translation (.qm) for a language, or None when there is none.

    The .qm files are built from the .ts sources by `make translations` (part of `make setup`
    and `make package`) into the package, so an installed copy never compiles anything at start.
    """
    qm = asset("i18n", f"helder_{lang}.qm")
    if not qm.is_file():
        return None
    ts = qm.with_suffix(".ts")  # only in a source tree
    if ts.is_file() and ts.stat().st_mtime > qm.stat().st_mtime:
        log.warning("%s is older than its .ts source: run `make translations`", qm.name)
    return qm


class AppTranslator(QTranslator):
    """Helder's own texts; with qt_texts it also keeps the translator of Qt's texts."""

    qt_translator: QTranslator | None = None


def install_translator(
    app: QCoreApplication, language: str = "auto", *, qt_texts: bool = False
) -> AppTranslator | None:
    """Install the translation for `language` ("auto", "nl" or "en"); return it, or None.

    With `qt_texts` Qt's own texts (file dialog, standard buttons) follow the language too;
    that translator is kept as the returned one's `qt_translator` attribute.
    """
    lang = system_language() if language == "auto" else language
    translator = AppTranslator(app)
    qm = compiled_translation(lang)
    if qm is None or not translator.load(str(qm)):
        # English is the source language, so a missing English .qm still reads fine.
        if lang != "en":
            log.warning("no %s translation file; run `make translations` to build it", lang)
        return None
    app.installTranslator(translator)
    if qt_texts:
        translator.qt_translator = _install_qt_translation(app, lang)
    return translator


def _install_qt_translation(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Load Qt's own texts (file dialog, standard buttons) in the language, when shipped.

    Without it the file dialog stayed English in the Dutch interface.
    """
    from PySide6.QtCore import QLibraryInfo

    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", folder):
        app.installTranslator(qt)
        return qt
    return None
