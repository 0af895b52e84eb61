"""Median time to parse a 100 KB HTML e-mail issue (acceptance: <= 50 ms).

Run: PYTHONPATH=. python benchmarks/bench_parse.py
The issue is generated here: sections of linked stories in a table layout, like a real mail.
"""

from __future__ import annotations

import statistics
import time

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


if __name__ == "__main__":
    main()
