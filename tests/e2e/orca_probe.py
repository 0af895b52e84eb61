#!/usr/bin/python3
"""What does Orca say? Run Orca (speech only logged) and Helder under Xvfb, press keys.

Run with Debian's /usr/bin/python3 inside `dbus-run-session`:
    dbus-run-session -- /usr/bin/python3 orca_probe.py VENV_PYTHON WORKDIR KEY...
Writes WORKDIR/speech.txt: every "SPEECH OUTPUT" line Orca logged after the app appeared.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

PY, WORK, KEYS = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
READY_S = 120  # a busy shared machine can take long to start Orca and Qt (tests/e2e/session.py)

# Orca opens its debug file with an 8 KB buffer; this launcher reopens it line-buffered so
# nothing is lost when Orca is stopped. It names the process orca-helder and skips Orca's
# one-Orca-per-user check, so another Orca on the machine (a user's, another test run's)
# neither stops this one nor is stopped by it.
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


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    home = WORK / "home"
    home.mkdir(exist_ok=True)
    debug = WORK / "orca-debug.txt"
    xvfb, display = start_xvfb()
    env = {**os.environ, "DISPLAY": display, "HOME": str(home),
           "HELDER_HOME": str(WORK / "helder")}
    procs = [xvfb]
    try:
        orca = subprocess.Popen(
            ["/usr/bin/python3", "-c", LAUNCHER, "-d", "speech", "-d", "braille",
             "--debug-file", str(debug), "-u", str(WORK / "orca-prefs")],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(orca)
        started = wait_for(lambda: debug.exists() and "Startup complete" in debug.read_text(
            errors="replace"), READY_S)
        if not started:
            raise SystemExit(f"Orca did not start: waited {READY_S} s for 'Startup complete' "
                             f"in {debug}")
        app_env = {**env, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
        app = subprocess.Popen([PY, "-m", "reader"], env=app_env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(app)
        wid = ""

        def window_found() -> bool:
            nonlocal wid
            out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Helder"],
                                 env=env, capture_output=True, text=True)
            wid = (out.stdout.split() or [""])[0]
            return bool(wid)

        if not wait_for(window_found, READY_S):
            raise SystemExit(f"Helder's window never appeared: waited {READY_S} s for a "
                             f"visible window named Helder on {display}")
        time.sleep(0.5)
        mark = len(debug.read_text(errors="replace"))
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, check=True)
        time.sleep(1.5)
        for key in KEYS:
            subprocess.run(["xdotool", "key", "--window", wid, key], env=env, check=True)
            time.sleep(1.0)
        time.sleep(1.0)
        log = debug.read_text(errors="replace")[mark:]
        speech = [line.split("SPEECH OUTPUT:", 1)[1].strip()
                  for line in log.splitlines() if "SPEECH OUTPUT:" in line]
        (WORK / "speech.txt").write_text("\n".join(speech), encoding="utf-8")
    finally:
        for proc in reversed(procs):
            proc.kill()
            proc.wait(timeout=10)


main()
