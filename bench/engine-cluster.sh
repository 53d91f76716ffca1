#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Throughput of 1, 2 and 3 engine nodes sharing one PostgreSQL database, beside one engine on
# its embedded SQLite, all in one run against the same nginx sink:
#  (a) wrk posting 1 KiB JSON straight to the sink: the machine's ceiling in this run;
#  (b) per configuration, one wrk per node posts 1 KiB events to that node's ingest API (the
#      connections split between the nodes, as a load balancer would), and the run counts as
#      done when every accepted event has a committed attempt.
# PostgreSQL runs with its durable defaults (fsync on), like the SQLite store. Everything shares
# this machine's cores: read the figures as what one machine allows, not as scaling.
# Figures, never pass/fail. Usage: bench/engine-cluster.sh [seconds-per-run] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-96}

. bench/sink.sh
install_bench_packages nginx-light wrk sqlite3 postgresql
./scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target switchboardd >/dev/null

work=$(mktemp -d /tmp/switchboard-cluster-bench.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  ./scripts/test-postgres.sh stop "$work/pg" || true
  rm -rf "$work"
}
trap cleanup EXIT

SINK_PORT=$(free_port)
TOKEN=bench-token

start_sink "$work" "$SINK_PORT"
PG_URL=$(SWITCHBOARD_PG_DURABLE=1 ./scripts/test-postgres.sh start "$work/pg")
PG_BASE=${PG_URL%/postgres}

payload=$(python3 -c 'print("x"*960)')
post_script "$work/sink.lua" "{\"type\":\"call.ended\",\"data\":{\"blob\":\"$payload\"}}"
post_script "$work/ingest.lua" "{\"eventType\":\"call.ended\",\"payload\":{\"blob\":\"$payload\"}}" "$TOKEN"
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$SINK_PORT/" && break; sleep 0.1; done
echo "== (a) ceiling: wrk -> nginx, 1 KiB POST, ${SECONDS_PER_RUN}s"
ceiling=$(wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" -s "$work/sink.lua" "http://127.0.0.1:$SINK_PORT/hook" | awk '/Requests\/sec/ {print $2}')
printf '   %.0f requests/s\n' "$ceiling"

api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }

# run NAME NODES BACKEND -> prints one table row
run() {
  local name=$1 nodes=$2 backend=$3 db=() q ports=() engines=()
  if [ "$backend" = postgresql ]; then
    psql -q "$PG_URL" -c "CREATE DATABASE $name" >/dev/null
    db=(--database "$PG_BASE/$name")
    q() { psql -qAt "$PG_BASE/$name" -c "$1"; }
  else
    q() { sqlite3 -readonly "$work/$name/switchboard.db" "$1"; }
  fi
  for i in $(seq "$nodes"); do
    local port; port=$(free_port)
    SWITCHBOARD_ADMIN_TOKEN=$TOKEN build/release/src/engine/switchboardd --listen "127.0.0.1:$port" \
      --data-dir "$work/$name" "${db[@]}" --allow-network 127.0.0.0/8 --max-in-flight 256 \
      >"$work/$name-$i.log" 2>&1 &
    pids+=($!); engines+=($!); ports+=("$port")
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
  done
  local base="http://127.0.0.1:${ports[0]}"
  local app; app=$(api -d '{"name":"bench"}' "$base/api/v1/app" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
  api -d "{\"url\":\"http://127.0.0.1:$SINK_PORT/hook\",\"maxConcurrency\":128}" "$base/api/v1/app/$app/endpoint" >/dev/null
  # The other nodes follow the new endpoint within a notification (at worst their 1 s poll).
  wait_live_nodes "$nodes" "${ports[@]}"
  sleep 1.5
  local since; since=$(date +%s%3N)
  local per=$(( CONNECTIONS / nodes ))
  local wrks=()
  for port in "${ports[@]}"; do
    wrk -t1 -c"$per" -d"${SECONDS_PER_RUN}s" -s "$work/ingest.lua" \
      "http://127.0.0.1:$port/api/v1/app/$app/msg" >"$work/$name-wrk-$port.txt" &
    wrks+=($!)
  done
  for p in "${wrks[@]}"; do wait "$p"; done
  local ingest; ingest=$(cat "$work"/"$name"-wrk-*.txt | awk '/Requests\/sec/ {s += $2} END {print s}')
  for _ in $(seq 900); do
    [ "$(q "SELECT COUNT(*) FROM deliveries WHERE status <> 0 AND status = 1 AND updated_at >= $since")" = 0 ] && break
    sleep 0.1
  done
  local n last_done
  n=$(q "SELECT COUNT(*) FROM attempts WHERE created_at >= $since")
  last_done=$(q "SELECT MAX(created_at + duration_ms) FROM attempts WHERE created_at >= $since")
  local span=$(( last_done - since ))
  local rate; rate=$(python3 -c "print($n * 1000 / max(1, $span))")
  local dup; dup=$(q "SELECT COUNT(*) - COUNT(DISTINCT msg_id) FROM attempts WHERE created_at >= $since")
  printf '   %-16s %6s %12.0f %14.0f %10s %10.3f\n' "$name" "$nodes" "$ingest" "$rate" "$dup" \
    "$(python3 -c "print($rate / $ceiling)")"
  echo "$rate" >"$work/$name.rate"
  for e in "${engines[@]}"; do kill -TERM "$e" 2>/dev/null || true; done
  for e in "${engines[@]}"; do wait "$e" 2>/dev/null || true; done
}

echo "== (b) wrk (${CONNECTIONS} connections split over the nodes) -> switchboardd nodes -> nginx, ${SECONDS_PER_RUN}s each"
printf '   %-16s %6s %12s %14s %10s %10s\n' store nodes ingested/s deliveries/s repeats engine/wrk
run sqlite 1 sqlite
run pg1 1 postgresql
run pg2 2 postgresql
run pg3 3 postgresql
python3 - "$work" <<PY
import sys, pathlib
w = pathlib.Path(sys.argv[1])
r = {n: float((w / f"{n}.rate").read_text()) for n in ("sqlite", "pg1", "pg2", "pg3")}
print("== ratios (same run)")
print(f"   PostgreSQL 1 node / SQLite 1 node: {r['pg1'] / r['sqlite']:.2f}")
print(f"   PostgreSQL 2 nodes / 1 node:       {r['pg2'] / r['pg1']:.2f}")
print(f"   PostgreSQL 3 nodes / 1 node:       {r['pg3'] / r['pg1']:.2f}")
PY
echo "   cores on this machine: $(nproc) (engines, PostgreSQL, nginx and wrk all share them)"
