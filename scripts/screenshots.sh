#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots under Xvfb: a real engine with three receivers (healthy,
# flaky, down) and some voice-AI traffic, the dashboard connected to it, the delivery log,
# then the detail pane of a failing delivery. Writes docs/screenshot-*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target switchboardd switchboard switchboard-receiver >/dev/null

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

export SWITCHBOARD_ADMIN_TOKEN=screenshot-token-0123456789
export SWITCHBOARD_TOKEN=$SWITCHBOARD_ADMIN_TOKEN
ENGINE=$(free_port); OK=$(free_port); FLAKY=$(free_port); DOWN=$(free_port)
build/dev/src/engine/switchboardd --listen "127.0.0.1:$ENGINE" --data-dir "$work/data" \
  --allow-network 127.0.0.0/8 --retry-schedule "0, 4s, 60s" >"$work/engine.log" 2>&1 &
pids+=($!)
build/dev/src/tools/receiver/switchboard-receiver --listen "127.0.0.1:$OK" --latency-ms 35 --quiet >/dev/null 2>&1 &
pids+=($!)
build/dev/src/tools/receiver/switchboard-receiver --listen "127.0.0.1:$FLAKY" --fail-percent 25 --fail-status 503 \
  --latency-ms 120 --seed 7 --quiet >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$ENGINE/api/v1/health" >/dev/null && break; sleep 0.1; done

api() { curl -sf -H "Authorization: Bearer $SWITCHBOARD_ADMIN_TOKEN" -H 'Content-Type: application/json' "$@"; }
SB="http://127.0.0.1:$ENGINE/api/v1"
app=$(api -d '{"name":"Acme Voice","uid":"acme"}' "$SB/app" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
api -d "{\"url\":\"http://127.0.0.1:$OK/hooks\",\"description\":\"CRM sync\"}" "$SB/app/$app/endpoint" >/dev/null
api -d "{\"url\":\"http://127.0.0.1:$FLAKY/voice\",\"description\":\"Analytics (flaky)\"}" "$SB/app/$app/endpoint" >/dev/null
api -d "{\"url\":\"http://127.0.0.1:$DOWN/down\",\"description\":\"Legacy CRM (down)\",\"eventTypes\":[\"call.ended\"]}" \
  "$SB/app/$app/endpoint" >/dev/null
reasons=(normal_disconnect no_answer normal_disconnect carrier_error normal_disconnect)
for i in $(seq 1 24); do
  for t in call.started agent.function_called transcript.ready call.ended; do
    api -o /dev/null -d "{\"eventType\":\"$t\",\"payload\":{\"call_id\":\"call_$((1000+i))\",\"from\":\"+14155550$((100+i))\",\"to\":\"+12125550199\",\"end_reason\":\"${reasons[$((i % 5))]}\",\"duration_seconds\":$((30+i*7))}}" \
      "$SB/app/$app/msg"
  done
done

HOME="$work/home" xvfb-run -a -s "-screen 0 1360x860x24" bash -c '
  build/dev/src/dashboard/switchboard --engine "http://127.0.0.1:'"$ENGINE"'" &
  app=$!
  for _ in $(seq 100); do xdotool search --name "Switchboard" >/dev/null 2>&1 && break; sleep 0.1; done
  sleep 3
  import -window root docs/screenshot-deliveries.png
  # No window manager under Xvfb: the pointer gives focus. Click the newest (failing) row.
  xdotool mousemove 300 92 click 1
  sleep 2
  import -window root docs/screenshot-detail.png
  kill $app'
echo "wrote docs/screenshot-deliveries.png docs/screenshot-detail.png"
