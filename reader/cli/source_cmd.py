"""`helder source rename|pause|resume|remove SOURCE [NAME]`: manage one source."""

from __future__ import annotations

import argparse

from reader.cli.library_common import find_source, open_library
from reader.core.errors import ErrorKind, ReaderError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of `source`."""
    parser.add_argument("action", choices=["rename", "pause", "resume", "remove"])
    parser.add_argument("source", help="id, address or name")
    parser.add_argument("name", nargs="?", help="the new name (rename)")


def run(args: argparse.Namespace) -> int:
    """Apply the action to the source."""
    library = open_library()
    try:
        source = find_source(library, args.source)
        if args.action == "rename":
            if not args.name:
                raise ReaderError(ErrorKind.NOT_FOUND, "a new name")
            library.writer.rename_source(source.id, args.name)
        elif args.action in ("pause", "resume"):
            library.writer.set_paused(source.id, args.action == "pause")
        else:
            library.writer.remove_source(source.id)
        print(f"{args.action}: {source.name}")
        return 0
    finally:
        library.close()
