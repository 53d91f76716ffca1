#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The demo: builds Switchboard, starts the engine on its embedded SQLite in a fresh data
# directory, five test receivers that behave differently (healthy, slow, flaky, down, gone),
# the traffic simulator, and opens the desktop console already connected to the engine.
# Ctrl+C, or closing the console, stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'EOF'
usage: ./scripts/demo.sh [--headless] [--rate N]

  --headless   start the engine, receivers and simulator only, and print how to open the
               console on them (for machines without a display)
  --rate N     simulated events per second (default 10)

Environment: SWITCHBOARD_DEMO_BUILD_DIR (default build/dev) builds there instead of with the
dev preset; SWITCHBOARD_DEMO_NO_BUILD=1 runs what is already built there (a quick restart);
SWITCHBOARD_DEMO_DATA_DIR uses that directory instead of a new one.
EOF
}

headless=0
rate=10
while [ $# -gt 0 ]; do
  case "$1" in
    --headless) headless=1 ;;
    --rate) [ $# -ge 2 ] || { echo "demo.sh: --rate needs a value" >&2; exit 2; }; rate=$2; shift ;;
    --rate=*) rate=${1#--rate=} ;;
    -h|--help) usage; exit 0 ;;
    *) echo "demo.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
if ! [[ $rate =~ ^[0-9]+([.][0-9]+)?$ ]] || [[ $rate =~ ^0+([.]0*)?$ ]]; then
  echo "demo.sh: --rate: expected events per second above 0, got \"$rate\"" >&2
  exit 2
fi

