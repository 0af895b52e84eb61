"""Export figures: seconds to write a 13-item and a 55-item briefing in each document format.

Run with `make bench` (or `python benchmarks/bench_export.py`). The briefings are built in
memory; the files go to a temporary folder. The first PDF includes scanning the fonts once.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.briefing.model import Briefing, BriefingEntry
from reader.core.export import export_briefing

SENTENCE = ("De gemeenteraad bespreekt de modelhuisvestingsverordening en de gevolgen voor "
            "woningbouw in middelgrote gemeenten. ")
FORMATS = ("docx", "html", "txt", "pdf")
ROUNDS = 3


def briefing(items: int) -> Briefing:
    """Return a briefing of `items` items with three-paragraph summaries and some notes."""
    entries = tuple(
        BriefingEntry(
            title=f"Onderwerp {n}: raadsvoorstel over wonen en zorg",
            category="Wonen",
            summary=(SENTENCE * 4, SENTENCE * 3, SENTENCE * 2),
            link=f"https://example.org/nieuws/{n}",
            source_title="VNG Nieuwsbrief",
            note="Bespreken met de griffier." if n % 3 == 0 else "",
        )
        for n in range(1, items + 1)
    )
    return Briefing(title="Briefing raadsvergadering", language="nl", entries=entries)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="helder-bench-export-") as folder:
        start = time.perf_counter()
        export_briefing(briefing(1), "pdf", Path(folder) / "warm.pdf")
        print(f"export: first PDF (font scan included)      {time.perf_counter() - start:6.2f} s")
        for items in (13, 55):
            data = briefing(items)
            for fmt in FORMATS:
                times = []
                for _ in range(ROUNDS):
                    start = time.perf_counter()
                    out = export_briefing(data, fmt, Path(folder) / f"b{items}.{fmt}")
                    times.append(time.perf_counter() - start)
                size_kb = out.stat().st_size / 1024
                median = statistics.median(times)
                print(f"export: {items:2d} items as {fmt:4s}  median {median:6.2f} s"
                      f"  ({size_kb:7.1f} kB)")


if __name__ == "__main__":
    main()
