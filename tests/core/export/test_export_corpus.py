"""Real newsletters through every document export: a document or one line, never a traceback.

The corpus is read from ../shared (never copied into the repository).
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import pytest

from reader.__main__ import main
from reader.core.briefing.model import Briefing
from reader.core.export.audio import espeak_synthesize, export_wav
from reader.core.sources.parse import parse_file
from tests.conftest import SEED, SHARED

CORPUS = SHARED / "corpus"
FILES = sorted(
    p for p in CORPUS.rglob("*")
    if p.is_file() and p.parent.name not in ("expected", "expected-new") and p.name != "README.md"
) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not FILES, reason="../shared/corpus is not beside the repo")
SIGNATURES = {"docx": b"PK", "html": b"<!DOCTYPE html>", "txt": b"", "pdf": b"%PDF-"}


def pdfua_problems(path: Path) -> list[str]:
    """Return what the PDF/UA essentials checked in test_export_pdf find wrong in a file."""
    import pikepdf

    from tests.core.pdf_checks import font_problems, link_annotations, structure, xmp

    problems = []
    with pikepdf.open(path) as pdf:
        if xmp(pdf)["pdfuaid:part"] != "1" or "/StructTreeRoot" not in pdf.Root:
            problems.append("not tagged PDF/UA-1")
        if pdf.Root.get("/ViewerPreferences", {}).get("/DisplayDocTitle") is not True:
            problems.append("no DisplayDocTitle")
        tagged = {a.objgen for e in structure(pdf) if e.role == "/Link" for a in e.annotations}
        for page, annot in link_annotations(pdf):
            if annot.objgen not in tagged or not str(annot.get("/Contents", "")).strip():
                problems.append(f"link on page {page} untagged or undescribed")
        problems += [f"page {n}: no /Tabs /S" for n, page in enumerate(pdf.pages, start=1)
                     if page.obj.get("/Tabs") != "/S"]
        problems += font_problems(pdf)
    return problems


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_every_corpus_file_exports_to_every_document_format(path, tmp_path, capsys):
    for fmt, signature in SIGNATURES.items():
        out = tmp_path / f"briefing.{fmt}"
        try:
            code = main(["export", str(path), "--format", fmt, "--out", str(out)])
        except Exception:  # a traceback is exactly what must not happen
            pytest.fail(f"{fmt}: {traceback.format_exc()}")
        captured = capsys.readouterr()
        if code == 0:
            data = out.read_bytes()
            assert data.startswith(signature), (fmt, data[:40])
            if fmt in ("html", "txt"):
                assert "\x00" not in data.decode("utf-8")
            if fmt == "pdf":
                assert pdfua_problems(out) == []
        else:
            assert code == 2, (fmt, code)
            lines = captured.err.strip().splitlines()
            assert len(lines) == 1, captured.err
            assert lines[0].startswith("helder export: ")
            assert not out.exists()
        assert not list(tmp_path.glob(".*.part"))


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is not beside the repo")
def test_the_seeds_audio_never_speaks_its_file_name(tmp_path):
    issue = parse_file(str(SEED))
    spoken: list[str] = []

    def speak(text: str, language: str, wav: Path) -> None:
        spoken.append(text)
        espeak_synthesize(text, language, wav)

    briefing = Briefing.from_issue(issue)
    from reader.core.export import export_briefing

    out = export_briefing(briefing, "wav", tmp_path / "seed.wav", synthesize=speak)
    assert out.stat().st_size > 100_000  # real speech was written
    assert len(spoken) > 20
    name = SEED.stem
    assert [t for t in spoken if name in t or name[:8] in t] == []
    assert [t for t in spoken if ".txt" in t] == []


def test_a_file_name_is_no_title_in_any_format(tmp_path):
    from reader.core.export import export_briefing
    from reader.core.models import Issue, Item

    issue = Issue(title="000_f6d78b198d0fc7c9", source="/data/000_f6d78b198d0fc7c9.txt",
                  language="nl").with_items([Item(title="Woningbouw", summary=("Tekst.",))])
    briefing = Briefing.from_issue(issue)
    for fmt in ("html", "txt"):
        out = export_briefing(briefing, fmt, tmp_path / f"b.{fmt}")
        assert "f6d78b198d0fc7c9" not in out.read_text(encoding="utf-8")
    spoken = []
    export_wav(briefing, tmp_path / "b.wav",
               synthesize=lambda text, lang, wav: (spoken.append(text),
                                                   espeak_synthesize(text, lang, wav)))
    assert not [t for t in spoken if "f6d78b" in t]


def test_text_xml_cannot_hold_is_dropped_not_fatal(tmp_path):
    import docx

    from reader.core.briefing.model import BriefingEntry
    from reader.core.export import export_briefing

    entry = BriefingEntry(title="Club 4399 Page 1\x00", summary=("Issue #48\x00\x01 tekst",),
                          note="noot\x0b")
    briefing = Briefing(title="Titel\x01", entries=(entry,))
    document = docx.Document(str(export_briefing(briefing, "docx", tmp_path / "b.docx")))
    assert "Club 4399 Page 1" in [p.text for p in document.paragraphs][1]
    html = export_briefing(briefing, "html", tmp_path / "b.html").read_text(encoding="utf-8")
    assert "\x00" not in html
    assert "\x01" not in html
    assert "Issue #48 tekst" in html


@pytest.mark.parametrize("fmt", ["docx", "html", "txt", "pdf", "wav"])
def test_read_only_medium_gives_one_line_and_no_traceback(tmp_path, fmt):
    # A write-protected USB stick: a read-only tmpfs, mounted in a private mount namespace
    # (unshare), so nothing outside this one command sees it.
    import os
    import shlex
    import subprocess

    source = tmp_path / "nieuws.txt"
    source.write_text("Woningbouw versnelt\nWonen\n\nDe minister wil sneller bouwen.\n",
                      encoding="utf-8")
    stick = tmp_path / "stick"
    stick.mkdir()
    command = (f"mount -t tmpfs -o ro,size=1m tmpfs {shlex.quote(str(stick))} && exec "
               + shlex.join([sys.executable, "-m", "reader", "export", str(source),
                             "--out", str(stick / f"a.{fmt}")]))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    done = subprocess.run(["unshare", "-rm", "sh", "-c", command], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert "Read-only file system" in done.stderr
    assert ".part" not in done.stderr  # the message names the user's file, not ours


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__]))


@needs_corpus
def test_libreoffice_opens_the_docx_of_every_corpus_file(tmp_path):
    import os
    import shutil
    import subprocess

    from reader.core.errors import ReaderError
    from reader.core.export import export_briefing

    soffice = shutil.which("soffice")
    assert soffice, "`make setup` did not install LibreOffice (libreoffice-writer-nogui)"
    docs = []
    for number, path in enumerate(FILES):
        try:
            briefing = Briefing.from_issue(parse_file(str(path)))
        except ReaderError:
            continue  # an unreadable newsletter is the parser's one-line message
        docs.append(export_briefing(briefing, "docx", tmp_path / f"{number:02d}.docx"))
    assert len(docs) >= len(FILES) // 2
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
         *map(str, docs)],
        capture_output=True, text=True, timeout=900, check=False,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    converted = sorted(p.stem for p in (tmp_path / "pdf").glob("*.pdf"))
    assert converted == sorted(d.stem for d in docs), done.stderr
