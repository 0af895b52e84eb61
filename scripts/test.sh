#!/usr/bin/env bash
# The whole test suite, headless: Qt offscreen for most tests, a private Xvfb for the
# end-to-end keyboard and AT-SPI tests (they start their own; see tests/e2e).
set -uo pipefail
cd "$(dirname "$0")/.."
# Compile any .ts that changed (a merge, a translation) so the tests read current texts.
make --no-print-directory -s translations || exit 1
export QT_QPA_PLATFORM=offscreen
# Qt's platform and multimedia warnings are noise in a log; the tests assert what matters.
export QT_LOGGING_RULES="qt.multimedia*=false;qt.qpa.*=false"
# -rs: the summary names every skipped test and why (e.g. no ../shared beside the clone).
.venv/bin/python -m pytest -q -rs -p no:cacheprovider "$@"
rc=$?
[ $rc -eq 5 ] && { echo "no tests were collected" >&2; exit 1; }
exit $rc
