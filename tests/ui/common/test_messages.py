"""Every error the core can raise has its own sentence, naming what it is about."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from reader.core.errors import ErrorKind, ReaderError
from reader.ui.common.i18n import install_translator
from reader.ui.common.messages import Messages


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


def test_an_address_in_an_error_is_said_as_its_host(qtbot):
    tracking = ("https://pointer.us9.list-manage.com/track/click?u=e9492ff&id=d20cd3411a"
                "&e=0e436c5282")
    text = Messages().error_text(ReaderError(ErrorKind.NETWORK, f"{tracking}: host not found"))
    assert text == "No connection could be made: pointer.us9.list-manage.com: host not found"
    wrapped = "https://t.example/r?url=https%3A%2F%2Fwww.vng.nl%2Fnieuws%3Fid%3D3"
    assert Messages().error_text(ReaderError(ErrorKind.HTTP, wrapped)).endswith(": vng.nl")
