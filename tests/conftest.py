"""Shared test set-up: Qt offscreen, and a private Helder home for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ("tests.core.mail.fixtures",)  # Dovecot, SMTP certificate, test keyring

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_f6d78b198d0fc7c9.txt"


@pytest.fixture(autouse=True)
def helder_home(tmp_path_factory: pytest.TempPathFactory,
                monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point settings and library at a temp folder so no test touches the user's files."""
    home = tmp_path_factory.mktemp("helder-home")
    monkeypatch.setenv("HELDER_HOME", str(home))
    return home
