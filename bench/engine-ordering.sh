#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What per-key ordering costs, measured in one run on this machine: the same calls (6 events
# each, posted by wrk as fast as the engine takes them) delivered to an endpoint without
# ordering (the reference) and to one with ordering "per-key", through a receiver that fails
# 30 % of tries at random and answers after 5 ms. Rounds alternate reference and ordered.
# Prints, per run: events, deliveries/s to the last success, per-call completion p50/p99 (first
# event accepted to last event delivered), failed tries, and ordered/reference ratios.
# Figures, never pass/fail. Usage: bench/engine-ordering.sh [seconds-of-ingest] [rounds]
# SWITCHBOARDD=path runs that engine binary instead of building the release preset.
# STORE=postgresql runs the engine on a throwaway PostgreSQL server (durable defaults) instead
# of SQLite: there an ordered call's events each draw their place in the lane (a round trip).
# NODES=2 (or 3; PostgreSQL only) runs that many engines on that database, wrk posting to each
# its own calls: each node also asks which node holds a call's lane, and hands the events of
# calls whose lane is another node's over to it.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_INGEST=${1:-5}
ROUNDS=${2:-2}

. bench/sink.sh
STORE=${STORE:-sqlite}
NODES=${NODES:-1}
if [ "$NODES" -gt 1 ] && [ "$STORE" != postgresql ]; then
  echo "NODES=$NODES needs STORE=postgresql" >&2
  exit 2
fi
install_bench_packages wrk sqlite3
./scripts/deps.sh
cmake --preset release >/dev/null
targets=(switchboard-receiver)
[ -z "${SWITCHBOARDD:-}" ] && targets+=(switchboardd)
cmake --build --preset release --target "${targets[@]}" >/dev/null
SWITCHBOARDD=${SWITCHBOARDD:-build/release/src/engine/switchboardd}
RECEIVER=build/release/src/tools/receiver/switchboard-receiver

bench_workspace
RECEIVER_PORT=$(free_port)
TOKEN=bench-token

"$RECEIVER" --listen "127.0.0.1:$RECEIVER_PORT" --quiet --fail-percent 30 --latency-ms 5 >"$work/receiver.log" 2>&1 &
pids+=($!)
store_args=()
if [ "$STORE" = postgresql ]; then
  chmod 755 "$work" # the server runs as the postgres user
  PG_URL=$(SWITCHBOARD_PG_DURABLE=1 ./scripts/test-postgres.sh start "$work/pg")
  trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; ./scripts/test-postgres.sh stop "$work/pg" >/dev/null 2>&1 || true; bench_cleanup' EXIT
  store_args=(--database "$PG_URL")
fi
engine_ports=()
for node in $(seq "$NODES"); do
  port=$(free_port)
  engine_ports+=("$port")
  data_dir="$work/data"
  [ "$node" -gt 1 ] && data_dir="$work/data$node"
  SWITCHBOARD_ADMIN_TOKEN=$TOKEN "$SWITCHBOARDD" --listen "127.0.0.1:$port" \
    --data-dir "$data_dir" --allow-network 127.0.0.0/8 --max-in-flight 256 "${store_args[@]}" >"$work/engine$node.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
done
ENGINE_PORT=${engine_ports[0]}
# Every node counts the others, so they agree on the calls' lanes.
if [ "$NODES" -gt 1 ]; then wait_live_nodes "$NODES" "${engine_ports[@]}"; fi
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
id_of() { python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])'; }
# Quick retries, so that a run measures ordering, not the retry schedule.
schedule='[0,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1]'
make_app() { # NAME ORDERING -> app id
  local app
  app=$(api -d "{\"name\":\"$1\"}" "http://127.0.0.1:$ENGINE_PORT/api/v1/app" | id_of)
  api -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hook\",\"maxConcurrency\":64,\"ordering\":\"$2\",\"retrySchedule\":$schedule}" \
    "http://127.0.0.1:$ENGINE_PORT/api/v1/app/$app/endpoint" >/dev/null
  echo "$app"
}
plain=$(make_app reference none)
ordered=$(make_app ordered per-key)

