"""Find the character set of downloaded bytes: BOM, HTTP header, the document itself, detection."""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]+encoding\s*=\s*[\"']([\w.:-]+)[\"']", re.IGNORECASE)
# Servers and documents that say Latin-1 or ASCII mean Windows-1252 (as browsers assume).
_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}
_SINGLE_BYTE_DEFAULTS = {"cp1252"}


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and where it was found."""

    text: str
    encoding: str
    source: str  # "bom", "header", "document", "detected"


_NOT_DOCUMENT_CHARSETS = frozenset({"punycode", "idna", "undefined", "raw-unicode-escape",
                                    "unicode-escape", "mbcs", "oem"})


def normalise(name: str | None) -> str | None:
    """Return Python's name for a character set, or None when unknown."""
    if not name:
        return None
    try:
        info = codecs.lookup(name.strip().strip("\"'"))
    except LookupError:
        return None
    # rot13, base64, zlib … are not character sets; punycode, idna and "undefined" are
    # for host names or raise on any byte: a document in them is mislabelled.
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_DOCUMENT_CHARSETS:
        return None
    return _ALIASES.get(info.name, info.name)


def from_bom(data: bytes) -> tuple[str, int] | None:
    """Return the encoding a byte-order mark announces and the mark's length."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def from_content_type(content_type: str | None) -> str | None:
    """Return the charset named in a Content-Type header."""
    match = _CT_CHARSET.search(content_type or "")
    return normalise(match.group(1)) if match else None


def from_document(data: bytes) -> str | None:
    """Return the charset an XML declaration or HTML meta tag names in the first 4 KB."""
    head = data[:4096]
    match = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return normalise(match.group(1).decode("ascii", "replace")) if match else None


def detect(data: bytes) -> str:
    """Guess the encoding of bytes that declare none: UTF-8 when valid, else a detector."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    from charset_normalizer import from_bytes  # installed with requests

    best = from_bytes(data[:200_000]).best()
    guess = normalise(best.encoding) if best is not None else None
    return guess or "cp1252"


def _strict_ok(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeError, LookupError, ValueError):  # punycode raises a bare UnicodeError
        return False
    return True


def _looks_like_utf8(data: bytes) -> bool:
    # Valid multi-byte UTF-8 is very unlikely in real Windows-1252 text, so a page that is
    # labelled Latin-1 but decodes as UTF-8 with non-ASCII bytes is UTF-8 (a common server error).
    return not data.isascii() and _strict_ok(data, "utf-8")


def decode(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode bytes using, in order: a BOM, the header, the document's declaration, detection."""
    bom = from_bom(data)
    if bom is not None:
        name, length = bom
        return Decoded(data[length:].decode(name, "replace"), name, "bom")
    for source, declared in (
        ("header", from_content_type(content_type)),
        ("document", from_document(data)),
    ):
        if declared is None:
            continue
        if declared in _SINGLE_BYTE_DEFAULTS and _looks_like_utf8(data):
            log.debug("declared %s but the bytes are UTF-8", declared)
            return Decoded(data.decode("utf-8"), "utf-8", "detected")
        if _strict_ok(data, declared):
            return Decoded(data.decode(declared), declared, source)
        log.debug("declared %s (%s) does not fit the bytes", declared, source)
    guess = detect(data)
    return Decoded(data.decode(guess, "replace"), guess, "detected")


def is_pdf(data: bytes) -> bool:
    """Tell whether bytes are a PDF (its marker may follow a little junk, as readers allow)."""
    return b"%PDF-" in data[:1024]


def with_header_charset(data: bytes, content_type: str | None) -> bytes:
    """Return bytes a parser decodes as the server meant: UTF-8 with a BOM when the server
    sent a charset header and the document itself does not settle it, else the bytes as is.

    Parsers see only bytes, so the header's charset would be lost; a BOM outranks any
    declaration inside the document in every HTML, XML and text decoder.
    """
    if from_bom(data) is not None or from_content_type(content_type) is None:
        return data
    if is_pdf(data):  # a PDF served as text/*: its bytes are not text, never transcode
        return data
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if not (mime.startswith("text/") or mime.endswith(("+xml", "/xhtml"))):
        return data  # PDF, e-mail as application/*, images: a charset parameter means nothing
    decoded = decode(data, content_type)
    if decoded.source == "document":
        return data  # the parser finds the same declaration
    return codecs.BOM_UTF8 + decoded.text.encode("utf-8")
