"""`helder search QUERY [--source S] [--theme T] [--from D] [--to D] [--json]`."""

from __future__ import annotations

import argparse

from reader.cli.library_common import find_source, open_library, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of `search`."""
    parser.add_argument("query", help="words to find in titles, summaries and articles")
    parser.add_argument("--source", help="only this source (id, address or name)")
    parser.add_argument("--theme", help="only items with this theme")
    parser.add_argument("--from", dest="date_from", help="from this date (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", help="up to this date (YYYY, YYYY-MM, ...)")
    parser.add_argument("--limit", type=int, default=50, help="at most this many results")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    """Search the library and print the hits, best first."""
    library = open_library()
    try:
        source_id = find_source(library, args.source).id if args.source else None
        hits = library.search(args.query, source_id=source_id, theme=args.theme,
                              date_from=args.date_from, date_to=args.date_to, limit=args.limit)
        if args.json:
            print_json([{"item": h.item_id, "issue": h.issue_id, "title": h.title,
                         "snippet": h.snippet, "theme": h.category, "source": h.source_name,
                         "issue_title": h.issue_title, "date": h.date} for h in hits])
            return 0
        for h in hits:
            print(f"{h.date or '':10}  {h.title}  [{h.source_name or h.issue_title}]")
            print(f"            {h.snippet}")
        if not hits:
            print("no results")
        return 0
    finally:
        library.close()
