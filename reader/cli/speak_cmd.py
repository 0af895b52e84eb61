"""`helder speak PATH [--items 1,3] --out FILE`: write items as speech to an audio file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Issue, Item

if TYPE_CHECKING:
    from reader.core.speech.engines.synth import Synthesizer
    from reader.core.speech.prefetch import SpeechSettings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of `speak`."""
    parser.add_argument("path", help="newsletter file (or an issue saved with `parse --json`)")
    parser.add_argument("--items", help="item numbers as shown in the list, e.g. 1,3 or 2-5")
    parser.add_argument("--out", required=True, help="audio file to write: .wav, .mp3 or .opus")
    parser.add_argument("--rate", type=int, default=175, help="words per minute (default 175)")
    parser.add_argument("--volume", type=float, default=1.0, help="0 to 2, 1 is normal")
    parser.add_argument(
        "--voice",
        metavar="KEY|LANG",
        help="speak all items with this voice (en_US-joe-medium, gmw/nl; see `helder voices`) "
        "or in this language (nl, en)",
    )
    parser.add_argument("--titles", action="store_true", help="read only the titles")
    parser.add_argument("--pronunciations", metavar="FILE", help="your pronunciation list (JSON)")
    parser.add_argument("--quiet", action="store_true", help="print no progress")


def parse_item_numbers(spec: str | None, count: int) -> list[int]:
    """Return 0-based indexes for item numbers such as "1,3" or "2-4" (counting from 1)."""
    if not spec:
        return list(range(count))
    result: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        low, sep, high = part.partition("-")
        try:
            first = int(low)
            last = int(high) if sep else first
        except ValueError:
            raise ReaderError(ErrorKind.BAD_ARGUMENT, f"item {part!r} is not a number") from None
        for number in (first, last):
            if not 1 <= number <= count:
                raise ReaderError(ErrorKind.BAD_ARGUMENT, f"no item {number} (items 1-{count})")
        result.extend(n - 1 for n in range(first, last + 1) if n - 1 not in result)
    return result


def load_issue(path: str) -> Issue:
    """Parse a newsletter file; a JSON file made by `helder parse --json` is read as is."""
    p = Path(path)
    if p.suffix.lower() == ".json":
        from reader.core.sources.parse import read_input

        try:
            data = json.loads(read_input(p))
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("items"), list):
            return Issue.from_dict(data)
    from reader.core.sources.parse import parse_file

    return parse_file(p)


def voice_settings(
    synth: Synthesizer, voice: str | None, *, rate_wpm: int, volume: float
) -> SpeechSettings:
    """Return how to speak for --voice: a voice id speaks everything in its own language."""
    from reader.core.speech.prefetch import SpeechSettings

    if not voice:
        return SpeechSettings(rate_wpm=rate_wpm, volume=volume)
    found = next((v for v in synth.voices() if v.id == voice), None)
    if found is None:
        looks_like_id = "/" in voice or "_" in voice or voice.count("-") > 1
        if looks_like_id:
            raise ReaderError(
                ErrorKind.NOT_FOUND, f"no voice {voice!r}; `helder voices` lists the installed ones"
            )
        return SpeechSettings(rate_wpm=rate_wpm, volume=volume, language=voice)
    language = found.language.split("-")[0]
    return SpeechSettings(
        rate_wpm=rate_wpm, volume=volume, voices={language: found.id}, language=language
    )


def run(args: argparse.Namespace) -> int:
    """Write the chosen items as speech to the output file."""
    from reader.core.speech.audio_export import export_items
    from reader.core.speech.engines.synth import available_synthesizer
    from reader.core.speech.pronunciation import PronunciationList

    issue = load_issue(args.path)
    if not issue.items:
        raise ReaderError(ErrorKind.EMPTY, f"{args.path}: no items")
    chosen: list[Item] = [issue.items[i] for i in parse_item_numbers(args.items, len(issue.items))]
    words = PronunciationList.load(args.pronunciations) if args.pronunciations else None
    synth = available_synthesizer()
    settings = voice_settings(synth, args.voice, rate_wpm=args.rate, volume=args.volume)

    def progress(done: int, total: int) -> None:
        if not args.quiet:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        seconds = export_items(
            chosen,
            args.out,
            synth,
            settings=settings,
            pronunciations=words or PronunciationList(),
            language=issue.language or "nl",
            titles_only=args.titles,
            progress=progress,
        )
    finally:
        synth.close()
    if not args.quiet:
        print(file=sys.stderr)
    print(f"{args.out}: {len(chosen)} items, {seconds:.1f} s")
    spoken = [Item(title="", language=args.voice)] if args.voice else chosen
    print(f"voices: {_voices_used(synth, spoken, issue.language or 'nl')}")
    return 0


def _voices_used(synth: object, items: list[Item], default: str) -> str:
    """Name the voice each language of the items was read with ("fr: French (fr-fr)")."""
    languages = sorted({it.language or default for it in items})
    names = []
    for language in languages:
        try:
            voice = synth.voice_for(language)  # type: ignore[attr-defined]
        except Exception:  # the report must not fail an export that succeeded
            voice = None
        names.append(f"{language}: {voice.name} ({voice.language})" if voice else
                     f"{language}: the engine's default voice")
    return "; ".join(names)
