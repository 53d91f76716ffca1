#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A console's first connection to an engine with a long past: ROWS attempts (default
# 2,000,000 over the last three days) and their change log seeded into the engine's store, then
# in one run: the console's first sync (the recent hour first, roll-ups, older changes in the
# background) beside the reference, a replay of the whole change log (stopped after LIMIT
# seconds, default 60, and projected). Figures, never pass/fail.
# Usage: bench/console-first-sync.sh [rows] [limit-seconds]
# PRESET=dev measures the dev build (RelWithDebInfo) instead of the release one.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-2000000}
LIMIT=${2:-60}
PRESET=${PRESET:-release}

. bench/sink.sh
. bench/aged-store.sh
install_bench_packages sqlite3
./scripts/deps.sh >/dev/null
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" --target switchboardd bench_console_first_sync >/dev/null

work=$(mktemp -d)
engine_pid=
cleanup() { [ -n "$engine_pid" ] && kill "$engine_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
TOKEN=bench-token
start_engine() {
  SWITCHBOARD_ADMIN_TOKEN=$TOKEN "build/$PRESET/src/engine/switchboardd" --listen "127.0.0.1:$port" --data-dir "$work/engine" \
    --allow-network 127.0.0.0/8 --retention 0 >>"$work/engine.log" 2>&1 &
  engine_pid=$!
  for _ in $(seq 6000); do curl -sf "$base/api/v1/health" >/dev/null && return; sleep 0.05; done
  echo "the engine did not start" >&2; exit 1
}
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }

mkdir -p "$work/engine"
start_engine
app=$(api -d '{"name":"Aged"}' "$base/api/v1/app" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
# Nothing listens there: the engine has nothing to send during the measurement anyway.
ep=$(api -d '{"url":"http://127.0.0.1:9/hook","description":"CRM"}' "$base/api/v1/app/$app/endpoint" \
     | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
kill "$engine_pid"; wait "$engine_pid" 2>/dev/null || true
t0=$(date +%s)
SEED_CHANGES=1 seed_attempts "$work/engine/switchboard.db" "$app" "$ep" "$ROWS"
rebuild_rollups_at_start "$work/engine/switchboard.db"
echo "== seeded $ROWS attempts and their change log in $(( $(date +%s) - t0 )) s; engine ($PRESET build) builds its roll-ups at start"
start_engine
QT_QPA_PLATFORM=offscreen "build/$PRESET/bench/console-first-sync/bench_console_first_sync" "$base" "$TOKEN" "$work" "$LIMIT"
