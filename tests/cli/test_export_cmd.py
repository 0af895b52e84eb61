"""`helder export` run as a script would: a real process, a real newsletter file, each format."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from reader.core.sources.parse import parse_file

ROOT = Path(__file__).resolve().parents[2]

# A plain-text newsletter in the usual layout: title, theme, summary, "Lees meer".
NEWSLETTER = """\
Nieuwe regels voor terrassen
Economie

Het college stelt ruimere openingstijden voor terrassen voor in het centrum.

Lees meer

Bibliotheek krijgt extra filiaal
Cultuur

In de wijk Oost opent volgend jaar een nieuwe vestiging van de bibliotheek.

Lees meer

Fietspad langs de dijk vernieuwd
Verkeer

Het fietspad langs de dijk wordt in mei verbreed en krijgt nieuwe verlichting.

Lees meer
"""
STORIES = ["Nieuwe regels voor terrassen", "Bibliotheek krijgt", "Fietspad langs de dijk"]


def helder(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def newsletter(tmp_path: Path) -> Path:
    path = tmp_path / "raadsinformatie.txt"
    path.write_text(NEWSLETTER, encoding="utf-8")
    return path


@pytest.fixture
def titles(newsletter: Path) -> list[str]:
    """The item titles as the parser lists them (exactly what the GUI's list shows)."""
    issue = parse_file(newsletter)
    found = [item.title for item in issue.items]
    # Whatever the parser makes of the theme lines, it finds the three stories in order.
    assert len(found) == 3
    assert all(story in title for story, title in zip(STORIES, found, strict=True))
    return found


class Headings(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []
        self._tag: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag in {"h1", "h2"}:
            self._tag = tag
            self.found.append((tag, ""))

    def handle_endtag(self, tag):
        if tag == self._tag:
            self._tag = None

    def handle_data(self, data):
        if self._tag:
            tag, text = self.found[-1]
            self.found[-1] = (tag, text + data)


def test_docx_of_chosen_items_in_the_given_order(newsletter, titles, tmp_path):
    out = tmp_path / "b.docx"
    done = helder(
        "export",
        newsletter,
        "--items",
        "3,1",
        "--format",
        "docx",
        "--out",
        out,
        "--title",
        "Voor Jan",
    )
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(out))
    headings = [(p.style.name, p.text) for p in document.paragraphs if "Heading" in p.style.name]
    assert headings == [
        ("Heading 1", "Voor Jan"),
        ("Heading 2", f"1. {titles[2]}"),
        ("Heading 2", f"2. {titles[0]}"),
    ]


def test_html_of_all_items_by_default(newsletter, titles, tmp_path):
    out = tmp_path / "b.html"
    done = helder("export", newsletter, "--format", "html", "--out", out)
    assert done.returncode == 0, done.stderr
    parser = Headings()
    parser.feed(out.read_text(encoding="utf-8"))
    assert [tag for tag, _ in parser.found] == ["h1", "h2", "h2", "h2"]
    assert [text for _, text in parser.found[1:]] == [
        f"{n}. {t}" for n, t in enumerate(titles, start=1)
    ]


def test_txt_with_format_taken_from_the_file_name(newsletter, titles, tmp_path):
    out = tmp_path / "b.txt"
    done = helder("export", newsletter, "--items", "2", "--out", out)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert f"1. {titles[1]}" in text
    assert titles[0] not in text


def test_pdf(newsletter, titles, tmp_path):
    out = tmp_path / "b.pdf"
    done = helder("export", newsletter, "--items", "1-2", "--format", "pdf", "--out", out)
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert text.index(titles[0]) < text.index(titles[1])
    assert titles[2] not in text


def test_wav(newsletter, titles, tmp_path):
    out = tmp_path / "b.wav"
    done = helder("export", newsletter, "--items", "1", "--format", "wav", "--out", out)
    assert done.returncode == 0, done.stderr
    with wave.open(str(out), "rb") as wav:
        seconds = wav.getnframes() / wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    assert seconds > 3
    assert frames.count(0) < len(frames) * 0.9  # not silence


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ("4", "there is no item 4"),
        ("0", "there is no item 0"),
        ("1,x", "'x' is not a number"),
        ("2,2", "item 2 is given twice"),
    ],
)
def test_bad_item_numbers_give_one_line(newsletter, titles, tmp_path, items, message):
    out = tmp_path / "b.txt"
    done = helder("export", newsletter, "--items", items, "--out", out)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("helder export: invalid argument")
    assert message in done.stderr
    assert not out.exists()


def test_bad_format_gives_one_line(newsletter, tmp_path):
    done = helder("export", newsletter, "--format", "odt", "--out", tmp_path / "b.odt")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "not supported" in done.stderr
    assert "docx|html|txt|pdf|wav" in done.stderr
    done = helder("export", newsletter, "--out", tmp_path / "b.unknown")
    assert done.returncode == 2
    assert "not supported" in done.stderr


def test_missing_file_gives_one_line(tmp_path):
    done = helder("export", tmp_path / "nope.txt", "--out", tmp_path / "b.txt")
    assert done.returncode == 2
    assert done.stderr.strip() == f"helder export: file not found: {tmp_path / 'nope.txt'}"


def test_unwritable_output_gives_one_line(newsletter, tmp_path):
    done = helder("export", newsletter, "--out", tmp_path / "no" / "such" / "dir" / "b.txt")
    assert done.returncode == 2
    assert done.stderr.startswith("helder export: the export could not be written")


def test_empty_item_list_is_refused(newsletter, tmp_path):
    out = tmp_path / "b.txt"
    done = helder("export", newsletter, "--items", "", "--out", out)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "--items is empty" in done.stderr
    assert not out.exists()


def test_format_that_contradicts_the_file_name_is_refused(newsletter, tmp_path):
    out = tmp_path / "b.docx"
    done = helder("export", newsletter, "--format", "pdf", "--out", out)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "does not end in .pdf" in done.stderr
    assert not out.exists()


def test_a_name_without_extension_gets_the_formats(newsletter, tmp_path):
    done = helder("export", newsletter, "--format", "pdf", "--out", tmp_path / "briefing")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "briefing.pdf").read_bytes().startswith(b"%PDF")


def test_the_newsletter_itself_is_never_overwritten(tmp_path):
    source = tmp_path / "same.txt"
    source.write_text(NEWSLETTER, encoding="utf-8")
    done = helder("export", source, "--format", "txt", "--out", source)
    assert done.returncode == 2
    assert "is the newsletter itself" in done.stderr
    assert source.read_text(encoding="utf-8") == NEWSLETTER


def test_sigterm_during_audio_export_leaves_nothing_behind(tmp_path):
    long_text = "\n\n".join(
        f"Onderwerp nummer {n}\nThema\n\n" + "Een lange zin over de gemeenteraad. " * 40
        for n in range(1, 25)
    )
    source = tmp_path / "lang.txt"
    source.write_text(long_text, encoding="utf-8")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch)}
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "export", str(source), "--out", str(out / "a.wav")],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    # Wait until speech is being written, then stop the export as a shutdown would.
    import time

    deadline = time.monotonic() + 120
    while not any(scratch.rglob("*.wav")) and process.poll() is None:
        assert time.monotonic() < deadline, "the export never started writing speech"
        time.sleep(0.05)
    process.terminate()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode in (0, 143), stderr
    assert "Traceback" not in stderr
    if process.returncode == 143:
        assert list(out.iterdir()) == []
    assert list(scratch.iterdir()) == []
