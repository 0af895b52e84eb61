"""The display tests share one application: each leaves it as the OS gave it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from reader.ui.display.controller import DisplayController
from reader.ui.display.look import os_font


@pytest.fixture
def app(qapp):
    yield qapp
    for display in qapp.findChildren(DisplayController):
        display.detach()
        display.setParent(None)
    qapp.setStyleSheet("")
    qapp.setPalette(QPalette())
    qapp.setFont(os_font())
