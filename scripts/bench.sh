#!/usr/bin/env bash
# Print Helder's figures: start-up, memory, and whatever later benchmarks add
# (benchmarks/bench_mail.py: refreshing a 5,000-message Dovecot folder with 5 new messages).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for bench in benchmarks/bench_*.py; do
  .venv/bin/python "$bench"
done
