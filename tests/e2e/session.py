"""A private desktop session for each end-to-end run (issue 11).

Each probe gets its own XDG_RUNTIME_DIR, so its accessibility bus (found through the
session bus that dbus-run-session starts, and at-spi's files under the runtime folder) is
never the user's or another test run's; its own HOME, so Orca's settings are its own.
"""

from __future__ import annotations

import os
from pathlib import Path

READY_S = 120  # the longest wait for Xvfb, Orca, the bus or Helder's window on a busy machine


def private_env(work: Path) -> dict[str, str]:
    """Return the environment for `dbus-run-session -- probe` with its own session folders."""
    runtime = work / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    for inherited in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "DISPLAY",
                      "WAYLAND_DISPLAY"):
        env.pop(inherited, None)
    return env
