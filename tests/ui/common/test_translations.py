"""Every interface text exists in Dutch and English, and the system language picks one."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from reader.ui.common.i18n import install_translator
from reader.ui.window.main_window import MainWindow
from tests.conftest import REPO

I18N = REPO / "reader" / "assets" / "i18n"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(ts)
    return [(m.findtext("source") or "", m.find("translation")) for m in tree.iter("message")]


def test_every_dutch_text_is_translated_and_keeps_its_placeholders():
    found = messages(I18N / "helder_nl.ts")
    assert len(found) > 10
    for source, translation in found:
        assert translation is not None
        assert translation.get("type") != "unfinished", source
        assert (translation.text or "").strip(), source
        assert re.findall(r"\{\d\}", source) == re.findall(r"\{\d\}", translation.text), source


def entries(ts: Path) -> dict[tuple[str, str], ET.Element | None]:
    """Map (context, source text) to its translation element: Qt looks a text up by both."""
    return {
        (context.findtext("name") or "", m.findtext("source") or ""): m.find("translation")
        for context in ET.parse(ts).iter("context")
        for m in context.iter("message")
    }


def texts_in_the_code(tmp_path: Path) -> set[tuple[str, str]]:
    """Return every (context, text) lupdate extracts from reader/, as `make update-translations`.

    The context is what tr() looks the text up by at run time (the class it is called in): a
    text moved to another class, or called as `window.tr(...)`, gets a context the .ts lacks.
    """
    fresh = tmp_path / "code.ts"
    sources = sorted(str(p) for p in (REPO / "reader").rglob("*.py"))
    subprocess.run([str(LUPDATE), "-no-obsolete", "-locations", "none", *sources,
                    "-ts", str(fresh)], check=True, capture_output=True)
    return set(entries(fresh))


def test_the_translation_files_hold_every_text_in_the_code_under_its_class(tmp_path):
    in_code = texts_in_the_code(tmp_path)
    assert len(in_code) > 10
    dutch = entries(I18N / "helder_nl.ts")
    untranslated = sorted(
        key for key in in_code
        if (t := dutch.get(key)) is None or t.get("type") is not None or not (t.text or "").strip()
    )
    # English is the source language: its file only lists the texts, untranslated.
    unlisted_in_english = sorted(in_code - set(entries(I18N / "helder_en.ts")))
    hint = "run `make update-translations` and translate the new (context, text) pairs"
    assert not untranslated, f"{hint}; not in Dutch: {untranslated}"
    assert not unlisted_in_english, f"{hint}; not in the English file: {unlisted_in_english}"


def test_a_dutch_user_reads_dutch_for_every_text_in_the_code(qapp, tmp_path):
    """Compile the Dutch .ts as `make translations` does, and look every text up as tr() does."""
    qm = tmp_path / "helder_nl.qm"
    subprocess.run([str(LUPDATE.with_name("pyside6-lrelease")), "-silent",
                    str(I18N / "helder_nl.ts"), "-qm", str(qm)], check=True)
    dutch = {key: t.text for key, t in entries(I18N / "helder_nl.ts").items() if t is not None}
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        english = sorted(
            (context, text) for context, text in texts_in_the_code(tmp_path)
            if QCoreApplication.translate(context, text) != dutch.get((context, text))
        )
    finally:
        qapp.removeTranslator(translator)
    assert not english, f"these texts stay English in the Dutch interface: {english}"


@pytest.mark.parametrize(("language", "file_menu", "article"),
                         [("nl", "&Bestand", "Artikel"), ("en", "&File", "Article")])
def test_window_speaks_the_chosen_language(qtbot, language, file_menu, article):
    app = QApplication.instance()
    translator = install_translator(app, language)
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert file_menu in menus
        assert win.reading_view.accessibleName() == article
    finally:
        if translator is not None:
            app.removeTranslator(translator)


@pytest.mark.parametrize(("locale", "expected"),
                         [("nl_NL.UTF-8", "nl"), ("en_GB.UTF-8", "en"), ("de_DE.UTF-8", "en")])
def test_system_language_decides(locale, expected):
    env = {**os.environ, "LC_ALL": locale, "LANG": locale, "LANGUAGE": ""}
    out = subprocess.run(
        [sys.executable, "-c",
         "from reader.ui.common.i18n import system_language as s; print(s())"],
        env=env, capture_output=True, text=True, check=True, cwd=REPO,
    )
    assert out.stdout.strip() == expected


def test_the_compiled_dutch_translation_travels_inside_the_package():
    import reader
    from reader.ui.common.i18n import compiled_translation

    qm = compiled_translation("nl")
    assert qm is not None
    assert qm.is_relative_to(Path(reader.__file__).parent / "assets" / "i18n")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("ActionRegistry", "&File") == "&Bestand"


def test_qt_own_texts_follow_the_dutch_interface():
    app = QApplication.instance()
    translator = install_translator(app, "nl", qt_texts=True)
    try:
        assert translator is not None
        assert translator.qt_translator is not None, "Qt's Dutch texts ship with PySide6"
        assert QApplication.translate("QFileDialog", "File &name:") == "Bestands&naam:"
    finally:
        if translator is not None:
            app.removeTranslator(translator)
            app.removeTranslator(translator.qt_translator)