# Say so before spending minutes on a build whose window could not open.
if [ $headless -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat >&2 <<'EOF'
demo.sh: there is no display ($DISPLAY and $WAYLAND_DISPLAY are empty), so the console
cannot open. Either run the demo on a virtual display:

    xvfb-run -s "-screen 0 1600x1000x24" ./scripts/demo.sh

or start everything but the console and connect to it from elsewhere:

    ./scripts/demo.sh --headless
EOF
  exit 2
fi

./scripts/deps.sh

build_dir=${SWITCHBOARD_DEMO_BUILD_DIR:-build/dev}
data_dir=${SWITCHBOARD_DEMO_DATA_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/switchboard-demo.XXXXXX")}
mkdir -p "$data_dir"
data_dir=$(cd "$data_dir" && pwd)
targets=(switchboardd switchboard-receiver switchboard-sim switchboard)

if [ -n "${SWITCHBOARD_DEMO_NO_BUILD:-}" ]; then
  echo "demo: using what is built in $build_dir"
else
  echo "demo: building (log: $data_dir/build.log)"
  {
    if [ "$build_dir" = build/dev ]; then
      cmake --preset dev && cmake --build --preset dev --target "${targets[@]}"
    else
      [ -f "$build_dir/CMakeCache.txt" ] || cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
      cmake --build "$build_dir" --target "${targets[@]}"
    fi
  } >"$data_dir/build.log" 2>&1 || { tail -n 40 "$data_dir/build.log" >&2; echo "demo: the build failed" >&2; exit 1; }
fi

engine_bin=$build_dir/src/engine/switchboardd
receiver_bin=$build_dir/src/tools/receiver/switchboard-receiver
sim_bin=$build_dir/src/tools/sim/switchboard-sim
console_bin=$build_dir/src/dashboard/switchboard
for bin in "$engine_bin" "$receiver_bin" "$sim_bin" "$console_bin"; do
  [ -x "$bin" ] || { echo "demo: $bin is missing; build it first" >&2; exit 1; }
done

pids=()
ticker=""
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  # Newest first: the console and the simulator go before the engine they talk to.
  local i pid
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill -TERM "${pids[$i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    # The engine drains deliveries in flight for up to 10 s; then it is killed.
    for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  [ -z "$ticker" ] || kill "$ticker" 2>/dev/null || true
  wait 2>/dev/null || true
  if [ ${#pids[@]} -gt 0 ]; then
    echo "demo: stopped everything it started; data and logs are kept in $data_dir"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() { echo "demo: $1" >&2; [ -z "${2:-}" ] || tail -n 20 "$2" >&2; exit 1; }

# Waits for "listening on http://HOST:PORT" as the first line of a log and prints the URL.
listening_url() {
  local log=$1 pid=$2 line
  for _ in $(seq 150); do
    line=$(head -n 1 "$log" 2>/dev/null || true)
    if [[ $line =~ listening\ on\ (https?://[^[:space:]]+) ]]; then
      echo "${BASH_REMATCH[1]}"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

token=$(openssl rand -hex 24)
port=8071
if port_in_use $port; then
  echo "demo: port $port is busy; the engine takes a free port instead"
  port=0
fi
SWITCHBOARD_ADMIN_TOKEN=$token "$engine_bin" --listen "127.0.0.1:$port" --data-dir "$data_dir/engine" \
  --allow-network 127.0.0.0/8 --retry-schedule "0, 5s, 30s, 2m" >"$data_dir/engine.log" 2>&1 &
pids+=($!)
engine=$(listening_url "$data_dir/engine.log" $!) || fail "the engine did not start:" "$data_dir/engine.log"
for _ in $(seq 100); do
  curl -fsS -o /dev/null "$engine/api/v1/health" 2>/dev/null && break
  sleep 0.1
done
curl -fsS -o /dev/null "$engine/api/v1/health" || fail "the engine does not answer $engine/api/v1/health" "$data_dir/engine.log"

# name, what it does (for the summary), receiver options
receivers=(
  "healthy|answers 200 at once|--latency-ms 15"
  "slow|answers 200 after 2 s|--latency-ms 2000"
  "flaky|answers 503 to 20% of deliveries; retries get them through|--fail-percent 20 --fail-status 503"
  "down|nothing listens: connection refused, retried, then dead-lettered|"
  "gone|answers 410 Gone: the engine disables its endpoints|--status 410"
)
endpoint_args=()
summary=()
for spec in "${receivers[@]}"; do
  IFS='|' read -r name what options <<<"$spec"
  log=$data_dir/receiver-$name.log
  # shellcheck disable=SC2086 # options are words on purpose
  "$receiver_bin" --listen 127.0.0.1:0 $options >"$log" 2>&1 &
  pid=$!
  url=$(listening_url "$log" $pid) || fail "receiver $name did not start:" "$log"
  if [ "$name" = down ]; then
    # A port a receiver listened on a moment ago and nobody does now: a crashed server.
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "(stopped: deliveries to $url are refused)" >>"$log"
  else
    pids+=("$pid")
  fi
  endpoint_args+=(--endpoint "$name=$url")
  summary+=("$(printf '    %-8s %-24s %s' "$name" "$url" "$what")")
done

# The on-call team's pager: the engine's operational webhook endpoint.disabled goes there (not
# every dead letter: the down receivers make several a second, too many to page anyone for).
# A PUT to a uid makes it once and updates it on later runs.
pager_log=$data_dir/receiver-pager.log
"$receiver_bin" --listen 127.0.0.1:0 >"$pager_log" 2>&1 &
pager_pid=$!
pids+=("$pager_pid")
pager_url=$(listening_url "$pager_log" $pager_pid) || fail "the pager receiver did not start:" "$pager_log"
curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"url\": \"$pager_url/pager\", \"description\": \"On-call pager\", \"eventTypes\": [\"endpoint.disabled\"]}" \
  "$engine/api/v1/operational-webhook/endpoint/demo-pager" || fail "could not set up the operational webhook" "$data_dir/engine.log"
summary+=("$(printf '    %-8s %-24s %s' pager "$pager_url" "the on-call pager: the operational webhook endpoint.disabled")")

SWITCHBOARD_TOKEN=$token "$sim_bin" --engine "$engine" --rate "$rate" "${endpoint_args[@]}" \
  >"$data_dir/sim.log" 2>&1 &
sim_pid=$!
pids+=($sim_pid)
for _ in $(seq 300); do
  grep -q "ready on" "$data_dir/sim.log" 2>/dev/null && break
  kill -0 $sim_pid 2>/dev/null || break
  sleep 0.1
done
grep -q "ready on" "$data_dir/sim.log" || fail "the simulator did not start:" "$data_dir/sim.log"

console_command="SWITCHBOARD_TOKEN=$token $console_bin --engine $engine"
cat <<EOF

Switchboard demo
  engine     $engine  (SQLite in $data_dir/engine; retries after 5 s, 30 s, 2 min)
  token      $token
  customers  Acme Health, Northwind Insurance, Globex Logistics: one endpoint per receiver each
  receivers
$(printf '%s\n' "${summary[@]}")
  traffic    switchboard-sim, $rate events/s: calls, agents, workflows, campaigns, failures
  logs       $data_dir/{engine,sim,receiver-*}.log
EOF

if [ $headless -eq 1 ]; then
  cat <<EOF
  console    $console_command

Running without the console. Press Ctrl+C to stop everything.
EOF
  # Show the simulator's progress now and then, until Ctrl+C or until it stops on its own.
  while kill -0 $sim_pid 2>/dev/null; do
    sleep 15 &
    ticker=$!
    wait $ticker || true
    ticker=""
    tail -n 1 "$data_dir/sim.log"
  done
  fail "the simulator stopped:" "$data_dir/sim.log"
fi

# The console keeps its settings and local history in the data directory too, so the demo
# leaves the user's own console configuration alone.
XDG_CONFIG_HOME=$data_dir/console/config XDG_DATA_HOME=$data_dir/console/data \
  SWITCHBOARD_TOKEN=$token "$console_bin" --engine "$engine" >"$data_dir/console.log" 2>&1 &
console_pid=$!
pids+=($console_pid)
cat <<EOF
  console    open; the same from another shell: $console_command

Close the console or press Ctrl+C to stop everything.
EOF
wait $console_pid || true
