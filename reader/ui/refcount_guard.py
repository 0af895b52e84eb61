"""Work around a PySide6 6.12 bug that frees None, True and False on Python 3.11.

PySide6 6.12 returns from Qt calls that release the GIL (processEvents, setObjectName, a
signal emission, ...) by touching the reference count of None or a bool without holding the
GIL again. While any other Python thread runs (speech prefetch, file parsing), updates get
lost, the count drifts, and Python aborts with "none_dealloc" / "bool_dealloc" (seen here,
reproducible in 4 s with one busy thread and a loop of QObject.setObjectName calls).
Python 3.12 made these objects immortal, which is exactly the cure: on 3.11 we add a huge
number to their reference counts so drift can never bring them to zero.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40  # far beyond any drift; the objects are static and never freed anyway
_done = False


def protect_singletons() -> None:
    """Make None, True and False effectively immortal on Python < 3.12 (idempotent)."""
    global _done
    # A debug build (sys.gettotalrefcount) puts other fields before ob_refcnt: leave it be.
    if (
        _done
        or sys.version_info >= (3, 12)
        or sys.implementation.name != "cpython"
        or hasattr(sys, "gettotalrefcount")
    ):
        _done = True
        return
    for obj in (None, True, False, Ellipsis, NotImplemented):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(obj)).value += _MARGIN
    _done = True
