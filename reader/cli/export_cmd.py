"""`helder export PATH [--items 1,3,5] --format FMT --out FILE`: export items without a window."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.core.errors import ErrorKind, ReaderError

if TYPE_CHECKING:
    from reader.core.models import Issue

_NUMBERS = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")


def parse_item_numbers(spec: str, count: int) -> list[int]:
    """Turn '1,3,5' or '2-4,7' into item numbers (from 1), in the order given.

    Raises ReaderError(BAD_ARGUMENT) for anything that is not a number of an item in the list.
    """
    numbers: list[int] = []
    for part in spec.split(","):
        match = _NUMBERS.match(part)
        if not match:
            raise ReaderError(
                ErrorKind.BAD_ARGUMENT, f"--items {spec!r}: {part.strip()!r} is not a number"
            )
        first = int(match[1])
        last = int(match[2]) if match[2] else first
        step = 1 if last >= first else -1
        for number in range(first, last + step, step):
            if not 1 <= number <= count:
                raise ReaderError(
                    ErrorKind.BAD_ARGUMENT,
                    f"--items: there is no item {number}; the issue has items 1 to {count}",
                )
            if number in numbers:
                raise ReaderError(ErrorKind.BAD_ARGUMENT, f"--items: item {number} is given twice")
            numbers.append(number)
    return numbers


def _issue(path: str, parse_file: Callable[[str], Issue]) -> Issue:
    """Parse a file; a number that is no file is a stored issue's id (mail has no file)."""
    from pathlib import Path

    if path.isdigit() and not Path(path).exists():
        from reader.cli.library_common import open_library

        library = open_library()
        try:
            stored = library.issue(int(path))
        finally:
            library.close()
        if stored is None:
            raise ReaderError(ErrorKind.NOT_FOUND, f"issue {path}")
        return stored
    return parse_file(path)


def _checked_out(out: str, fmt: str, source: str) -> str:
    """Return the file to write: with the format's extension, never the newsletter itself.

    A name without an extension gets the format's; a name whose extension says another
    format is refused, so a PDF never hides behind .docx.
    """
    from pathlib import Path

    from reader.core.export import SUFFIXES, format_for_path

    path = Path(out)
    if not path.suffix:
        path = path.with_name(path.name + SUFFIXES[fmt])
    elif format_for_path(path) != fmt:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, f"--out {out!r} does not end in "
                          f"{SUFFIXES[fmt]}, but the format is {fmt}")
    source_path = Path(source)
    if source_path.exists() and path.exists() and path.resolve() == source_path.resolve():
        raise ReaderError(ErrorKind.BAD_ARGUMENT, f"--out {out!r} is the newsletter itself; "
                          "choose another file name")
    return str(path)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of `export`."""
    parser.add_argument("path", help="newsletter file to take the items from, or the id of a "
                        "stored issue (`helder list SOURCE`)")
    parser.add_argument(
        "--items",
        metavar="LIST",
        help="item numbers as shown in the list, from 1, e.g. 1,3,5 or 2-4 (default: all)",
    )
    parser.add_argument(
        "--format",
        dest="fmt",
        metavar="FORMAT",
        help="docx, html, txt, pdf or wav (default: from the --out file name)",
    )
    parser.add_argument("--out", metavar="FILE", help="file to write (or give --mail-to)")
    parser.add_argument("--title", help="title of the briefing (default: the issue's title)")
    parser.add_argument("--recipient", default="", help="who the briefing is for")
    parser.add_argument("--date", help="date of the briefing (default: the issue's date)")
    from reader.cli.mail_cli import add_send_arguments

    add_send_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Parse the file, build a briefing of the chosen items and export it."""
    from reader.core.briefing.model import Briefing
    from reader.core.export import FORMATS, export_briefing, format_for_path
    from reader.core.sources.parse import parse_file

    if args.out is None and not args.mail_to:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, "give --out FILE or --mail-to ADDRESS")
    fmts: list[str] = []  # attachment formats, when mailing without --out
    if args.mail_to and args.out is None:
        from reader.core.mail.briefing_mail import ATTACHMENT_FORMATS

        fmts = [f.strip().lower() for f in (args.fmt or "docx").split(",") if f.strip()]
        bad = [f for f in fmts if f not in ATTACHMENT_FORMATS]
        if bad:
            raise ReaderError(ErrorKind.UNSUPPORTED, f"attachment {bad[0]!r}; use "
                              f"{'|'.join(ATTACHMENT_FORMATS)}")
    fmt = (args.fmt or format_for_path(args.out or "") or "").lower()
    if args.out is not None and fmt not in FORMATS:
        given = args.fmt or args.out
        raise ReaderError(
            ErrorKind.UNSUPPORTED, f"format {given!r}; use --format {'|'.join(FORMATS)}"
        )
    if args.out is not None:
        args.out = _checked_out(args.out, fmt, args.path)
    if args.items is not None and not args.items.strip():
        raise ReaderError(ErrorKind.BAD_ARGUMENT, "--items is empty; give item numbers, "
                          "e.g. 1,3,5, or leave --items out for all items")
    issue = _issue(args.path, parse_file)
    numbers = parse_item_numbers(args.items, len(issue.items)) if args.items else None
    briefing = Briefing.from_issue(issue, numbers, title=args.title)
    details: dict[str, str] = {"recipient": args.recipient}
    if args.date:
        details["date"] = args.date
    briefing = briefing.with_details(**details)
    if args.out is not None:
        export_briefing(briefing, fmt, args.out)
    if args.mail_to:
        from reader.cli.mail_cli import send

        return send(args, briefing, [fmt] if args.out is not None else fmts)
    return 0
