#!/usr/bin/python3
"""Print, as JSON, the list rows and menus a screen reader finds in the running Helder.

Run with Debian's /usr/bin/python3 (it has pyatspi), with DBUS_SESSION_BUS_ADDRESS set to
the bus the app uses:  /usr/bin/python3 atspi_rows.py TIMEOUT_S
"""

import json
import sys
import time

import pyatspi


def walk(acc, found: list) -> None:
    found.append(acc)
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, found)


def read_helder(timeout: float) -> dict:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None or app.name != "Helder":
                continue
            every: list = []
            walk(app, every)
            rows = [a.name for a in every if a.getRoleName() == "list item"]
            if rows:
                menus = [a.name for a in every if a.getRoleName() == "menu item"]
                return {"rows": rows, "menus": menus}
        time.sleep(0.5)
    return {"rows": [], "menus": []}


print(json.dumps(read_helder(float(sys.argv[1])), ensure_ascii=False))
