"""`helder parse PATH [--json]`: print the items of a newsletter file."""

from __future__ import annotations

import argparse
import sys

from reader.core.sources.parse import parse_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of `parse`."""
    parser.add_argument("path", help="newsletter file: text, HTML, e-mail, feed or PDF")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    """Parse the file and print it."""
    issue = parse_file(args.path)
    if issue.truncated:
        print(f"note: {issue.truncated}", file=sys.stderr)
    if args.json:
        sys.stdout.write(issue.to_json() + "\n")
        return 0
    print(issue.title)
    for number, item in enumerate(issue.items, start=1):
        theme = f"  [{item.category}]" if item.category else ""
        print(f"{number:3}. {item.title}{theme}")
    return 0
