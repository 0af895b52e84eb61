"""`helder voices [list|catalogue|install|install-file|remove]`: manage Piper voices."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the actions of `voices`."""
    parser.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=["list", "catalogue", "install", "install-file", "remove"],
        help="list (default): installed voices; catalogue: voices to install; "
        "install KEY; install-file PATH (a .onnx file or a folder); remove KEY",
    )
    parser.add_argument("target", nargs="?", help="a voice key such as nl_NL-mls-medium, or a path")
    parser.add_argument("--language", help="catalogue: only this language (nl, en, de, fr)")
    parser.add_argument("--url", help="catalogue address (default: the Piper voices release)")
    parser.add_argument("--quiet", action="store_true", help="print no progress")


def megabytes(size: int) -> str:
    """Return a size as people read it: "63 MB"."""
    return f"{size / 1_000_000:.0f} MB"


def print_installed() -> None:
    """Print the installed voices per language, then which engine speaks the main languages."""
    from reader.core.speech.voices.piper_voices import installed_voices

    voices = installed_voices()
    if not voices:
        print("no Piper voices installed; espeak-ng speaks every language")
    for v in voices:
        where = f"package {v.package}" if v.package else str(v.model.parent)
        licence = v.licence or "licence unknown"
        print(f"{v.key:28} {v.language_name:28} {v.quality:7} {megabytes(v.size):>7}  "
              f"{licence:10} {where}")
    from reader.core.speech.engines.synth import available_synthesizer

    try:
        synth = available_synthesizer()
    except ReaderError:
        return
    describe = getattr(synth, "describe", None)
    for language in ("nl", "en", "fr", "de"):
        if describe is not None:
            engine, voice = describe(language)
        else:
            found = synth.voice_for(language)
            engine, voice = synth.name, found.name if found else "?"
        print(f"{language}: {engine}, {voice}")
    synth.close()


def print_catalogue(args: argparse.Namespace) -> None:
    """Print the catalogue's voices (optionally of one language)."""
    from reader.core.speech.voices.piper_catalogue import fetch_catalogue

    for v in fetch_catalogue(args.url):
        if args.language and v.base_language != args.language.lower():
            continue
        print(f"{v.key:28} {v.language_english:28} {v.quality:7} {megabytes(v.size):>7}")


def install_key(args: argparse.Namespace) -> None:
    """Download, verify and install one catalogue voice; Ctrl+C cancels and keeps nothing."""
    from reader.core.speech.voices.piper_catalogue import catalogue_url, fetch_catalogue
    from reader.core.speech.voices.piper_voices import install

    if not args.target:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, "which voice? e.g. nl_NL-mls-medium")
    base = args.url or catalogue_url()
    voice = next((v for v in fetch_catalogue(base) if v.key == args.target), None)
    if voice is None:
        raise ReaderError(ErrorKind.NOT_FOUND, f"no voice {args.target!r} in the catalogue")
    cancel = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: cancel.set())
    shown = -1

    def progress(done: int, total: int) -> None:
        nonlocal shown
        percent = done * 100 // max(total, 1)
        if not args.quiet and percent != shown:
            shown = percent
            print(f"\r{voice.key}: {percent}% of {megabytes(total)}", end="", file=sys.stderr,
                  flush=True)

    try:
        installed = install(voice, base, progress=progress, cancel=cancel)
    finally:
        if not args.quiet:
            print(file=sys.stderr)
    print(f"installed {installed.key} in {installed.model.parent}")


def run(args: argparse.Namespace) -> int:
    """Carry out the action."""
    from reader.core.speech.voices import piper_voices

    if args.action == "list":
        print_installed()
    elif args.action == "catalogue":
        print_catalogue(args)
    elif args.action == "install":
        install_key(args)
    elif args.action == "install-file":
        if not args.target:
            raise ReaderError(ErrorKind.BAD_ARGUMENT, "which file or folder?")
        for voice in piper_voices.install_from_path(Path(args.target)):
            print(f"installed {voice.key} in {voice.model.parent}")
    else:
        if not args.target:
            raise ReaderError(ErrorKind.BAD_ARGUMENT, "which voice?")
        piper_voices.remove(args.target, voices=piper_voices.installed_voices())
        print(f"removed {args.target}")
    return 0
