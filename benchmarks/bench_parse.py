"""Median time to parse a 100 KB HTML e-mail issue (acceptance: <= 50 ms).

Run: PYTHONPATH=. python benchmarks/bench_parse.py
The issue is generated here: sections of linked stories in a table layout, like a real mail.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from reader.core.sources.parse import parse_bytes


def make_issue(target: int = 100_000) -> bytes:
    """Build an e-mail-style HTML issue of about `target` bytes."""
    head = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weekly</title>'
            "<style>td{font-family:Arial}</style></head><body><table width='600'>")
    parts = [head]
    n = 0
    while sum(len(p) for p in parts) < target:
        if n % 8 == 0:
            parts.append(f"<tr><td><p><strong><span style='font-size:18px'>Section {n // 8}"
                         "</span></strong></p></td></tr>")
        parts.append(
            f"<tr><td style='padding:10px;font-size:16px'><a href='https://example.org/track?"
            f"id={n}&amp;utm_source=mail' style='color:#07c'><span style='font-size:16px'>Story "
            f"number {n} about something worth reading</span></a><br><span style='font-size:14px'>"
            f"A summary of story {n}, long enough to be a real paragraph that a reader would want "
            "to hear before deciding to open the link.</span><br><a href='https://example.org'>"
            "example.org</a></td></tr>")
        n += 1
    parts.append("<tr><td><p>Unsubscribe from this list.</p></td></tr></table></body></html>")
    return "".join(parts).encode()


def main() -> None:
    """Print the median parse time over repeated runs."""
    data = make_issue()
    parse_bytes(data, name="warm-up.html")
    times = []
    for _ in range(30):
        start = time.perf_counter()
        issue = parse_bytes(data, name="bench.html")
        times.append(time.perf_counter() - start)
    print(f"{len(data) / 1000:.0f} KB e-mail issue, {len(issue.items)} items: "
          f"median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")


def corpus_times() -> None:
    """CPU time to parse each file of ../shared/corpus; the three slowest are printed."""
    from reader.core.sources.parse import parse_file

    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    files = [f for f in sorted(corpus.glob("*/*")) if f.is_file() and f.parent.name != "expected"]
    if not files:
        print("corpus: ../shared/corpus is not beside the repository")
        return
    times = []
    for path in files:
        start = time.process_time()
        parse_file(path)
        times.append((time.process_time() - start, path.name))
    times.sort(reverse=True)
    slowest = ", ".join(f"{name} {secs * 1000:.0f} ms" for secs, name in times[:3])
    print(f"corpus: {len(files)} files, slowest {slowest} (CPU time; aim < 1 s each)")


if __name__ == "__main__":
    main()
    corpus_times()
