"""Images of an issue, fetched only when the user allows it, kept in a content-addressed cache.

Privacy first: parsing and showing an issue never touches the network. Only when the user asks
to see the images of one issue (or turned on "always show images") does the caller run
`fetch_images`, off the GUI thread. Each download is capped in size, must be http(s) and must
really be a raster image (content type and file signature both checked; SVG is refused because
it can pull in other files). `cached_images` answers from the cache alone, with no request.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import urlsplit

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Image, Issue
from reader.core.net.http.fetch import fetch
from reader.core.net.http.options import FetchOptions, FetchResult

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGES = 60  # per call: a newsletter never needs more, a hostile one cannot ask for more
PERMISSIONS_FILE = "images_allowed.json"
# Raster formats Qt reads without plugins fetching anything; value = file extension.
_TYPES = {"image/png": "png", "image/jpeg": "jpg", "image/jpg": "jpg", "image/pjpeg": "jpg",
          "image/gif": "gif", "image/webp": "webp", "image/bmp": "bmp"}

Fetcher = Callable[..., FetchResult]


def _signature_ok(data: bytes, ext: str) -> bool:
    """Tell whether the bytes start like the format the server claimed."""
    if ext == "png":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if ext == "jpg":
        return data.startswith(b"\xff\xd8\xff")
    if ext == "gif":
        return data.startswith((b"GIF87a", b"GIF89a"))
    if ext == "webp":
        return data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    if ext == "bmp":
        return data.startswith(b"BM")
    return False


def _url_key(src: str) -> str:
    return hashlib.sha256(src.encode("utf-8")).hexdigest()[:40]


def _index_path(cache_dir: Path, src: str) -> Path:
    return cache_dir / "by-address" / _url_key(src)


def cached_path(src: str, cache_dir: Path) -> Path | None:
    """Return the cached file for an image address, or None; never makes a request."""
    try:
        name = _index_path(cache_dir, src).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    path = cache_dir / name
    if "/" in name or "\\" in name or not path.is_file():
        return None
    return path


def cached_images(images: Iterable[Image], cache_dir: Path) -> dict[str, Path]:
    """Return {src: local file} for the images already in the cache; never makes a request."""
    out: dict[str, Path] = {}
    for image in images:
        path = cached_path(image.src, cache_dir)
        if path is not None:
            out[image.src] = path
    return out


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _store(result: FetchResult, src: str, cache_dir: Path) -> Path:
    """Check one download and keep it under the hash of its content."""
    ext = _TYPES.get(result.mime_type)
    if ext is None:
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{src}: {result.mime_type or 'no type'}, "
                                                 "not an image")
    if not _signature_ok(result.data, ext):
        raise ReaderError(ErrorKind.UNREADABLE, f"{src}: not a {ext} image")
    name = f"{hashlib.sha256(result.data).hexdigest()}.{ext}"
    path = cache_dir / name
    if not path.is_file():
        _write_atomic(path, result.data)
    _write_atomic(_index_path(cache_dir, src), name.encode("ascii"))
    return path


def fetch_images(
    images: Iterable[Image],
    cache_dir: Path,
    *,
    cancel: threading.Event | None = None,
    fetch: Fetcher = fetch,
    max_bytes: int = MAX_IMAGE_BYTES,
    errors: list[ReaderError] | None = None,
) -> dict[str, Path]:
    """Download the images not yet cached and return {src: local file} for all that are.

    Call only for an issue whose images the user allowed, and off the GUI thread. A failing
    image is skipped (its error appended to `errors` when given); a cancel stops the run and
    returns what is already there.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    options = FetchOptions(max_bytes=max_bytes, retries=1, read_timeout=20.0)
    out: dict[str, Path] = {}
    seen: set[str] = set()
    for image in images:
        src = image.src
        if src in seen:
            continue
        seen.add(src)
        if len(seen) > MAX_IMAGES:
            break
        path = cached_path(src, cache_dir)
        if path is not None:
            out[src] = path
            continue
        if cancel is not None and cancel.is_set():
            break
        if urlsplit(src).scheme.lower() not in ("http", "https"):
            log.info("image %s skipped: not http(s)", src)
            continue
        try:
            result = fetch(src, cancel=cancel, options=options)
            out[src] = _store(result, src, cache_dir)
        except ReaderError as exc:
            if exc.kind is ErrorKind.CANCELLED:
                break
            log.info("image %s not shown: %s", src, exc.detail)
            if errors is not None:
                errors.append(exc)
        except OSError as exc:
            log.warning("image cache %s: %s", cache_dir, exc)
            if errors is not None:
                errors.append(ReaderError(ErrorKind.STORAGE, f"{cache_dir}: {exc}"))
    return out


def issue_images(issue: Issue) -> list[Image]:
    """Return the images of all items of an issue, each address once, in reading order."""
    out: list[Image] = []
    seen: set[str] = set()
    for item in issue.items:
        for image in item.images:
            if image.src not in seen:
                seen.add(image.src)
                out.append(image)
    return out


class ImagePermissions:
    """The issues whose images the user chose to see: a small JSON list of issue keys."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._keys: set[str] = set()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self._keys = {str(k) for k in data.get("issues", [])}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, AttributeError) as exc:
            log.warning("image permissions %s unreadable, starting empty: %s", path, exc)

    def allowed(self, key: str, *, always: bool = False) -> bool:
        """Tell whether images may be shown for this issue (`always`: the global setting)."""
        return always or key in self._keys

    def allow(self, key: str) -> None:
        """Allow images for one issue and save."""
        if key not in self._keys:
            self._keys.add(key)
            self._save()

    def revoke(self, key: str) -> None:
        """Stop showing images for one issue and save."""
        if key in self._keys:
            self._keys.discard(key)
            self._save()

    def keys(self) -> frozenset[str]:
        """Return the allowed issue keys."""
        return frozenset(self._keys)

    def _save(self) -> None:
        text = json.dumps({"issues": sorted(self._keys)}, ensure_ascii=False, indent=1)
        try:
            _write_atomic(self.path, text.encode("utf-8"))
        except OSError as exc:
            raise ReaderError(ErrorKind.STORAGE, f"{self.path}: {exc}") from exc


def default_permissions() -> ImagePermissions:
    """Return the permissions kept in the config folder."""
    from reader.core.storage.paths import config_dir

    return ImagePermissions(config_dir() / PERMISSIONS_FILE)


def default_cache_dir() -> Path:
    """Return the image cache folder inside the cache folder."""
    from reader.core.storage.paths import cache_dir

    return cache_dir() / "images"
