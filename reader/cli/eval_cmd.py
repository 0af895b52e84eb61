"""`helder eval PATH...`: score the parser against expected-item files and print the figures."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from reader.core.errors import ErrorKind, ReaderError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of `eval`."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="expected-items JSON files, or folders of them")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="also list missed and extra titles")
    parser.add_argument("--ablate", action="store_true",
                        help="switch each named parser rule off in turn and print what changes")
    parser.add_argument("--also", nargs="+", default=[], metavar="DATA",
                        help="with --ablate: unlabelled newsletter files or folders to watch too")
    parser.add_argument("--data", metavar="DIR", default=None,
                        help="folder the expected files' data files are in (default: next to "
                             "the expected files)")


def expected_files(paths: list[str]) -> list[Path]:
    """Expand folders into the expected-item files they hold."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(q for q in p.iterdir() if q.name.endswith(".json")))
        elif p.exists():
            out.append(p)
        else:
            raise ReaderError(ErrorKind.NOT_FOUND, str(p))
    return out


def data_file(expected_path: Path, expected: dict[str, Any], root: Path | None = None) -> Path:
    """Find the data file an expected file describes, from its 'source' field or its name."""
    candidates: list[Path] = []
    folder = expected_path.parent
    roots = [root] if root else [folder, folder.parent]
    source = expected.get("source")
    name = expected_path.name
    for suffix in (".expected.json", ".json"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    for root in roots:
        if source:
            candidates.append(root / source)
        candidates.append(root / name.replace("__", "/", 1))
        candidates.append(root / name)
    for c in candidates:
        if c.is_file():
            return c
    raise ReaderError(ErrorKind.NOT_FOUND, f"data file for {expected_path}")


def _expected(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReaderError(ErrorKind.UNREADABLE, f"{path}: {exc}") from exc


def evaluate(path: Path, root: Path | None = None) -> dict[str, Any]:
    """Parse the data file of one expected file and score it."""
    from reader.core.sources.parse import parse_file
    from reader.core.sources.scoring import score

    expected = _expected(path)
    data = data_file(path, expected, root)
    start = time.perf_counter()
    try:
        issue = parse_file(data)
        predicted = [it.to_dict() for it in issue.items]
        error = None
    except ReaderError as exc:
        predicted, error = [], exc.one_line()
    seconds = time.perf_counter() - start
    result = score(expected.get("items", []), predicted).to_dict()
    result.update(file=path.name, data=str(data), seconds=round(seconds, 4), error=error)
    return result


def run(args: argparse.Namespace) -> int:
    """Evaluate every expected file and print a table and the mean F1."""
    files = expected_files(args.paths)
    if not files:
        raise ReaderError(ErrorKind.NOT_FOUND, "no expected-item files")
    root = Path(args.data) if args.data else None
    if args.ablate:
        return _ablate(files, root, args)
    results = [evaluate(p, root) for p in files]
    mean = sum(r["f1"] for r in results) / len(results)
    if args.json:
        sys.stdout.write(json.dumps({"files": results, "mean_f1": round(mean, 3)},
                                    ensure_ascii=False, indent=1) + "\n")
        return 0
    width = max(len(r["file"]) for r in results)
    print(f"{'file':{width}}  prec   rec    f1     cat     link    time")
    for r in results:
        print(f"{r['file']:{width}}  {r['precision']:.3f}  {r['recall']:.3f}  {r['f1']:.3f}  "
              f"{r['category']:>6}  {r['link']:>6}  {r['seconds'] * 1000:6.0f} ms")
        if r["error"]:
            print(f"  error: {r['error']}")
        if args.verbose:
            for title in r["missed"]:
                print(f"  missed: {title}")
            for title in r["extra"]:
                print(f"  extra:  {title}")
    cat = _ratio([r["category"] for r in results])
    link = _ratio([r["link"] for r in results])
    print(f"mean F1 {mean:.3f} over {len(results)} files; "
          f"categories agree {cat}; links agree {link}")
    return 0


def _ablate(files: list[Path], root: Path | None, args: argparse.Namespace) -> int:
    from reader.cli.eval_ablate import Labelled, ablate, print_ablation
    from reader.core.sources.parse import read_input

    labelled = []
    for path in files:
        expected = _expected(path)
        data = data_file(path, expected, root)
        labelled.append(Labelled(path.name, read_input(data), data.name,
                                 expected.get("items", [])))
    used = {str(data_file(p, _expected(p), root).resolve()) for p in files}
    others = [p for p in _data_files(args.also) if str(p.resolve()) not in used]
    print_ablation(ablate(labelled, others), as_json=args.json)
    return 0


def _data_files(paths: list[str]) -> list[Path]:
    """Newsletter files under the given paths, leaving out expected-item JSON files."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(q for q in sorted(p.rglob("*")) if q.is_file()
                       and not q.name.endswith(".json") and not q.name.endswith(".md"))
        elif p.is_file():
            out.append(p)
        else:
            raise ReaderError(ErrorKind.NOT_FOUND, str(p))
    return out


def _ratio(parts: list[str]) -> str:
    ok = sum(int(p.split("/")[0]) for p in parts)
    total = sum(int(p.split("/")[1]) for p in parts)
    return f"{ok}/{total} ({100 * ok / total:.0f} %)" if total else "0/0"
