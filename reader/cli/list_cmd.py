"""`helder list [SOURCE] [--issue ID] [--catalogue] [--json]`: what the library holds."""

from __future__ import annotations

import argparse

from reader.cli.library_common import find_source, open_library, print_json, source_json
from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.catalogue import CATALOG, switched_on


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of `list`."""
    parser.add_argument("source", nargs="?", help="list this source's issues (id, address, name)")
    parser.add_argument("--issue", type=int, help="list the items of this issue")
    parser.add_argument("--versions", action="store_true",
                        help="with --issue: list the issue's earlier versions")
    parser.add_argument("--restore", type=int, metavar="VERSION",
                        help="with --issue: go back to this earlier version (the current "
                             "copy is kept as a version)")
    parser.add_argument("--catalogue", action="store_true",
                        help="list the catalogue of public sources to switch on")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    """Print sources, one source's issues, an issue's items, or the catalogue."""
    library = open_library()
    try:
        if args.catalogue:
            on = switched_on(library)
            rows = [{"key": e.key, "name": e.name, "address": e.address, "kind": e.kind.value,
                     "theme": e.theme, "status": e.status, "on": e.key in on} for e in CATALOG]
            if args.json:
                print_json(rows)
            for r in rows if not args.json else []:
                print(f"{'*' if r['on'] else ' '} {r['key']:20} {r['name']}  <{r['address']}>")
        elif args.issue is not None and (args.versions or args.restore is not None):
            if library.issue(args.issue) is None:
                raise ReaderError(ErrorKind.NOT_FOUND, f"issue {args.issue}")
            if args.restore is not None:
                library.writer.restore_version(args.issue, args.restore)
                if not args.json:
                    print(f"issue {args.issue}: version {args.restore} restored; the copy "
                          "it replaced is kept as a version")
            versions = library.versions(args.issue)
            if args.json:
                print_json([{"id": v.id, "title": v.title, "stored_at": v.stored_at,
                             "replaced_at": v.replaced_at, "items": v.item_count}
                            for v in versions])
            elif args.versions:
                for v in versions:
                    print(f"{v.id:6}  {v.stored_at[:16]}  {v.title}  ({v.item_count} items)")
                if not versions:
                    print(f"issue {args.issue} has no earlier versions")
        elif args.issue is not None:
            items = library.items(args.issue)
            if not items and library.issue(args.issue) is None:
                raise ReaderError(ErrorKind.NOT_FOUND, f"issue {args.issue}")
            if args.json:
                print_json([dict(s.item.to_dict(), id=s.id, read=s.read, starred=s.starred,
                                 note=s.note) for s in items])
            for s in items if not args.json else []:
                mark = " " if s.read else "*"
                print(f"{mark} {s.id:6}  {s.item.title}")
        elif args.source:
            source = find_source(library, args.source)
            issues = library.issues(source.id)
            if args.json:
                print_json([{"id": i.id, "title": i.title, "date": i.date, "address": i.address,
                             "fetched_at": i.fetched_at, "items": i.item_count,
                             "unread": i.unread_count} for i in issues])
            for i in issues if not args.json else []:
                print(f"{i.id:6}  {i.date or i.fetched_at[:10]}  {i.title}  ({i.unread_count} "
                      "unread)")
        else:
            sources = library.sources()
            if args.json:
                print_json([source_json(s) for s in sources])
            for s in sources if not args.json else []:
                state = " (paused)" if s.paused else ""
                error = f"  last error: {s.error_kind}" if s.error_kind else ""
                print(f"{s.id:4}  {s.name}{state}  {s.issue_count} issues, {s.unread_count} "
                      f"unread{error}")
        return 0
    finally:
        library.close()
