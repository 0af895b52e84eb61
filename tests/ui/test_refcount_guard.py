"""The PySide6 6.12 work-around: None and the bools survive Qt calls beside a busy thread."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

# One busy Python thread plus QObject.setObjectName in a loop made Python 3.11 abort with
# "none_dealloc" at exit within seconds before the guard (reader.ui imports it).
SCRIPT = """
import threading, time
import reader.ui
from PySide6.QtCore import QCoreApplication, QObject
app = QCoreApplication([])
stop = False
def work():
    while not stop:
        flag = [True, None, False]
        time.sleep(0.0005)
t = threading.Thread(target=work)
t.start()
o = QObject()
end = time.time() + 2
while time.time() < end:
    o.setObjectName("x")
    time.sleep(0.0005)
stop = True
t.join()
print("done")
"""


def test_qt_calls_beside_a_python_thread_do_not_crash_python():
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True,
                         text=True, timeout=60, env={"PYTHONPATH": str(REPO),
                                                     "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "done"
