#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A normal producer's latency and the engine's memory while strangers attack it, in one run:
#  (a) reference: 4 producer connections posting 1 KiB events (wrk, authenticated), alone;
#  (b) the same while 8 clients send 256 MiB bodies without a token (half declared, half
#      chunked; again each time the engine closes on them) and 2,000 slowloris connections
#      trickle header lines without ever finishing (reopened when the engine closes them).
# Prints, per phase: the producer's requests/s, p50 and p99, how many of the requests a
# newcomer makes on fresh connections (a console connecting, every 200 ms) were answered
# within 2 s, the engine's peak RSS during it, and the ratios (b)/(a); then what the attackers
# got. Figures, never pass/fail.
# Usage: bench/engine-hostile.sh [seconds] [floods] [slow-connections]
# SWITCHBOARDD=path runs that engine binary instead of building the release preset.
# ENGINE_SOFT_NOFILE=1024 starts the engine with that soft limit on open files (many hosts'
# default; the hard limit stays), as a service started without LimitNOFILE would be.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${1:-10}
FLOODS=${2:-8}
SLOW=${3:-2000}

. bench/sink.sh
install_bench_packages nginx-light wrk
./scripts/deps.sh
if [ -z "${SWITCHBOARDD:-}" ]; then
  cmake --preset release >/dev/null
  cmake --build --preset release --target switchboardd >/dev/null
  SWITCHBOARDD=build/release/src/engine/switchboardd
fi
ulimit -n "$(ulimit -Hn)" # the attackers' own connections

bench_workspace
SINK_PORT=$(free_port)
ENGINE_PORT=$(free_port)
TOKEN=bench-token
start_sink "$work" "$SINK_PORT"
limit=()
[ -n "${ENGINE_SOFT_NOFILE:-}" ] && limit=(prlimit --nofile="$ENGINE_SOFT_NOFILE:$(ulimit -Hn)")
SWITCHBOARD_ADMIN_TOKEN=$TOKEN "${limit[@]}" "$SWITCHBOARDD" --listen "127.0.0.1:$ENGINE_PORT" \
  --data-dir "$work/data" --allow-network 127.0.0.0/8 >"$work/engine.log" 2>&1 &
engine_pid=$!
pids+=($engine_pid)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$ENGINE_PORT/api/v1/health" >/dev/null && break; sleep 0.1; done
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
app=$(api -d '{"name":"bench"}' "http://127.0.0.1:$ENGINE_PORT/api/v1/app" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
api -d "{\"url\":\"http://127.0.0.1:$SINK_PORT/hook\"}" "http://127.0.0.1:$ENGINE_PORT/api/v1/app/$app/endpoint" >/dev/null
payload=$(python3 -c 'print("x"*960)')
post_script "$work/ingest.lua" "{\"eventType\":\"call.ended\",\"payload\":{\"blob\":\"$payload\"}}" "$TOKEN"

rss_mib() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$engine_pid/status"; }
# producer PHASE: wrk for the phase while the engine's RSS is sampled; sets rate p50 p99 peak.
producer() {
  local samples="$work/rss-$1"
  ( while kill -0 "$engine_pid" 2>/dev/null; do rss_mib >>"$samples"; echo >>"$samples"; sleep 0.1; done ) &
  local sampler=$!
  ( end=$(( $(date +%s) + SECONDS_PER_PHASE )); while [ "$(date +%s)" -lt "$end" ]; do
      curl -s -o /dev/null -m 2 -w '%{http_code}\n' "http://127.0.0.1:$ENGINE_PORT/api/v1/health" || true; sleep 0.2
    done >"$work/newcomer-$1" ) &
  local newcomer=$!
  # --timeout: an engine that answers nobody shows as a p99 of seconds, not as no figure.
  wrk -t1 -c4 -d"${SECONDS_PER_PHASE}s" --timeout 5s --latency -s "$work/ingest.lua" \
    "http://127.0.0.1:$ENGINE_PORT/api/v1/app/$app/msg" >"$work/wrk-$1"
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  wait "$newcomer" || true
  fresh="$(grep -c '^200$' "$work/newcomer-$1" || true)/$(wc -l <"$work/newcomer-$1")"
  rate=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$1")
  rate=${rate:-0}
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk-$1")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk-$1")
  peak=$(sort -n "$samples" | tail -1)
}
ms() { python3 -c "import sys;v=sys.argv[1];print('nan' if not v else float(v[:-2]) if v.endswith('ms') else float(v[:-2])/1000 if v.endswith('us') else float(v[:-1])*1000)" "${1:-}"; }

echo "== a normal producer (4 connections, 1 KiB events) alone, then beside $FLOODS floods of 256 MiB without a token and $SLOW slowloris connections; ${SECONDS_PER_PHASE}s each"
printf '   %-10s %12s %10s %10s %12s %14s\n' phase requests/s p50_ms p99_ms newcomer_ok peak_rss_MiB
idle_rss=$(rss_mib)
producer alone
ref_rate=$rate ref_p99=$(ms "$p99")
printf '   %-10s %12.0f %10.2f %10.2f %12s %14s\n' alone "$rate" "$(ms "$p50")" "$ref_p99" "$fresh" "$peak"

python3 bench/hostile-clients.py "$ENGINE_PORT" "$app" $((SECONDS_PER_PHASE + 20)) "$FLOODS" "$SLOW" 256 >"$work/attack.log" 2>&1 &
attacker=$!
pids+=($attacker)
for _ in $(seq 700); do grep -q ready "$work/attack.log" && break; sleep 0.1; done
if ! grep -q ready "$work/attack.log"; then
  echo "the attackers never got going: $(cat "$work/attack.log")" >&2
  exit 1
fi
producer attacked
hostile_p99=$(ms "$p99")
printf '   %-10s %12.0f %10.2f %10.2f %12s %14s\n' attacked "$rate" "$(ms "$p50")" "$hostile_p99" "$fresh" "$peak"
python3 -c "import sys;a,b,c,d=map(float,sys.argv[1:]);print(f'   attacked/alone: requests/s {c/a:.2f}, p99 {d/b:.2f}')" "$ref_rate" "$ref_p99" "$rate" "$hostile_p99"
echo "   engine RSS: ${idle_rss} MiB idle, peak $(awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$engine_pid/status") MiB over the whole run"
wait "$attacker" || true
echo "   attackers: $(tail -1 "$work/attack.log")"
curl -sf "http://127.0.0.1:$ENGINE_PORT/metrics" -H "Authorization: Bearer $TOKEN" |
  grep -E '^switchboard_http_(refused_at_headers|too_large|header_timeouts|body_timeouts|connections_refused|accept_errors)_total' | sed 's/^/   /'
