"""Bounded parsing: a time budget that ends with the documented message, and an item cap."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.sources import budget
from reader.core.sources.parse import parse_bytes

REPO = Path(__file__).resolve().parents[3]


def _stories(count: int) -> bytes:
    return ("<html><body>" + "".join(
        f"<h2><a href='https://x.example/{n}'>Story number {n} of this issue</a></h2>"
        f"<p>The text of story {n}, long enough to be a paragraph a reader wants.</p>"
        for n in range(count)) + "</body></html>").encode()


def test_past_the_time_budget_parsing_ends_with_the_documented_message():
    with pytest.raises(ReaderError) as info, budget.limits("slow.html", seconds=0):
        parse_bytes(_stories(50), name="slow.html")
    assert info.value.kind is ErrorKind.TOO_LARGE
    assert info.value.one_line() == ("the file is too large: slow.html: parsing took longer "
                                     "than 0 s, the limit for one issue")


@pytest.mark.parametrize("kind", ["html", "text", "feed"])
def test_past_the_item_cap_the_first_items_are_kept_and_the_issue_says_so(kind):
    data = {
        "html": _stories(30),
        "text": "\n".join(f"- [Story number {n} of this issue] (<https://x.example/{n}>)"
                          for n in range(30)).encode(),
        "feed": ("<rss version='2.0'><channel><title>F</title>" + "".join(
            f"<item><title>Story number {n}</title><link>https://x.example/{n}</link></item>"
            for n in range(30)) + "</channel></rss>").encode(),
    }[kind]
    with budget.limits("big", max_items=10):
        issue = parse_bytes(data, name=f"big.{kind}")
    assert len(issue.items) == 10
    assert issue.items[0].title.startswith("Story number 0")
    assert issue.truncated == "only the first 10 of 30 items were kept"
    assert parse_bytes(data, name=f"small.{kind}").truncated is None


def test_a_document_longer_than_the_line_limit_is_read_up_to_there():
    links = "".join(f"<li><a href='https://x.example/{n}'>Archive entry {n} of the year</a></li>"
                    for n in range(3000))
    with budget.limits("farm.html", max_items=20):  # 100 lines at most
        issue = parse_bytes(f"<html><body><ul>{links}</ul></body></html>".encode(),
                            name="farm.html")
    assert issue.truncated is not None
    assert issue.truncated.startswith("only the first 100 lines were read")
    assert 0 < len(issue.items) <= 20


def test_helder_parse_says_when_items_were_left_out(tmp_path):
    path = tmp_path / "many.txt"
    path.write_text("\n".join(f"- [Story {n} of a very long digest] (<https://x.example/{n}>)"
                              for n in range(2100)), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "reader", "parse", str(path)], cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "note: only the first 2000 of 2100 items were kept"
    assert done.stdout.count("\n") == 2001  # the title line and 2000 items
