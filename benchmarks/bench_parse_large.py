"""Parse times of oversized inputs that once took a minute (issue 12), and what the budget does.

Acceptance: a 400 KB single paragraph <= 1 s, an HTML page with 120,000 links <= 3 s, a 540 KB
one-page PDF <= 5 s. The language model is loaded before timing: it is loaded once per process.
Run: PYTHONPATH=. python benchmarks/bench_parse_large.py
"""

from __future__ import annotations

import io
import random
import time

from reader.core.errors import ReaderError
from reader.core.sources.parse import parse_bytes
from reader.core.text.language import guess_language

_WORDS = str.split(
    "de gemeente raad besluit plan nieuwe wijk budget jaar inwoners straat school wethouder "
    "Utrecht Amsterdam de het een van en dat die voor met op te zijn niet ook om")


def one_paragraph(target: int = 400_000) -> bytes:
    """Sentences on one line, no blank line anywhere: 400 KB of one paragraph."""
    rng = random.Random(12)
    out: list[str] = []
    size = 0
    while size < target:
        sentence = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 20)))
        sentence = sentence[0].upper() + sentence[1:] + rng.choice([".", ".", "?", ";"]) + " "
        out.append(sentence)
        size += len(sentence)
    return "".join(out).encode()


def many_links(count: int = 120_000) -> bytes:
    """A web page of 120,000 links: a long list, then a paragraph of inline links."""
    half = count // 2
    items = "".join(f"<li><a href='https://x.example/a/{n}'>Story {n} of the archive</a></li>"
                    for n in range(half))
    inline = " ".join(f"<a href='https://x.example/b/{n}'>tag{n}</a>" for n in range(count - half))
    return (f"<html><body><h1>Archive</h1><ul>{items}</ul><p>{inline}</p></body></html>").encode()


def one_page_pdf(target: int = 540_000) -> bytes:
    """A one-page PDF whose content stream holds about 540 KB of positioned text."""
    rng = random.Random(3)
    ops: list[bytes] = []
    size = 0
    n = 0
    while size < target:
        text = " ".join(rng.choice(_WORDS) for _ in range(12)).encode()
        x, y = 20 + (n % 3) * 190, 820 - (n // 3 % 400) * 2
        op = b"BT /F1 %.1f Tf %d %d Td (%s) Tj ET\n" % (6 + n % 5, x, y, text)
        ops.append(op)
        size += len(op)
        n += 1
    stream = b"".join(ops)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
               b"/Resources << /Font << /F1 3 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def _time(name: str, data: bytes, limit: float) -> None:
    start = time.perf_counter()
    try:
        issue = parse_bytes(data, name=name)
        what = f"{len(issue.items)} items"
    except ReaderError as exc:
        what = f"stopped: {exc.one_line()}"
    seconds = time.perf_counter() - start
    verdict = "ok" if seconds <= limit else "TOO SLOW"
    print(f"{name}: {len(data) / 1000:.0f} KB, {seconds:.2f} s (limit {limit:.0f} s, {verdict}); "
          f"{what}")


def main() -> None:
    """Print the parse time of each oversized input."""
    guess_language("Een zin die lang genoeg is om het taalmodel te laden voor het meten.")
    _time("paragraph.txt", one_paragraph(), 1.0)
    _time("links.html", many_links(), 3.0)
    _time("one-page.pdf", one_page_pdf(), 5.0)


if __name__ == "__main__":
    main()
