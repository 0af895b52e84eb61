"""User folders: HELDER_HOME puts everything in one folder; otherwise the platform's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.storage import paths


def test_helder_home_holds_data_config_and_cache(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELDER_HOME", str(tmp_path / "draagbaar"))
    assert paths.library_path() == tmp_path / "draagbaar" / "data" / "library.sqlite3"
    assert paths.config_dir() == tmp_path / "draagbaar" / "config"
    assert paths.cache_dir().is_dir()


def test_platform_folders_without_helder_home(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HELDER_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))  # keep the test's hands off ~
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    assert paths.library_path() == tmp_path / "xdg-data" / "helder" / "library.sqlite3"
    assert paths.config_dir() == tmp_path / "xdg-config" / "helder"