cat > "$work/calls.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
counter = 0
prefix = ""
init = function(args) prefix = args[1] end
request = function()
  local call = math.floor(counter / 6)
  local n = counter % 6
  counter = counter + 1
  return wrk.format(nil, nil, nil, '{"eventType":"call.progress","payload":{"call_id":"' .. prefix .. call .. '","n":' .. n .. '}}')
end
LUA
db="$work/data/switchboard.db"
if [ "$STORE" = postgresql ]; then
  q() { psql -X -q -At -F '|' "$PG_URL" -c "$1"; }
else
  q() { sqlite3 -readonly "$db" "$1"; }
fi

run() { # APP LABEL ROUND -> prints a line, stores deliveries/s and p99 in $last_rate / $last_p99
  local app=$1 since
  since=$(date +%s%3N)
  local wrks=() node=0
  for port in "${engine_ports[@]}"; do # each node its own calls; their lanes may be another node's
    node=$((node + 1))
    wrk -t1 -c8 -d"${SECONDS_OF_INGEST}s" -s "$work/calls.lua" "http://127.0.0.1:$port/api/v1/app/$app/msg" \
      -- "$2-$3-n$node-" >/dev/null &
    wrks+=($!)
  done
  wait "${wrks[@]}"
  for _ in $(seq 1200); do
    [ "$(q "SELECT COUNT(*) FROM deliveries WHERE app_id = '$app' AND status IN (1, 3) AND updated_at >= $since")" = 0 ] && break
    sleep 0.1
  done
  local events ok failed done_ms
  events=$(q "SELECT COUNT(*) FROM messages WHERE app_id = '$app' AND created_at >= $since")
  read -r ok failed done_ms < <(q "SELECT SUM(CASE WHEN status = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN status <> 0 THEN 1 ELSE 0 END), MAX(created_at + duration_ms) FROM attempts
                                   WHERE app_id = '$app' AND created_at >= $since" | tr '|' ' ')
  local calls
  calls=$(q "SELECT MAX(a.created_at + a.duration_ms) - MIN(m.created_at) FROM messages m JOIN attempts a ON a.msg_id = m.id AND a.status = 0
             WHERE m.app_id = '$app' AND m.created_at >= $since GROUP BY m.correlation_key ORDER BY 1")
  read -r p50 p99 < <(echo "$calls" | python3 -c 'import sys;v=[int(x) for x in sys.stdin if x.strip()];print(v[len(v)//2], v[min(len(v)-1,len(v)*99//100)])')
  last_rate=$(python3 -c "print($ok * 1000 / max(1, $done_ms - $since))")
  last_p99=$p99
  printf '   %-10s %6s %8s %14.0f %14s %14s %10s\n' "$2" "$3" "$events" "$last_rate" "$p50" "$p99" "$failed"
}

[ "$NODES" -gt 1 ] && sleep 3 # the endpoints reach every node (followed changes) before calls go in
echo "== per-key ordering vs none ($STORE, $NODES node(s)): ${SECONDS_OF_INGEST}s of calls per run, receiver failing 30 % after 5 ms"
printf '   %-10s %6s %8s %14s %14s %14s %10s\n' run round events deliveries/s call_p50_ms call_p99_ms failed_tries
ref_rates=(); ord_rates=(); ref_p99=(); ord_p99=()
for round in $(seq "$ROUNDS"); do
  run "$plain" reference "$round"; ref_rates+=("$last_rate"); ref_p99+=("$last_p99")
  run "$ordered" ordered "$round"; ord_rates+=("$last_rate"); ord_p99+=("$last_p99")
done
python3 - "${ref_rates[*]}" "${ord_rates[*]}" "${ref_p99[*]}" "${ord_p99[*]}" <<'PY'
import sys
ref, ordd, rp, op = ([float(x) for x in a.split()] for a in sys.argv[1:5])
print("   ordered/reference deliveries/s per round: " + ", ".join(f"{o / r:.2f}" for o, r in zip(ordd, ref)))
print("   ordered/reference call p99 per round:     " + ", ".join(f"{o / r:.2f}" for o, r in zip(op, rp)))
PY
