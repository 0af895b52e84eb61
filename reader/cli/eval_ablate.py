"""`helder eval --ablate`: switch each named parser rule off in turn and show what it changes.

For every labelled file the F1 with the rule off is compared with the F1 with every rule on.
Unlabelled data files given with --also are parsed too; for them the number of items whose
title or category appears or disappears is the change (a rule that only moves unlabelled
files shows there).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.errors import ReaderError


@dataclass(frozen=True)
class Labelled:
    """A labelled file: its name, its data bytes and the expected items."""

    name: str
    data: bytes
    data_name: str
    expected: list[dict[str, Any]]


def _titles(data: bytes, name: str) -> list[dict[str, Any]]:
    from reader.core.sources.parse import parse_bytes

    try:
        return [it.to_dict() for it in parse_bytes(data, name=name).items]
    except ReaderError:
        return []


def _f1(file: Labelled) -> float:
    from reader.core.sources.scoring import score

    return score(file.expected, _titles(file.data, file.data_name)).f1


def _keys(items: list[dict[str, Any]]) -> list[str]:
    return [f"{d['title']}\x00{d.get('category') or ''}" for d in items]


def _changed_titles(before: list[str], after: list[str]) -> int:
    left = list(before)
    gone = 0
    for t in after:
        if t in left:
            left.remove(t)
        else:
            gone += 1
    return gone + len(left)


def ablate(labelled: list[Labelled], unlabelled: list[Path]) -> dict[str, Any]:
    """Return, per rule, the F1 change of each labelled file and the title changes of the rest."""
    from reader.core.sources import rules

    base = {f.name: _f1(f) for f in labelled}
    raw = {p: p.read_bytes() for p in unlabelled}
    base_titles = {p: _keys(_titles(b, p.name)) for p, b in raw.items()}
    out: dict[str, Any] = {"baseline_mean_f1": _mean(base.values()), "rules": []}
    for name, rule in rules.RULES.items():
        with rules.disabled(name):
            f1 = {f.name: _f1(f) for f in labelled}
            moved = {str(p): _changed_titles(base_titles[p], _keys(_titles(b, p.name)))
                     for p, b in raw.items()}
        deltas = {n: round(f1[n] - base[n], 3) for n in base if abs(f1[n] - base[n]) >= 0.0005}
        out["rules"].append({
            "rule": name, "serves": rule.serves, "mean_f1": _mean(f1.values()),
            "labelled": deltas, "unlabelled": {p: n for p, n in moved.items() if n},
        })
    return out


def _mean(values: Any) -> float:
    values = list(values)
    return round(sum(values) / len(values), 3) if values else 0.0


def print_ablation(result: dict[str, Any], *, as_json: bool) -> None:
    """Print the ablation as a table (or JSON)."""
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    print(f"baseline mean F1 {result['baseline_mean_f1']:.3f}; each rule switched off in turn:")
    for row in result["rules"]:
        change = row["mean_f1"] - result["baseline_mean_f1"]
        print(f"\n{row['rule']}  (mean F1 {row['mean_f1']:.3f}, {change:+.3f})  "
              f"serves: {row['serves']}")
        if not row["labelled"] and not row["unlabelled"]:
            print("  no file changes")
        for name, delta in sorted(row["labelled"].items(), key=lambda kv: kv[1]):
            print(f"  {delta:+.3f}  {name}")
        for path, n in sorted(row["unlabelled"].items()):
            print(f"  {n:4d} items changed  {Path(path).name} (unlabelled: title or category)")
