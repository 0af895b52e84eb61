"""Fixtures for the mail tests: a real Dovecot, a trusted self-signed certificate, a keyring
in the test's folder, and a library. Loaded for every test folder by tests/conftest.py, as
the keyboard journey in tests/ui uses them too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from reader.core.library.store import Library
from tests.core.mail.certs import SelfSigned
from tests.core.mail.dovecot import Dovecot
from tests.core.mail.keyring_file import FileKeyring


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> SelfSigned:
    return SelfSigned(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def trusted(certificate: SelfSigned, monkeypatch: pytest.MonkeyPatch) -> SelfSigned:
    """Trust the test certificate, as a user would add their company's authority."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))
    return certificate


@pytest.fixture
def dovecot(certificate: SelfSigned) -> Iterator[Dovecot]:
    server = Dovecot(cert=certificate).start()
    yield server
    server.stop()


@pytest.fixture
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    """A keyring in the test's own folder, for this process and for `helder` subprocesses."""
    path = tmp_path / "keyring" / "keyring.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.core.mail.keyring_file.FileKeyring")
    monkeypatch.setenv("HELDER_TEST_KEYRING", str(path))
    before = keyring.get_keyring()
    backend = FileKeyring(path)
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library(tmp_path / "home" / "data" / "library.sqlite3")
    yield lib
    lib.close()
