#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a real switchboardd and switchboard-receiver on loopback and runs the official Svix
# JavaScript SDK against them (svix-sdk.mjs). Usage: run-svix-sdk.sh SWITCHBOARDD RECEIVER
set -euo pipefail
engine_bin=$1
receiver_bin=$2
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
[ -d node_modules/svix ] || npm ci --no-audit --no-fund --loglevel=error

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

wait_for_line() { # file -> prints the URL from its "listening on" line
  for _ in $(seq 200); do
    if grep -qo 'listening on [a-z]*://[0-9.]*:[0-9]*' "$1" 2>/dev/null; then
      grep -o 'listening on [a-z]*://[0-9.]*:[0-9]*' "$1" | head -n1 | sed 's/listening on //'
      return 0
    fi
    sleep 0.05
  done
  echo "no 'listening on' line in $1:" >&2; cat "$1" >&2; return 1
}

token=svix-compat-token-0123456789
SWITCHBOARD_ADMIN_TOKEN=$token "$engine_bin" --listen 127.0.0.1:0 --data-dir "$work/data" \
  --allow-network 127.0.0.0/8 --retry-schedule "0, 100ms" >"$work/engine.log" 2>&1 &
pids+=($!)
"$receiver_bin" --listen 127.0.0.1:0 --quiet >"$work/receiver.log" 2>&1 &
pids+=($!)
# Receivers that answer 410 and 503: the operational webhooks' reasons to speak.
"$receiver_bin" --listen 127.0.0.1:0 --quiet --status 410 >"$work/gone.log" 2>&1 &
pids+=($!)
"$receiver_bin" --listen 127.0.0.1:0 --quiet --status 503 >"$work/down.log" 2>&1 &
pids+=($!)
engine_url=$(wait_for_line "$work/engine.log")
receiver_url=$(wait_for_line "$work/receiver.log")
gone_url=$(wait_for_line "$work/gone.log")
down_url=$(wait_for_line "$work/down.log")
node svix-sdk.mjs "$engine_url" "$token" "$receiver_url/hook" "$gone_url/hook" "$down_url/hook"
