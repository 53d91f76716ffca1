#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The console's delivery log over a local history of 1,000,000 attempts (built once under
# $TMPDIR/switchboard-bench and reused): window open to first rows, filters, jump to the
# oldest, memory, and GUI event-loop stalls while a stream feeds 5,000 changes/s. Each figure
# is printed beside a reference measured in the same run. Figures, never pass/fail.
# Usage: bench/dashboard-log.sh [attempts]
set -euo pipefail
cd "$(dirname "$0")/.."
ATTEMPTS=${1:-1000000}
./scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target bench_dashboard_log >/dev/null
QT_QPA_PLATFORM=offscreen build/release/bench/dashboard-log/bench_dashboard_log \
  "${TMPDIR:-/tmp}/switchboard-bench" "$ATTEMPTS" 2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2)
