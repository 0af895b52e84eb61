"""Shared test set-up: Qt offscreen, and a private Helder home for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.audio_sink import NullSink, NullSinkError

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ("tests.core.mail.fixtures",)  # Dovecot, SMTP certificate, test keyring

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_f6d78b198d0fc7c9.txt"

# Tests on the shared corpus and seed run wherever ../shared sits beside the repository (CI
# always has it); in a clone without it they are skipped, and `-rs` names them in the summary.
needs_shared = pytest.mark.skipif(
    not (SHARED / "corpus").is_dir(),
    reason=f"needs the shared corpus and seed beside the repository ({SHARED})")


@pytest.fixture(autouse=True)
def helder_home(tmp_path_factory: pytest.TempPathFactory,
                monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point settings and library at a temp folder so no test touches the user's files."""
    home = tmp_path_factory.mktemp("helder-home")
    monkeypatch.setenv("HELDER_HOME", str(home))
    return home


@pytest.fixture(scope="session", autouse=True)
def null_sink() -> Iterator[NullSink]:
    """A private PulseAudio with a null sink for this test run, so QMediaPlayer has an output.

    Started before any test touches QtMultimedia: Qt connects to PulseAudio once per process.
    Child processes (the app under Xvfb, Orca) inherit PULSE_SERVER and play into it too.
    """
    try:
        sink = NullSink()
    except NullSinkError as exc:
        pytest.fail(f"no audio output for the player tests: {exc}", pytrace=False)
    saved = {key: os.environ.get(key) for key in sink.env()}
    os.environ.update(sink.env())
    yield sink
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    sink.stop()
