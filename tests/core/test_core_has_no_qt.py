"""The core must run without Qt: importing every module of reader.core loads no PySide6."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]

_PROBE = """
import importlib, json, pkgutil, sys
import reader.core
names = [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.startswith("PySide6"))
print(json.dumps({"modules": names, "qt": qt}))
"""


def test_importing_all_of_core_loads_no_pyside6() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # the walk really found modules
    assert "reader.core.sources.plaintext.parser" in report["modules"]
    assert report["qt"] == []
