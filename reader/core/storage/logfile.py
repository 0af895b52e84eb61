"""Helder's log file: helder.log in the platform's log folder, rotated, with tracebacks.

`install()` is called once at start of the app. From then on every unexpected error (in the
GUI thread, a worker thread or a Qt slot) is written with its traceback, so a fault a user
reports can be found: Help > Open log folder shows the file.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from reader.core.storage.paths import log_dir

LOG_NAME = "helder.log"
MAX_BYTES = 1_000_000
BACKUPS = 3  # helder.log.1 .. .3: a few megabytes at most
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

log = logging.getLogger("helder")


def log_path() -> Path:
    """Return the path of the current log file."""
    return log_dir() / LOG_NAME


class _HelderLog(RotatingFileHandler):
    """The rotated log file's handler, a class of its own so install() can find it again."""


def install(level: int = logging.INFO) -> Path:
    """Send Helder's log records to the rotated log file and log uncaught errors; idempotent."""
    path = log_path()
    root = logging.getLogger()
    if not any(isinstance(h, _HelderLog) for h in root.handlers):
        handler = _HelderLog(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                             delay=True)
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.setLevel(level)
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > level:
            root.setLevel(level)
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_thread_uncaught
    return path


def _log_uncaught(kind: type[BaseException], error: BaseException,
                  tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    log.critical("unexpected error", exc_info=(kind, error, tb))
    sys.__excepthook__(kind, error, tb)  # still on stderr, as Python would


def _log_thread_uncaught(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    error = args.exc_value
    log.critical("unexpected error in thread %s", name,
                 exc_info=(args.exc_type, error, args.exc_traceback) if error is not None else None)
    if sys.__stderr__ is not None:  # None under pythonw (Windows without a console)
        sys.__stderr__.write(f"Helder: unexpected error in thread {name}: {error!r}\n")
