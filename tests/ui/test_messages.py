"""Every error the core can raise has its own sentence, naming what it is about."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from reader.core.errors import ErrorKind, ReaderError
from reader.ui.i18n import install_translator
from reader.ui.messages import Messages


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_error_kind_has_its_own_message(qtbot, language):
    app = QApplication.instance()
    translator = install_translator(app, language)
    try:
        messages = Messages()
        texts = {kind: messages.error_text(ReaderError(kind, "nieuwsbrief.pdf"))
                 for kind in ErrorKind}
        for kind, text in texts.items():
            assert "nieuwsbrief.pdf" in text, kind
            assert not text.startswith(("Something went wrong", "Er ging iets mis")), kind
        assert len(set(texts.values())) == len(texts)
    finally:
        if translator is not None:
            app.removeTranslator(translator)
