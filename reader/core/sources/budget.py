"""Bounded parsing: a time budget and an item cap per issue, so no file can hang a refresh.

`parse_bytes` opens a budget (10 s, 2,000 items by default); the parsers call `check()` in
their loops and `cap()` on what they found. Past the deadline parsing ends with
ReaderError(TOO_LARGE, "... parsing took longer than 10 s ..."), the documented message
(one line, in the user's language in the app). Past the item cap the first 2,000 items are
kept and the issue says so (`Issue.truncated`, "only the first 2000 of N items were kept").
The budget lives in a context variable, so parses on other threads have budgets of their own.
"""

from __future__ import annotations

import time
from collections.abc import Generator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TypeVar

from reader.core.errors import ErrorKind, ReaderError

DEFAULT_SECONDS = 10.0
DEFAULT_MAX_ITEMS = 2000
# Lines of a document read at most: five per item the cap allows, far beyond any real issue
# (the largest in the corpus has about 700), so a link farm cannot eat the time budget.
LINES_PER_ITEM = 5

T = TypeVar("T")


@dataclass
class Budget:
    """What one parse may spend, and what it found beyond the cap."""

    seconds: float = DEFAULT_SECONDS
    max_items: int = DEFAULT_MAX_ITEMS
    name: str = ""
    deadline: float = field(default=0.0)
    found: int = 0  # items found before capping (0 when under the cap)
    cut: bool = False  # the document was longer than max_lines and only its start was read

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.seconds

    @property
    def max_lines(self) -> int:
        """How many lines of a document are read at most."""
        return self.max_items * LINES_PER_ITEM

    def note(self, kept: int) -> str | None:
        """What to tell the user when not all of the issue was kept, else None."""
        if self.cut:  # how many items the rest holds is not known
            return f"only the first {self.max_lines} lines were read ({kept} items)"
        if self.found:
            return f"only the first {kept} of {self.found} items were kept"
        return None

    def message(self) -> str:
        """The detail of the error raised when the time is up."""
        name = f"{self.name}: " if self.name else ""
        return f"{name}parsing took longer than {self.seconds:g} s, the limit for one issue"


_current: ContextVar[Budget | None] = ContextVar("parse_budget", default=None)


@contextmanager
def limits(name: str = "", seconds: float = DEFAULT_SECONDS,
           max_items: int = DEFAULT_MAX_ITEMS) -> Generator[Budget, None, None]:
    """Run the with-block under a parse budget (nested budgets keep the outer, tighter one)."""
    outer = _current.get()
    if outer is not None:
        yield outer
        return
    budget = Budget(seconds, max_items, name)
    token = _current.set(budget)
    try:
        yield budget
    finally:
        _current.reset(token)


def check() -> None:
    """Raise ReaderError(TOO_LARGE) when the current parse is past its time budget."""
    budget = _current.get()
    if budget is not None and time.monotonic() > budget.deadline:
        raise ReaderError(ErrorKind.TOO_LARGE, budget.message())


def max_lines() -> int | None:
    """How many lines of a document the current parse may read (None: no limit)."""
    budget = _current.get()
    return budget.max_lines if budget is not None else None


def cut() -> None:
    """Note that the document was longer than max_lines() and only its start was read."""
    budget = _current.get()
    if budget is not None:
        budget.cut = True


def full(count: int) -> bool:
    """Tell whether a parser has found more items than it may keep (it can stop looking)."""
    budget = _current.get()
    return budget is not None and count > budget.max_items


def cap(items: Sequence[T]) -> Sequence[T]:
    """Keep the first max_items of what a parser found, noting how many there were."""
    budget = _current.get()
    if budget is None or len(items) <= budget.max_items:
        return items
    budget.found = max(budget.found, len(items))
    return items[:budget.max_items]
