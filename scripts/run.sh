#!/usr/bin/env bash
# Open Helder on its sample issue (or the files given). Without a screen, say how to get one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(uname)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
   && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "There is no screen here (DISPLAY is not set), so Helder's window cannot open." >&2
  echo "Run it on a virtual screen instead:  xvfb-run make run" >&2
  exit 2
fi
exec .venv/bin/python -m reader "$@"
