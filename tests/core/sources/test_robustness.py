# ruff: noqa: E501 - literal newsletter fixtures read better unwrapped
"""Any input parses or ends with one clear ReaderError: no traceback, hang or memory blow-up."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Issue
from reader.core.sources.parse import parse_bytes
from tests.conftest import needs_shared
from tests.core.newsletter_fixtures import MAILCHIMP_LIKE, WEB_LISTING
from tests.core.sources.test_email_parser import _multipart
from tests.core.sources.test_feed_parser import ATOM, RSS2
from tests.core.sources.test_pdf_parser import TWO_COLUMNS, make_pdf

SEEDS = [
    MAILCHIMP_LIKE.encode(),
    WEB_LISTING.encode(),
    RSS2.encode(),
    ATOM.encode(),
    _multipart(MAILCHIMP_LIKE, "plain"),
    make_pdf(TWO_COLUMNS),
]


def _parse_bounded(data: bytes, limit: float = 5.0) -> Issue | None:
    start = time.monotonic()
    message = ""
    try:
        issue = parse_bytes(data, name="mutant")
    except ReaderError as exc:
        message = exc.one_line()
        issue = None
    assert "\n" not in message
    assert time.monotonic() - start < limit
    return issue


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["cut", "flip", "insert", "delete", "dup"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "cut":
            del data[pos:]
        elif op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=40))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 200))]
        elif op == "dup":
            data[pos:pos] = data[pos:pos + draw(st.integers(1, 300))]
    return bytes(data)


@settings(max_examples=120, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_inputs_parse_or_raise_reader_error(data):
    _parse_bounded(data)


@settings(max_examples=60, deadline=5000)
@given(st.binary(max_size=2000))
def test_random_bytes_parse_or_raise_reader_error(data):
    _parse_bounded(data)


def test_truncated_html_still_parses():
    issue = _parse_bounded(MAILCHIMP_LIKE.encode()[: len(MAILCHIMP_LIKE) * 2 // 3])
    assert issue is not None
    assert issue.items[0].title == "Nieuwe rotonde bij het station"


def test_invalid_utf8_html_parses():
    data = MAILCHIMP_LIKE.replace('<meta charset="utf-8">', "").encode() + b"\xff\xfe\xc3("
    issue = _parse_bounded(data)
    assert issue is not None
    assert issue.items


def test_tags_nested_ten_thousand_deep():
    data = b"<html><body>" + b"<div>" * 10_000 + b"<p>diep</p>" + b"</div>" * 10_000 + b"</body></html>"
    _parse_bounded(data)


def test_fifty_megabytes_of_html_is_refused_quickly():
    block = b"<p><a href='https://example.org/x'>Titel</a> tekst tekst tekst</p>\n"
    data = b"<html><body>" + block * (50_000_000 // len(block)) + b"</body></html>"
    start = time.monotonic()
    with pytest.raises(ReaderError) as info:
        parse_bytes(data, name="huge.html")
    assert time.monotonic() - start < 3.0
    assert info.value.kind == ErrorKind.TOO_LARGE


CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
CORPUS_FILES = sorted(p for p in CORPUS.glob("*/*") if p.is_file() and p.suffix != ".json")


@st.composite
def corpus_mutant(draw: st.DrawFn) -> bytes:
    """A real newsletter from the shared corpus, cut, flipped, spliced or duplicated."""
    data = bytearray(draw(st.sampled_from(CORPUS_FILES)).read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["cut", "flip", "insert", "delete", "dup"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "cut":
            del data[pos:]
        elif op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.sampled_from(
                [b"<", b"</td>", b"<table>", b"\x00", b"-", b"\n\n", b"%PDF-", b"]]>", b"&#", b"\xff"]))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 2000))]
        elif op == "dup":
            data[pos:pos] = data[pos:pos + draw(st.integers(1, 5000))]
    return bytes(data)


@needs_shared
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpus_mutant())
def test_mutated_corpus_files_parse_or_raise_only_the_documented_error(data):
    _parse_bounded(data, limit=15.0)
