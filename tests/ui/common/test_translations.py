"""Every interface text exists in Dutch and English, and the system language picks one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
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


def test_the_translation_files_hold_every_text_in_the_code(tmp_path):
    copy = tmp_path / "check.ts"
    shutil.copy(I18N / "helder_nl.ts", copy)
    sources = sorted(str(p) for p in (REPO / "reader").rglob("*.py"))
    subprocess.run([str(LUPDATE), "-no-obsolete", *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    before = {s for s, _ in messages(I18N / "helder_nl.ts")}
    after = {s for s, _ in messages(copy)}
    assert after - before == set(), "run `make update-translations` and translate the new texts"


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
    from PySide6.QtCore import QTranslator

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
