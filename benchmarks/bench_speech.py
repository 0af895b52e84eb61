"""Time from a read command to the first audio ready, beside espeak-ng's own time.

Run: `PYTHONPATH=. python benchmarks/bench_speech.py` (the lead's `make bench`).
Prints medians of 5 runs for the title and the first sentence of the seed item.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reader.core.models import Issue, Item
from reader.core.speech.engines.synth import Synthesizer, available_synthesizer
from reader.core.speech.prefetch import Prefetcher
from reader.core.speech.pronunciation import PronunciationList
from reader.core.speech.queue import ReadingQueue
from reader.core.speech.sentences import TextField, TextPosition, Utterance

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / ".." / "shared" / "seed" / "000_f6d78b198d0fc7c9.txt"
RUNS = 5
# The seed's first item as the parser should deliver it, for when the parser cannot.
FALLBACK = Item(
    "ALV stemt in met herijking VNG-inzet voor nieuw kabinet",
    None,
    (
        "De extra Algemene ledenvergadering van de VNG (op 24 mei) heeft met 98.8% van de "
        "stemmen ingestemd met de resolutie Nieuw kabinet, gebruik en borg de kracht van het "
        "lokaal bestuur (pdf, 587 kB). De VNG wil snel aan tafel met het nieuwe kabinet om het "
        "hoofdlijnenakkoord uit te werken tot een voor gemeenten uitvoerbaar regeerprogramma.",
    ),
    language="nl",
)


def seed_issue() -> tuple[Issue, str]:
    """Return the seed issue parsed, or the literal first item if parsing fails."""
    try:
        from reader.core.sources.parse import parse_file

        issue = parse_file(SEED)
        if issue.items and issue.items[0].summary:
            return issue, "parsed seed"
    except Exception as exc:  # the parser may still be a stub on this branch
        print(f"(seed not parsed: {exc!r}; using its first item literally)", file=sys.stderr)
    return Issue("seed", (FALLBACK,), language="nl"), "literal seed item"


def time_read(
    synth: Synthesizer, issue: Issue, start: TextPosition | None
) -> tuple[float, Utterance]:
    """Return seconds from the read command to the first utterance's audio being ready."""
    prefetcher = Prefetcher(synth, pronunciations=PronunciationList())
    try:
        began = time.perf_counter()
        queue = ReadingQueue(issue.items, language=issue.language or "nl")
        first = queue.read_item(0, start)
        assert first is not None
        prefetcher.request(queue.upcoming(3))
        assert prefetcher.wait(first, timeout=10) is not None
        return time.perf_counter() - began, first
    finally:
        prefetcher.close()


def time_espeak(text: str, voice: str, folder: Path) -> float:
    """Return espeak-ng's own time to write the same text to a WAV file."""
    began = time.perf_counter()
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(folder / "ref.wav"), text], check=True)
    return time.perf_counter() - began


def main() -> int:
    """Print the medians and their ratio."""
    issue, source = seed_issue()
    synth = available_synthesizer()  # made once at app start, not per read
    voice = synth.voice_for(issue.items[0].language or issue.language or "nl")
    print(f"engine {synth.name}, voice {voice.id if voice else '?'}, {source}, median of {RUNS}")
    cases = [("title", None), ("first sentence", TextPosition(TextField.SUMMARY, 0, 0))]
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        time_read(synth, issue, None)  # warm the disk cache, as any earlier read would
        for label, start in cases:
            ours, espeak = [], []
            for _ in range(RUNS):
                seconds, first = time_read(synth, issue, start)
                ours.append(seconds)
                text = PronunciationList().apply(first.spoken, first.language)
                espeak.append(time_espeak(text, voice.id if voice else "nl", folder))
            a, b = statistics.median(ours), statistics.median(espeak)
            worst = max(worst, a / b)
            print(
                f"{label:15} read->audio {a * 1000:6.1f} ms   espeak-ng {b * 1000:6.1f} ms   "
                f"ratio {a / b:4.2f}   ({len(first.text)} chars)"
            )
    print(f"worst ratio {worst:.2f} (aim <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
