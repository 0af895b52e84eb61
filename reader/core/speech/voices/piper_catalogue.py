"""The Piper voice catalogue (voices.json of rhasspy/piper-voices): what can be installed.

The catalogue maps a voice key such as "nl_NL-mls-medium" to its language, quality and files,
each with its size and MD5 digest; a file's address is the catalogue's base address plus its
path ("nl/nl_NL/mls/medium/nl_NL-mls-medium.onnx"). Nothing here is fetched unless asked.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from reader.core.errors import ErrorKind, ReaderError
from reader.core.jsondata import json_object

# A fixed release, so the checksums in the catalogue match the files it names.
CATALOGUE_URL = "https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/"
CATALOGUE_ENV = "HELDER_VOICE_CATALOGUE"  # another address: a mirror in an office network
CATALOGUE_FILE = "voices.json"
CATALOGUE_MAX_BYTES = 8 * 1024 * 1024  # the real one is ~0.5 MB

VOICE_KEY = re.compile(
    r"^(?P<language>[a-z]{2,3}_[A-Z]{2})-(?P<name>[A-Za-z0-9_]+)-(?P<quality>x_low|low|medium|high)$"
)
QUALITY_RANK = {"x_low": 0, "low": 1, "medium": 2, "high": 3}
# Languages offered first in the voice manager: Helder's users read Dutch, then these.
PREFERRED_LANGUAGES = ("nl", "en", "fr", "de")


def voice_name(key: str) -> str:
    """Return a voice's own name from its key ("nl_NL-mls-medium" -> "mls")."""
    match = VOICE_KEY.match(key)
    return match.group("name") if match else key


@dataclass(frozen=True, slots=True)
class VoiceFile:
    """One file of a voice as the catalogue lists it."""

    path: str  # relative to the catalogue's base address
    size: int
    md5: str

    @property
    def name(self) -> str:
        """Return the file name without its folders."""
        return self.path.rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class CatalogueVoice:
    """A voice that can be installed."""

    key: str  # "nl_NL-mls-medium"
    language: str  # "nl_NL"
    language_name: str  # "Nederlands (Nederland)" as the catalogue spells it natively
    language_english: str
    quality: str  # x_low, low, medium, high
    speakers: int
    files: tuple[VoiceFile, ...]

    @property
    def name(self) -> str:
        """Return the voice's own name ("mls")."""
        return voice_name(self.key)

    @property
    def size(self) -> int:
        """Return the bytes to download."""
        return sum(f.size for f in self.files)

    @property
    def base_language(self) -> str:
        """Return the language without its region ("nl")."""
        return self.language.split("_")[0].lower()


def _language_names(info: dict[str, Any]) -> tuple[str, str]:
    native = str(info.get("name_native") or info.get("code") or "")
    english = str(info.get("name_english") or native)
    country = str(info.get("country_english") or "")
    return native, f"{english} ({country})" if country else english


def parse_catalogue(data: bytes | str) -> list[CatalogueVoice]:
    """Return the voices of a voices.json, Dutch first, then English, French, German, others.

    Entries that are not usable (no model file, a bad key, missing checksums) are left out;
    a file that is not a catalogue at all raises ReaderError(DAMAGED).
    """
    try:
        raw = json.loads(data)
    except ValueError as exc:
        raise ReaderError(ErrorKind.DAMAGED, f"voice catalogue: {exc}") from exc
    catalogue = json_object(raw)
    if catalogue is None:
        raise ReaderError(ErrorKind.DAMAGED, "voice catalogue: not a list of voices")
    voices: list[CatalogueVoice] = []
    for key, entry in catalogue.items():
        voice = _parse_entry(str(key), entry)
        if voice is not None:
            voices.append(voice)
    return sort_voices(voices)


def _parse_entry(key: str, value: object) -> CatalogueVoice | None:
    entry, match = json_object(value), VOICE_KEY.match(key)
    if entry is None or match is None:
        return None
    files: list[VoiceFile] = []
    # (files that are no JSON object: no model file, so the entry is left out below)
    for path, found_info in (json_object(entry.get("files")) or {}).items():
        info = json_object(found_info)
        if info is None or ".." in str(path).split("/"):
            return None  # a path that climbs out of the voice's folder: not this catalogue
        try:
            size, md5 = int(info["size_bytes"]), str(info["md5_digest"]).lower()
        except (KeyError, TypeError, ValueError):
            return None
        if not re.fullmatch(r"[0-9a-f]{32}", md5):
            return None
        files.append(VoiceFile(str(path), size, md5))
    names = {f.name for f in files}
    if f"{key}.onnx" not in names or f"{key}.onnx.json" not in names:
        return None
    language = json_object(entry.get("language")) or {}
    native, english = _language_names(language)
    code = str(language.get("code") or key.split("-")[0])
    return CatalogueVoice(
        key=key,
        language=code,
        language_name=native,
        language_english=english,
        quality=str(entry.get("quality") or match.group("quality")),
        speakers=int(entry.get("num_speakers") or 1),
        files=tuple(sorted(files, key=lambda f: f.path)),
    )


def sort_voices(voices: list[CatalogueVoice]) -> list[CatalogueVoice]:
    """Order voices: preferred languages first, then by language, best quality first."""

    def order(v: CatalogueVoice) -> tuple[int, str, int, str]:
        base = v.base_language
        rank = PREFERRED_LANGUAGES.index(base) if base in PREFERRED_LANGUAGES else 99
        return (rank, v.language, -QUALITY_RANK.get(v.quality, 0), v.key)

    return sorted(voices, key=order)


def catalogue_url() -> str:
    """Return the catalogue's base address: HELDER_VOICE_CATALOGUE, else the Piper release."""
    return os.environ.get(CATALOGUE_ENV, "").strip() or CATALOGUE_URL


def file_url(base_url: str, path: str) -> str:
    """Return the address of a catalogue file below the base address."""
    return urljoin(base_url if base_url.endswith("/") else base_url + "/", path)


def fetch_catalogue(base_url: str | None = None, *, timeout: float = 30) -> list[CatalogueVoice]:
    """Download and parse the catalogue (one request); ReaderError on network trouble."""
    import requests

    base_url = base_url or catalogue_url()
    url = file_url(base_url, CATALOGUE_FILE)
    try:
        with requests.get(url, timeout=timeout, stream=True) as response:
            if response.status_code != 200:
                raise ReaderError(ErrorKind.HTTP, f"{url}: {response.status_code}")
            body = bytearray()
            for chunk in response.iter_content(65536):
                body += chunk
                if len(body) > CATALOGUE_MAX_BYTES:
                    raise ReaderError(ErrorKind.TOO_LARGE, url)
    except requests.Timeout as exc:
        raise ReaderError(ErrorKind.TIMEOUT, url) from exc
    except requests.RequestException as exc:
        raise ReaderError(ErrorKind.NETWORK, f"{url}: {exc}") from exc
    return parse_catalogue(bytes(body))
