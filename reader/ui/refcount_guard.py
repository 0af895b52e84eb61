"""Work around a PySide6 6.12 bug on Python 3.11: void methods drop a reference to None.

Every call from Python to a C++ method returning void (``widget.resize()``,
``cursor.setPosition()``, ``painter.fillRect()``...) returns None without taking a reference.
On Python 3.12+ None is immortal and nothing happens; on 3.11 None's count (about 5,000 at
start) falls by one per call, and after a few thousand calls Python aborts with "none_dealloc:
deallocating None". Measured with PySide6 6.12.0 / shiboken6 6.12.0 / CPython 3.11.7.

The same happens to True: `Signal.emit()` returns True without taking a reference, so every
emit from Python lowers True's count by one, and Python aborts with "bool_dealloc: deallocating
True or False" after a few thousand signals (a refresh's progress and a tick timer reach that
in seconds). Measured the same way; False is guarded too, for methods returning it.

`guard_none_refcount()` gives None, True and False a very large reference count once, so they
can never reach zero in a session. It does nothing on Python 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

# About 4.6e18 void calls before trouble: more than any session makes.
_HEADROOM = 1 << 62


def guard_none_refcount() -> bool:
    """Make None's reference count unreachable by the PySide6 leak; return whether it acted."""
    if sys.version_info >= (3, 12) or getattr(sys, "_helder_none_guarded", False):
        return False
    # In CPython 3.11 (non-debug build) ob_refcnt is the first field of every object.
    for immortal in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(immortal))
        if count.value < _HEADROOM:
            count.value += _HEADROOM
    sys._helder_none_guarded = True  # type: ignore[attr-defined]
    return True
