"""Helder's Qt user interface: a thin layer over reader.core."""

from reader.ui.refcount_guard import guard_none_refcount

# Before any Qt call: PySide6 6.12 on Python 3.11 leaks references to None (see the module).
guard_none_refcount()
