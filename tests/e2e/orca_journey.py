#!/usr/bin/python3
"""What does Orca 43 say after each command? One Helder session, many steps, one Orca.

Run with Debian's /usr/bin/python3 (it has pyatspi) inside `dbus-run-session`, with its own
XDG_RUNTIME_DIR so the accessibility bus is private to this run:
    dbus-run-session -- /usr/bin/python3 orca_journey.py VENV_PYTHON WORKDIR STEPS.json
STEPS.json is a list of {"name", "keys": [xdotool keys], "type": text, "then": [keys],
"until": words Orca should say (waited for), "button": the read-aloud button's name to wait
for, "button_after": seconds after which to read that name once, "wait": seconds after}.
Writes WORKDIR/journey.json: for each step the lines Orca spoke (its debug log's
"SPEECH OUTPUT"), the object:announcement events seen on the bus, and the read-aloud
button's name afterwards (it says "Pause" while Helder's own voice is reading).

Like a desktop that starts a screen reader, it sets the bus's ScreenReaderEnabled flag.
Orca runs under another process name and skips its one-Orca-per-user check, so runs in
other worktrees at the same time neither stop it nor are stopped by it.
"""

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyatspi
from gi.repository import GLib

PY, WORK, STEPS = sys.argv[1], Path(sys.argv[2]), json.loads(Path(sys.argv[3]).read_text())
READY_S = 120  # a busy shared machine can take long to start Orca and Qt
STEP_S = 15  # the longest wait for what a step should make Orca say

# Runs /usr/bin/orca's main(): the debug file line-buffered (nothing lost when Orca is
# killed), the process named orca-helder, and no refusal when another `orca` runs.
LAUNCHER = r'''
import builtins, sys
target = sys.argv[sys.argv.index("--debug-file") + 1]
real_open = builtins.open
def line_buffered_open(file, mode="r", *args, **kwargs):
    if file == target and "w" in mode:
        kwargs["buffering"] = 1
        args = ()
    return real_open(file, mode, *args, **kwargs)
builtins.open = line_buffered_open
sys.argv[0] = "/usr/bin/orca"
script = {"__name__": "orca_script", "__file__": "/usr/bin/orca"}
with real_open("/usr/bin/orca", encoding="utf-8") as f:
    exec(compile(f.read(), "/usr/bin/orca", "exec"), script)
rename = script["setProcessName"]
script["setProcessName"] = lambda name: rename("orca-helder")
script["otherOrcas"] = lambda: []
sys.exit(script["main"]())
'''


def start_xvfb() -> tuple[subprocess.Popen, str]:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        return xvfb, ":" + pipe.readline().strip()


def wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def spoken_since(debug: Path, mark: int) -> list[str]:
    """What Orca said after position `mark` of its debug log."""
    log = debug.read_text(errors="replace")[mark:]
    return [line.split("SPEECH OUTPUT:", 1)[1].strip()
            for line in log.splitlines() if "SPEECH OUTPUT:" in line]


def walk(acc, found: list) -> None:
    found.append(acc)
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, found)


def helder_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "Helder":
            return app
    return None


def read_aloud_button() -> str:
    """The name of the toolbar's read/pause button ("Pause" while Helder reads)."""
    app = helder_app()
    if app is None:
        return ""
    every: list = []
    try:  # the tree changes while it is walked: a vanished object means "ask again"
        walk(app, every)
        names = [a.name for a in every if a.getRoleName() == "push button"]
    except GLib.GError:
        return ""
    for name in names:
        if name in ("Pause", "Pauzeren", "Read aloud", "Voorlezen", "Resume", "Hervatten"):
            return name
    return ""


def set_screen_reader_flag(env: dict) -> None:
    subprocess.run(
        ["gdbus", "call", "--session", "--dest", "org.a11y.Bus", "--object-path",
         "/org/a11y/bus", "--method", "org.freedesktop.DBus.Properties.Set",
         "org.a11y.Status", "ScreenReaderEnabled", "<true>"],
        env=env, check=True, capture_output=True, timeout=30)


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    home = WORK / "home"
    (home / "Documents").mkdir(parents=True, exist_ok=True)  # where exports go
    debug = WORK / "orca-debug.txt"
    xvfb, display = start_xvfb()
    env = {**os.environ, "DISPLAY": display, "HOME": str(home),
           "HELDER_HOME": str(WORK / "helder"), "LANG": "C.UTF-8", "LANGUAGE": ""}
    procs = [xvfb]
    announcements: list[str] = []

    def on_announcement(event) -> None:
        announcements.append(str(event.any_data))

    try:
        set_screen_reader_flag(env)
        orca = subprocess.Popen(
            ["/usr/bin/python3", "-c", LAUNCHER, "-d", "speech", "-d", "braille",
             "--debug-file", str(debug), "-u", str(WORK / "orca-prefs")],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(orca)
        if not wait_for(lambda: debug.exists() and "Startup complete" in debug.read_text(
                errors="replace"), READY_S):
            raise SystemExit("Orca did not start")
        pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
        threading.Thread(target=pyatspi.Registry.start, daemon=True).start()
        app_env = {**env, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
        app = subprocess.Popen([PY, "-m", "reader"], env=app_env,
                               stdout=subprocess.DEVNULL, stderr=open(WORK / "app.log", "w"))  # noqa: SIM115
        procs.append(app)
        wid = ""

        def window_found() -> bool:
            nonlocal wid
            out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Helder"],
                                 env=env, capture_output=True, text=True)
            wid = (out.stdout.split() or [""])[0]
            return bool(wid)

        if not wait_for(window_found, READY_S):
            raise SystemExit("Helder's window never appeared")
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, check=True)
        # The first item is spoken once the window is active: then Orca follows the app.
        wait_for(lambda: "SPEECH OUTPUT" in debug.read_text(errors="replace"), READY_S)
        time.sleep(2.0)
        results = []
        for step in STEPS:
            mark = len(debug.read_text(errors="replace"))
            heard = len(announcements)
            # Dialogs are their own windows: keys go to whichever window has focus.
            for key in step.get("keys", []):
                subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=env,
                               check=True)
                time.sleep(step.get("gap", 0.4))
            if step.get("type"):
                subprocess.run(["xdotool", "type", "--delay", "30", step["type"]], env=env,
                               check=True)
            for key in step.get("then", []):
                subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=env,
                               check=True)
                time.sleep(step.get("gap", 0.4))
            # Wait for the expected words (a busy machine is slow), then a little more, so
            # anything said twice would be caught too.
            until = step.get("until")
            if until:
                wait_for(lambda w=until, m=mark: any(w in line for line in spoken_since(debug, m)),
                         STEP_S)
            button = None
            if step.get("button"):
                wait_for(lambda b=step["button"]: read_aloud_button() == b, STEP_S / 2)
                button = read_aloud_button()
            if step.get("button_after"):  # no waiting for a state that may come anyway
                time.sleep(step["button_after"])
                button = read_aloud_button()
            time.sleep(step.get("wait", 1.2))
            results.append({"name": step["name"], "spoken": spoken_since(debug, mark),
                            "announced": announcements[heard:], "button": button})
        (WORK / "journey.json").write_text(json.dumps(results, ensure_ascii=False, indent=1),
                                           encoding="utf-8")
    finally:
        GLib.idle_add(pyatspi.Registry.stop)
        for proc in reversed(procs):
            proc.kill()
            proc.wait(timeout=10)


main()
