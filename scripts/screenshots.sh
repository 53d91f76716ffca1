#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots under Xvfb: a real engine with three receivers (healthy,
# flaky, down) and a few minutes of voice-AI traffic, the dashboard connected to it, the Overview, the delivery log,
# then the detail pane of a failing delivery, the Call view of its call, the endpoint editor and a
# test event's result.
# Writes docs/screenshot-*.png. SWITCHBOARD_BUILD_DIR=build/x uses (and builds in) that
# already configured build directory instead of the dev preset's.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
build=${SWITCHBOARD_BUILD_DIR:-}
if [ -z "$build" ]; then
  build=build/dev
  cmake --preset dev >/dev/null
fi
cmake --build "$build" --target switchboardd switchboard switchboard-receiver >/dev/null

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

export SWITCHBOARD_ADMIN_TOKEN=screenshot-token-0123456789
export SWITCHBOARD_TOKEN=$SWITCHBOARD_ADMIN_TOKEN
ENGINE=$(free_port); OK=$(free_port); FLAKY=$(free_port); DOWN=$(free_port)
"$build"/src/engine/switchboardd --listen "127.0.0.1:$ENGINE" --data-dir "$work/data" \
  --allow-network 127.0.0.0/8 --retry-schedule "0, 4s, 60s" >"$work/engine.log" 2>&1 &
pids+=($!)
"$build"/src/tools/receiver/switchboard-receiver --listen "127.0.0.1:$OK" --latency-ms 35 --quiet >/dev/null 2>&1 &
pids+=($!)
"$build"/src/tools/receiver/switchboard-receiver --listen "127.0.0.1:$FLAKY" --fail-percent 25 --fail-status 503 \
  --latency-ms 120 --seed 7 --quiet >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$ENGINE/api/v1/health" >/dev/null && break; sleep 0.1; done

api() { curl -sf -H "Authorization: Bearer $SWITCHBOARD_ADMIN_TOKEN" -H 'Content-Type: application/json' "$@"; }
SB="http://127.0.0.1:$ENGINE/api/v1"
app=$(api -d '{"name":"Acme Voice","uid":"acme"}' "$SB/app" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
crm=$(api -d "{\"url\":\"http://127.0.0.1:$OK/hooks\",\"description\":\"CRM sync\"}" "$SB/app/$app/endpoint" \
  | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
api -d "{\"url\":\"http://127.0.0.1:$FLAKY/voice\",\"description\":\"Analytics (flaky)\"}" "$SB/app/$app/endpoint" >/dev/null
api -d "{\"url\":\"http://127.0.0.1:$DOWN/down\",\"description\":\"Legacy CRM (down)\",\"eventTypes\":[\"call.ended\"]}" \
  "$SB/app/$app/endpoint" >/dev/null
reasons=(normal_disconnect no_answer normal_disconnect carrier_error normal_disconnect)
# Traffic in waves over about three minutes, so the Overview's per-minute charts have a shape.
waves=${SCREENSHOT_WAVES:-8}
for wave in $(seq 1 "$waves"); do
  for i in $(seq $(( (wave - 1) * 3 + 1 )) $(( wave * 3 ))); do
    for t in call.started agent.function_called transcript.ready call.ended; do
      api -o /dev/null -d "{\"eventType\":\"$t\",\"payload\":{\"call_id\":\"call_$((1000+i))\",\"from\":\"+14155550$((100+i))\",\"to\":\"+12125550199\",\"end_reason\":\"${reasons[$((i % 5))]}\",\"duration_seconds\":$((30+i*7))}}" \
        "$SB/app/$app/msg"
    done
  done
  [ "$wave" -lt "$waves" ] && sleep 22
done
# After the traffic, so the log stays as it was: the settings the endpoint editor shows.
api -X PATCH -o /dev/null -d '{"eventTypes":["call.started","agent.function_called","transcript.ready","call.ended"],
  "headers":{"X-Tenant":"acme","X-Api-Key":"k-3f9a7c21"},"rateLimit":50,"timeoutMs":10000,
  "retrySchedule":[0,5,30,300,1800,7200]}' "$SB/app/$app/endpoint/$crm"

HOME="$work/home" xvfb-run -a -s "-screen 0 1360x860x24" bash -c '
  '"$build"'/src/dashboard/switchboard --engine "http://127.0.0.1:'"$ENGINE"'" &
  app=$!
  for _ in $(seq 100); do xdotool search --name "Switchboard" >/dev/null 2>&1 && break; sleep 0.1; done
  sleep 3
  # The Overview first: KPI tiles, charts and endpoint health over the last 15 minutes.
  xdotool mousemove 40 38 click 1
  sleep 1
  xdotool key alt+r Home
  sleep 3
  import -window root docs/screenshot-overview.png
  xdotool mousemove 122 38 click 1
  sleep 2
  import -window root docs/screenshot-deliveries.png
  # No window manager under Xvfb: the pointer gives focus. Click the newest (failing) row.
  xdotool mousemove 300 92 click 1
  sleep 2
  import -window root docs/screenshot-detail.png
  # F on it: the Call view of its call, over the log (call.ended still retrying for the
  # endpoint that is down). The pointer moves into the view so Escape closes it.
  xdotool key f
  sleep 3
  import -window root docs/screenshot-call.png
  xdotool mousemove 680 430 key Escape
  sleep 1
  # The Endpoints tab: its first endpoint (CRM sync) is selected in the editor.
  xdotool mousemove 212 38 click 1
  sleep 2
  import -window root docs/screenshot-endpoint-editor.png
  # Ctrl+T: a test event to it; Send delivers the catalogue sample; the answer arrives.
  xdotool key ctrl+t
  sleep 2
  xdotool mousemove 768 656 click 1
  sleep 3
  import -window root docs/screenshot-test-event.png
  kill $app'
echo "wrote docs/screenshot-{overview,deliveries,detail,call,endpoint-editor,test-event}.png"
