"""No module in reader/ grows past 400 lines (issue 17): a module that does too much is split
by what it holds, so a newcomer finds one thing in one place."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import REPO

LIMIT = 400


def test_no_module_in_reader_is_over_400_lines() -> None:
    modules = sorted((REPO / "reader").rglob("*.py"))
    assert len(modules) > 100, "the package was not found"
    too_long = {
        str(path.relative_to(REPO)): lines
        for path in modules
        if (lines := len(Path(path).read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert too_long == {}, f"split these by what they hold: {too_long}"
