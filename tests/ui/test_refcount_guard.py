"""Emitting signals thousands of times must not exhaust True's reference count (PySide6 6.12)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

import reader.ui  # noqa: F401  (installs the guard)


class _Emitter(QObject):
    ping = Signal(bool)


def test_many_signal_emits_do_not_crash_python():
    emitter = _Emitter()
    got: list[bool] = []
    emitter.ping.connect(got.append)
    # Unguarded, True starts with a few thousand references on Python 3.11: this is more.
    for _ in range(30_000):
        emitter.ping.emit(False)
    assert len(got) == 30_000
