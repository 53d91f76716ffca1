#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The engine at age: a store already holding ROWS attempts (default 2,000,000, spread over the
# last three days), measured for each engine binary in one run:
#  (a) start-up time on that store (the current engine builds its roll-ups once, here);
#  (b) GET /api/v1/stats latency, last hour: default `since` (engines before a91b351 scan the
#      range; later ones start it on a whole minute and read roll-ups) and `since` on a whole
#      minute (roll-ups), and endpoint stats;
#  (c) ingest alone vs ingest while 4 readers loop over stats, an attempt list, endpoint stats
#      and /metrics (what a few consoles and a scraper do): ingest/s, the ratio, the reads
#      each reader got done and the write-ahead log's size after them.
# Figures, never pass/fail. Usage: bench/engine-longhaul.sh [rows] [seconds]
# SWITCHBOARDD=path (default: the release build) is measured; REFERENCE=path, if given, is
# measured first in the same run, for a before/after on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-2000000}
SECS=${2:-5}

. bench/sink.sh
. bench/aged-store.sh
install_bench_packages nginx-light wrk sqlite3
if [ -z "${SWITCHBOARDD:-}" ]; then
  ./scripts/deps.sh
  cmake --preset release >/dev/null
  cmake --build --preset release --target switchboardd >/dev/null
  SWITCHBOARDD=build/release/src/engine/switchboardd
fi

bench_workspace
SINK_PORT=$(free_port)
start_sink "$work" "$SINK_PORT"
TOKEN=bench-token

ms_of() { curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$1" | python3 -c 'import sys;print(round(float(sys.stdin.read())*1000))'; }
median3() { python3 -c 'import sys;v=sorted(int(x) for x in sys.argv[1:]);print(v[len(v)//2])' "$@"; }

measure() {
  local label=$1 exe=$2 dir="$work/$1" port
  port=$(free_port)
  local base="http://127.0.0.1:$port"
  start_engine() {
    SWITCHBOARD_ADMIN_TOKEN=$TOKEN "$exe" --listen "127.0.0.1:$port" --data-dir "$dir" --allow-network 127.0.0.0/8 \
      --retention 0 >>"$dir.log" 2>&1 &
    engine_pid=$!
    pids+=($engine_pid)
    for _ in $(seq 6000); do curl -sf "$base/api/v1/health" >/dev/null && return; sleep 0.05; done
  }
  api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
  mkdir -p "$dir"
  # An engine before --retention existed refuses the option: run it without.
  "$exe" --help 2>/dev/null | grep -q -- '--retention' || start_engine() {
    SWITCHBOARD_ADMIN_TOKEN=$TOKEN "$exe" --listen "127.0.0.1:$port" --data-dir "$dir" --allow-network 127.0.0.0/8 >>"$dir.log" 2>&1 &
    engine_pid=$!
    pids+=($engine_pid)
    for _ in $(seq 6000); do curl -sf "$base/api/v1/health" >/dev/null && return; sleep 0.05; done
  }
  start_engine
  local app ep
  app=$(api -d '{"name":"aged"}' "$base/api/v1/app" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
  ep=$(api -d "{\"url\":\"http://127.0.0.1:$SINK_PORT/hook\",\"maxConcurrency\":64}" "$base/api/v1/app/$app/endpoint" \
       | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
  kill "$engine_pid"; wait "$engine_pid" 2>/dev/null || true
  seed_attempts "$dir/switchboard.db" "$app" "$ep" "$ROWS"
  # A store written before the roll-ups existed: the current engine builds them at start.
  rebuild_rollups_at_start "$dir/switchboard.db"
  local t0 t1
  t0=$(date +%s%3N); start_engine; t1=$(date +%s%3N)
  local startup=$((t1 - t0))
  local now_min since_aligned
  now_min=$(( $(date +%s) / 60 * 60 ))
  since_aligned=$(date -u -d "@$((now_min - 3600))" +%Y-%m-%dT%H:%M:%SZ)
  local s1=() s2=() s3=()
  for _ in 1 2 3; do
    s1+=("$(ms_of "$base/api/v1/stats?bucket=60")")
    s2+=("$(ms_of "$base/api/v1/stats?bucket=60&since=$since_aligned")")
    s3+=("$(ms_of "$base/api/v1/app/$app/endpoint/$ep/stats")")
  done
  post_script "$work/ingest.lua" "{\"eventType\":\"call.ended\",\"payload\":{\"call_id\":\"c1\",\"blob\":\"$(python3 -c 'print("x"*900)')\"}}" "$TOKEN"
  local alone with
  alone=$(wrk -t1 -c32 -d"${SECS}s" -s "$work/ingest.lua" "$base/api/v1/app/$app/msg" | awk '/Requests\/sec/ {print $2}')
  # The readers: one process, four threads on kept-alive connections (a console or a scraper
  # does not start a program per request), looping until wrk is done.
  local reads="$work/$label.reads"
  python3 - "$port" "$TOKEN" "$SECS" "$reads" "/api/v1/stats?bucket=60" "/api/v1/app/$app/attempt/endpoint/$ep" \
    "/api/v1/app/$app/endpoint/$ep/stats" "/metrics" <<'PY' &
import http.client, sys, threading, time
port, token, secs, out, paths = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5:]
end = time.time() + secs
counts = [0] * len(paths)
def loop(i):
    c = http.client.HTTPConnection("127.0.0.1", port)
    while time.time() < end:
        c.request("GET", paths[i], headers={"Authorization": "Bearer " + token})
        c.getresponse().read()
        counts[i] += 1
ts = [threading.Thread(target=loop, args=(i,)) for i in range(len(paths))]
for t in ts: t.start()
for t in ts: t.join()
open(out, "w").write("/".join(str(c) for c in counts))
PY
  local reader=$!
  with=$(wrk -t1 -c32 -d"${SECS}s" -s "$work/ingest.lua" "$base/api/v1/app/$app/msg" | awk '/Requests\/sec/ {print $2}')
  wait "$reader" || true
  local nreads; nreads=$(cat "$reads" 2>/dev/null || echo 0)
  # The write-ahead log's size once the readers stop: it cannot restart while some read
  # transaction is always open (checkpoint starvation), and every commit then pays for it.
  local wal_mb; wal_mb=$(( $(stat -c %s "$dir/switchboard.db-wal" 2>/dev/null || echo 0) / 1048576 ))
  kill "$engine_pid"; wait "$engine_pid" 2>/dev/null || true
  printf '   %-10s %10s %12s %12s %12s %12.0f %12.0f %8s %22s %8s\n' "$label" "$startup" "$(median3 "${s1[@]}")" \
    "$(median3 "${s2[@]}")" "$(median3 "${s3[@]}")" "$alone" "$with" \
    "$(python3 -c "print(f'{$with / max(1, $alone):.2f}')")" "$nreads" "$wal_mb"
}

echo "== $ROWS stored attempts; ingest ${SECS}s alone, then ${SECS}s beside 4 looping readers (32 connections)"
printf '   %-10s %10s %12s %12s %12s %12s %12s %8s %22s %8s\n' engine start_ms stats_ms stats_min_ms ep_stats_ms \
  ingest/s with_rd/s ratio reads:stats/list/ep/metrics wal_MB
[ -n "${REFERENCE:-}" ] && measure reference "$REFERENCE"
measure current "$SWITCHBOARDD"
