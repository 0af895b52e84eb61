"""`helder refresh [SOURCE ...] [--json]`: fetch new issues of all (or some) sources."""

from __future__ import annotations

import argparse
import sys
import threading

from reader.cli.library_common import error_json, find_source, open_library, print_json
from reader.core.errors import ErrorKind, ReaderError
from reader.core.net.refresh import RefreshProgress, RefreshSummary, refresh_all


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of `refresh`."""
    parser.add_argument("sources", nargs="*", help="id, address or name (default: all active)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    """Refresh and report per source; exit 1 when any source failed."""
    library = open_library()
    try:
        ids = [find_source(library, s).id for s in args.sources] or None
        cancel = threading.Event()
        box: list[RefreshSummary] = []

        def report(p: RefreshProgress) -> None:
            if not args.json:
                print(f"[{p.done}/{p.total}] {p.result.message()}", flush=True)

        def waiting(name: str, seconds: float) -> None:
            if not args.json:
                print(f"{name}: waiting {seconds:.0f} s before trying again", flush=True)

        worker = threading.Thread(
            target=lambda: box.append(
                refresh_all(library, source_ids=ids, cancel=cancel, progress=report,
                            on_wait=waiting)
            ),
            name="refresh",
        )
        worker.start()
        try:
            while worker.is_alive():
                worker.join(0.2)
        except KeyboardInterrupt:
            cancel.set()  # downloads stop at their next chunk; stored issues stay
            worker.join()
            print("cancelled", file=sys.stderr)
            return 130
        if not box:  # the run itself failed; refresh_all logs why
            raise ReaderError(ErrorKind.STORAGE, "the refresh stopped early; see the log")
        summary = box[0]
        if args.json:
            print_json({
                "new_issues": summary.new_issues,
                "cancelled": summary.cancelled,
                "sources": [
                    {"id": r.source_id, "name": r.name, "new": r.new, "updated": r.updated,
                     "not_modified": r.not_modified, "error": error_json(r.error)}
                    for r in summary.results
                ],
            })
        else:
            failed = len(summary.errors)
            print(f"{summary.new_issues} new issues"
                  + (f", {failed} sources failed" if failed else ""))
        return 1 if summary.errors else 0
    finally:
        library.close()
