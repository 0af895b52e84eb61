"""The format is told from the content, not from the file name."""

from __future__ import annotations

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.sources.detect import detect_format
from reader.core.sources.parse import parse_bytes
from tests.core.newsletter_fixtures import MAILCHIMP_LIKE


@pytest.mark.parametrize(("data", "expected"), [
    (b"%PDF-1.4\n...", "pdf"),
    (b"\n\n<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>", "feed"),
    (b"<feed xmlns='http://www.w3.org/2005/Atom'></feed>", "feed"),
    (b"<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'></rdf:RDF>", "feed"),
    (b'{"version": "https://jsonfeed.org/version/1", "items": []}', "jsonfeed"),
    (b"From: a@b.nl\r\nSubject: Hoi\r\nDate: Mon, 3 Jun 2024 08:00:00 +0000\r\n\r\nTekst", "email"),
    (MAILCHIMP_LIKE.encode(), "html"),
    (b"<p>Hallo</p><p>wereld</p>", "html"),
    (b"Gewone tekst\nmet regels\n", "text"),
])
def test_detects_formats(data, expected):
    assert detect_format(data, "whatever.txt") == expected


def test_name_does_not_override_content():
    assert detect_format(b"%PDF-1.4\n", "nieuws.html") == "pdf"
    assert detect_format(MAILCHIMP_LIKE.encode(), "nieuws.pdf") == "html"


@pytest.mark.parametrize("data", [b"PK\x03\x04rest", b"\x89PNG\r\n\x1a\n", bytes(range(256)) * 4,
                                  b'{"name": "not a feed", "list": [1, 2]}'])
def test_binary_junk_is_unsupported(data):
    with pytest.raises(ReaderError) as info:
        parse_bytes(data, name="junk.bin")
    assert info.value.kind == ErrorKind.UNSUPPORTED


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty_input(data):
    with pytest.raises(ReaderError) as info:
        parse_bytes(data)
    assert info.value.kind == ErrorKind.EMPTY


def test_importing_parse_loads_no_heavy_library():
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys, reader.core.sources.parse; "
            "print(sorted(m for m in ('bs4', 'feedparser', 'pypdf', 'lxml') if m in sys.modules))")
    repo = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=repo)
    assert done.stdout.strip() == "[]"
