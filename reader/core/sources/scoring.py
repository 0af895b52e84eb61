"""Score parsed items against a hand-made expected list (the corpus's score_parse rules).

Titles match after folding case, punctuation and white space when their similarity is at
least 0.9; 'optional' expected items count for neither side. Among matched items we count
how many categories, links and summary openings agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from reader.core.text.fold import fold

MATCH_THRESHOLD = 0.9


def _fold(text: str | None) -> str:
    """Fold text for comparison: NFKC (expected titles are typed by hand), case, punctuation."""
    return fold(text, compatibility=True)


def similar(a: str, b: str) -> float:
    """Return the similarity of two titles after folding, 0..1."""
    return SequenceMatcher(None, _fold(a), _fold(b)).ratio()


@dataclass
class Agreement:
    """How many matched items agree on one field, out of those where it is expected."""

    ok: int = 0
    total: int = 0

    def __str__(self) -> str:
        return f"{self.ok}/{self.total}"


@dataclass
class Score:
    """The result of scoring one file."""

    expected: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    category: Agreement
    link: Agreement
    summary_starts: Agreement
    missed: list[str] = field(default_factory=list[str])
    extra: list[str] = field(default_factory=list[str])

    def to_dict(self) -> dict[str, Any]:
        """Return the figures in the same shape as score_parse.py prints them."""
        return {
            "expected": self.expected, "predicted": self.predicted, "matched": self.matched,
            "precision": round(self.precision, 3), "recall": round(self.recall, 3),
            "f1": round(self.f1, 3), "category": str(self.category), "link": str(self.link),
            "summary_starts": str(self.summary_starts), "missed": self.missed,
            "extra": self.extra,
        }


def score(expected: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> Score:
    """Score predicted item dicts against expected ones."""
    unused = list(range(len(predicted)))
    matches: list[tuple[dict[str, Any], dict[str, Any]]] = []
    optional_hits = 0
    for exp in expected:
        best, best_sim = None, 0.0
        for i in unused:
            s = similar(exp["title"], predicted[i].get("title") or "")
            if s > best_sim:
                best, best_sim = i, s
        if best is not None and best_sim >= MATCH_THRESHOLD:
            unused.remove(best)
            if exp.get("optional"):
                optional_hits += 1
            else:
                matches.append((exp, predicted[best]))
    required = [e for e in expected if not e.get("optional")]
    counted = len(predicted) - optional_hits
    tp = len(matches)
    precision = tp / counted if counted else 0.0
    recall = tp / len(required) if required else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def agree(key: str, test: Callable[[Any, dict[str, Any]], bool]) -> Agreement:
        pairs = [(e, p) for e, p in matches if key in e]
        return Agreement(sum(1 for e, p in pairs if test(e[key], p)), len(pairs))

    return Score(
        expected=len(required), predicted=counted, matched=tp,
        precision=precision, recall=recall, f1=f1,
        category=agree("category", lambda v, p: _fold(v) == _fold(p.get("category"))),
        link=agree("link", lambda v, p: (v or "").rstrip("/") == (p.get("link") or "").rstrip("/")),
        summary_starts=agree(
            "summary_starts", lambda v, p: _fold(p.get("summary")).startswith(_fold(v))),
        missed=[e["title"] for e in required if all(e is not m[0] for m in matches)],
        extra=[predicted[i].get("title") or "" for i in unused],
    )
