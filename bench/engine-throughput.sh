#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Throughput of the delivery engine against its ceiling, measured in one run on this machine:
#  (a) wrk posting 1 KiB JSON straight to an nginx sink on loopback: the ceiling;
#  (b) the engine delivering 1 KiB events to the same sink end to end: wrk posts events to
#      the engine's ingest API at several concurrency levels, and a level counts as done when
#      every accepted event has a committed attempt.
# Prints deliveries/s, ingest-to-first-attempt latency p50/p99, peak RSS and engine/wrk.
# Figures, never pass/fail. Usage: bench/engine-throughput.sh [seconds-per-level]
# SWITCHBOARDD=path runs that engine binary instead of building the release preset: to measure
# an older revision (a reference) on the same machine, back to back with the current one.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_LEVEL=${1:-10}
LEVELS=(8 32 128 256)

. bench/sink.sh
install_bench_packages nginx-light wrk sqlite3
./scripts/deps.sh
if [ -z "${SWITCHBOARDD:-}" ]; then
  cmake --preset release >/dev/null
  cmake --build --preset release --target switchboardd >/dev/null
  SWITCHBOARDD=build/release/src/engine/switchboardd
fi

bench_workspace
SINK_PORT=$(free_port)
ENGINE_PORT=$(free_port)
TOKEN=bench-token

start_sink "$work" "$SINK_PORT"

payload=$(python3 -c 'print("x"*960)')
post_script "$work/sink.lua" "{\"type\":\"call.ended\",\"data\":{\"blob\":\"$payload\"}}"
sleep 0.5
echo "== (a) ceiling: wrk -> nginx, 1 KiB POST, ${SECONDS_PER_LEVEL}s"
ceiling=$(wrk -t2 -c32 -d"${SECONDS_PER_LEVEL}s" -s "$work/sink.lua" "http://127.0.0.1:$SINK_PORT/hook" | awk '/Requests\/sec/ {print $2}')
printf '   %.0f requests/s\n' "$ceiling"

SWITCHBOARD_ADMIN_TOKEN=$TOKEN "$SWITCHBOARDD" --listen "127.0.0.1:$ENGINE_PORT" \
  --data-dir "$work/data" --allow-network 127.0.0.0/8 --max-in-flight 256 >"$work/engine.log" 2>&1 &
engine_pid=$!
pids+=($engine_pid)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$ENGINE_PORT/api/v1/health" >/dev/null && break; sleep 0.1; done
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
app=$(api -d '{"name":"bench"}' "http://127.0.0.1:$ENGINE_PORT/api/v1/app" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
api -d "{\"url\":\"http://127.0.0.1:$SINK_PORT/hook\",\"maxConcurrency\":64}" \
  "http://127.0.0.1:$ENGINE_PORT/api/v1/app/$app/endpoint" >/dev/null
post_script "$work/ingest.lua" "{\"eventType\":\"call.ended\",\"payload\":{\"blob\":\"$payload\"}}" "$TOKEN"
db="$work/data/switchboard.db"
q() { sqlite3 -readonly "$db" "$1"; }

echo "== (b) engine: wrk -> switchboardd ingest -> signed delivery -> nginx, ${SECONDS_PER_LEVEL}s per level"
printf '   %-12s %12s %14s %10s %10s %12s %10s\n' connections ingested/s deliveries/s p50_ms p99_ms peak_rss_MB engine/wrk
for c in "${LEVELS[@]}"; do
  since=$(( $(date +%s%3N) ))
  ingest=$(wrk -t1 -c"$c" -d"${SECONDS_PER_LEVEL}s" -s "$work/ingest.lua" \
    "http://127.0.0.1:$ENGINE_PORT/api/v1/app/$app/msg" | awk '/Requests\/sec/ {print $2}')
  # Done when nothing accepted in this level is still waiting for its first committed attempt.
  for _ in $(seq 600); do
    [ "$(q "SELECT COUNT(*) FROM deliveries WHERE status <> 0 AND status = 1 AND updated_at >= $since")" = 0 ] && break
    sleep 0.1
  done
  read -r n first last < <(q "SELECT COUNT(*), MIN(created_at), MAX(created_at) FROM attempts WHERE created_at >= $since" | tr '|' ' ')
  last_done=$(q "SELECT MAX(created_at + duration_ms) FROM attempts WHERE created_at >= $since")
  span_ms=$(( last_done - since ))
  rate=$(python3 -c "print($n * 1000 / max(1, $span_ms))")
  lat=$(q "SELECT a.created_at - m.created_at FROM attempts a JOIN messages m ON m.id = a.msg_id WHERE m.created_at >= $since ORDER BY 1")
  p50=$(echo "$lat" | python3 -c 'import sys;v=[int(x) for x in sys.stdin if x.strip()];print(v[len(v)//2] if v else 0)')
  p99=$(echo "$lat" | python3 -c 'import sys;v=[int(x) for x in sys.stdin if x.strip()];print(v[min(len(v)-1,len(v)*99//100)] if v else 0)')
  rss=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$engine_pid/status")
  ratio=$(python3 -c "print(f'{$rate / $ceiling:.3f}')")
  printf '   %-12s %12.0f %14.0f %10s %10s %12s %10s\n' "$c" "$ingest" "$rate" "$p50" "$p99" "$rss" "$ratio"
done
