#!/usr/bin/env bash
# Open Helder on its sample issue (or the files given). Without a screen, on a virtual one.
set -euo pipefail
cd "$(dirname "$0")/.."
make --no-print-directory -s translations
if [ "$(uname)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
   && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    echo "There is no screen here (DISPLAY is not set): Helder opens on a virtual screen" >&2
    echo "(Xvfb). Stop it with Ctrl+C; on a desktop it opens in a window." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m reader "$@"
  fi
  echo "There is no screen here (DISPLAY is not set), so Helder's window cannot open." >&2
  echo "Install Xvfb (apt install xvfb) to run it on a virtual screen." >&2
  exit 2
fi
exec .venv/bin/python -m reader "$@"
