"""PySide6 must not leak or steal references to None and True (6.12.0 on Python 3.11 did).

Runs in a child process so that a drift aborts that process, not the test run. When this
passes on a newer PySide6, the `<6.12` cap in pyproject.toml can be lifted.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    fired = Signal(bool)

app = QCoreApplication([])
obj = Emitter()
seen = []
obj.fired.connect(seen.append)
for _ in range(50):  # warm caches before counting
    obj.setObjectName("x"); obj.fired.emit(True); app.processEvents()
seen.clear()
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(1000):
    obj.setObjectName("x")
    obj.fired.emit(True)
    app.processEvents()
    obj.parent()
seen.clear()  # the slot kept 1,000 references to True
print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
"""


def test_a_thousand_qt_calls_leave_none_and_true_refcounts_unchanged():
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True,
                         text=True, timeout=120,
                         env={"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-800:]
    none_drift, true_drift = (int(x) for x in out.stdout.split())
    # A few references may come and go with caches; a per-call leak shows as ±1000.
    assert abs(none_drift) < 50, f"None refcount drifted by {none_drift} over 1,000 calls"
    assert abs(true_drift) < 50, f"True refcount drifted by {true_drift} over 1,000 calls"
