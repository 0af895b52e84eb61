#!/usr/bin/python3
"""Drive Helder under Xvfb with xdotool and read it through AT-SPI, as a screen reader does.

Run with Debian's /usr/bin/python3 (it has pyatspi) inside `dbus-run-session`:
    dbus-run-session -- /usr/bin/python3 atspi_probe.py VENV_PYTHON OUT.json
Prints nothing; writes what it saw as JSON: the item rows, and the focused object after
each key press (Down, Down, Tab, Ctrl+Shift+I), plus announcements heard on the bus.
"""

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

import pyatspi
from gi.repository import GLib

PY, OUT = sys.argv[1], sys.argv[2]
KEYS = ["Down", "Down", "Tab", "ctrl+shift+i"]


def start_xvfb() -> tuple[subprocess.Popen, str]:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    return xvfb, f":{display}"


def find_app(name: str, timeout: float = 120) -> object:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    raise SystemExit(f"{name} never appeared on the AT-SPI bus: waited {timeout:.0f} s "
                     f"(XDG_RUNTIME_DIR={os.environ.get('XDG_RUNTIME_DIR')})")


def walk(acc, found: list) -> None:
    found.append(acc)
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, found)


def states(acc) -> list[str]:
    return [pyatspi.stateToString(s) for s in acc.getState().getStates()]


def describe(acc) -> dict:
    info = {"role": acc.getRoleName(), "name": acc.name, "description": acc.description}
    with contextlib.suppress(NotImplementedError):
        info["text"] = acc.queryText().getText(0, -1)
    return info


def focused(app) -> dict | None:
    every: list = []
    walk(app, every)
    hits = [a for a in every if "focused" in states(a)]
    # The deepest focused object: in a list, the current row.
    return describe(hits[-1]) if hits else None


def main() -> None:
    xvfb, display = start_xvfb()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "HELDER_HOME": tempfile.mkdtemp()}
    announcements: list[str] = []
    focus_events: list[dict] = []

    def on_announcement(event) -> None:
        announcements.append(str(event.any_data))

    def on_focus(event) -> None:
        # What a screen reader follows: objects that gain focus, in order.
        if event.detail1 == 1:
            focus_events.append(describe(event.source))

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    loop = threading.Thread(target=pyatspi.Registry.start, daemon=True)
    loop.start()
    app_proc = subprocess.Popen([PY, "-m", "reader"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    result: dict = {"steps": []}
    try:
        app = find_app("Helder")
        wid = ""
        for _ in range(200):
            out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Helder"],
                                 env=env, capture_output=True, text=True)
            wid = out.stdout.split()[0] if out.stdout.split() else ""
            if wid:
                break
            time.sleep(0.05)
        # No window manager: give the window X input focus so Qt makes it active.
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, check=True)
        time.sleep(1.0)
        every: list = []
        walk(app, every)
        lists = [a for a in every if a.getRoleName() == "list"]
        result["lists"] = [describe(a) for a in lists]
        result["rows"] = [a.name for a in every if a.getRoleName() == "list item"]
        result["start_focus"] = focused(app)
        for key in KEYS:
            subprocess.run(["xdotool", "key", "--window", wid, key], env=env, check=True)
            time.sleep(0.8)
            result["steps"].append({"key": key, "focus": focus_events[-1] if focus_events
                                    else focused(app)})
        time.sleep(0.5)
        result["announcements"] = announcements
    finally:
        app_proc.terminate()
        app_proc.wait(timeout=10)
        GLib.idle_add(pyatspi.Registry.stop)
        xvfb.terminate()
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


main()
