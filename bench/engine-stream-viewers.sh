#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What consoles following the event stream cost ingest, and what masking adds: for each engine
# binary in one run, ingest (wrk, 32 connections, call events with a transcript and phone
# numbers) for SECS seconds alone, then beside N stream connections with an admin token (frames
# go out as stored), then beside N with a viewer token (every frame masked for them).
# Prints ingest/s, the ratios against ingest alone and the frames the streams received.
# Figures, never pass/fail. Usage: bench/engine-stream-viewers.sh [connections] [seconds]
# SWITCHBOARDD=path (default: the release build) is measured; REFERENCE=path, if given, first.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNS=${1:-8}
SECS=${2:-8}
PRESET=${PRESET:-release}

. bench/sink.sh
install_bench_packages nginx-light wrk
./scripts/deps.sh
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" --target bench_stream_viewers >/dev/null
[ -z "${SWITCHBOARDD:-}" ] && { cmake --build --preset "$PRESET" --target switchboardd >/dev/null; SWITCHBOARDD=build/$PRESET/src/engine/switchboardd; }
VIEWERS=build/$PRESET/bench/stream-viewers/bench_stream_viewers

bench_workspace
SINK_PORT=$(free_port)
start_sink "$work" "$SINK_PORT"
ADMIN=bench-admin-token-0123456789
VIEWER=bench-viewer-token-0123456789

measure() {
  local label=$1 exe=$2 dir="$work/$1" port
  port=$(free_port)
  local base="http://127.0.0.1:$port"
  mkdir -p "$dir"
  printf '[tokens]\nconsole = viewer:%s\n' "$VIEWER" > "$dir.conf"
  SWITCHBOARD_ADMIN_TOKEN=$ADMIN "$exe" --config "$dir.conf" --listen "127.0.0.1:$port" --data-dir "$dir" \
    --allow-network 127.0.0.0/8 >>"$dir.log" 2>&1 &
  local engine=$!
  pids+=($engine)
  for _ in $(seq 600); do curl -sf "$base/api/v1/health" >/dev/null && break; kill -0 "$engine" 2>/dev/null || { cat "$dir.log" >&2; exit 1; }; sleep 0.05; done
  api() { curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$@"; }
  local app
  app=$(api -d '{"name":"viewers"}' "$base/api/v1/app" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
  api -d "{\"url\":\"http://127.0.0.1:$SINK_PORT/hook\",\"maxConcurrency\":64}" "$base/api/v1/app/$app/endpoint" >/dev/null
  local transcript
  transcript=$(python3 -c 'print("caller: my card ends in 4242, please call me back " * 12)')
  post_script "$work/ingest.lua" "{\"eventType\":\"call.ended\",\"payload\":{\"call_id\":\"c1\",\"from\":\"+14155550123\",\"to\":\"+442071838750\",\"transcript\":\"$transcript\",\"summary\":\"callback requested\"}}" "$ADMIN"
  ingest() { wrk -t1 -c32 -d"${SECS}s" -s "$work/ingest.lua" "$base/api/v1/app/$app/msg" | awk '/Requests\/sec/ {print $2}'; }
  beside() { # TOKEN: ingest while CONNS streams follow with that token; prints "ingest/s frames"
    "$VIEWERS" "ws://127.0.0.1:$port/api/v1/stream" "$1" "$CONNS" "$((SECS + 1))" > "$work/frames" &
    local v=$!
    sleep 0.5 # the streams' handshakes, before the clock starts
    local rate; rate=$(ingest)
    wait "$v"
    echo "$rate $(cut -d' ' -f1 "$work/frames")"
  }
  local alone admin viewer
  alone=$(ingest)
  read -r admin admin_frames <<<"$(beside "$ADMIN")"
  read -r viewer viewer_frames <<<"$(beside "$VIEWER")"
  kill "$engine"; wait "$engine" 2>/dev/null || true
  printf '   %-10s %10.0f %12.0f %8s %12s %12.0f %8s %12s\n' "$label" "$alone" "$admin" \
    "$(python3 -c "print(f'{$admin / max(1, $alone):.2f}')")" "$admin_frames" "$viewer" \
    "$(python3 -c "print(f'{$viewer / max(1, $alone):.2f}')")" "$viewer_frames"
}

echo "== ingest ${SECS}s alone, beside $CONNS admin streams, beside $CONNS viewer (masked) streams"
printf '   %-10s %10s %12s %8s %12s %12s %8s %12s\n' engine alone/s admin/s ratio frames viewer/s ratio frames
[ -n "${REFERENCE:-}" ] && measure reference "$REFERENCE"
measure current "$SWITCHBOARDD"
