"""Helder's Qt user interface: a thin layer over reader.core."""

from reader.ui.refcount_guard import protect_singletons

protect_singletons()  # before any Qt call: see refcount_guard for the PySide6 bug
