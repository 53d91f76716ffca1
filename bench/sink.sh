# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the engine benchmarks. Installs what they need, and starts the sink every engine
# benchmark delivers to: nginx answering every POST with 200 after reading the body, as a
# receiver would.

# bench_workspace: a temporary directory in $work, and $pids, both cleaned up at exit: every
# process whose pid a bench appends to `pids` is stopped, then the directory removed.
bench_workspace() {
  work=$(mktemp -d)
  pids=()
  trap bench_cleanup EXIT
}
bench_cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}

# wait_live_nodes COUNT PORT...: waits (up to 10 s) until the engine on each PORT counts COUNT
# live nodes, so that nodes sharing one database agree on who sends what.
wait_live_nodes() {
  local count=$1 port
  shift
  for port in "$@"; do
    for _ in $(seq 100); do
      [ "$(curl -sf "http://127.0.0.1:$port/api/v1/health" | python3 -c 'import json,sys;print(json.load(sys.stdin).get("liveNodes",1))')" = "$count" ] && break
      sleep 0.1
    done
  done
}

# free_port: a TCP port free on 127.0.0.1 now.
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

# post_script FILE BODY [TOKEN]: a wrk script in FILE that POSTs the JSON text BODY (with a
# bearer TOKEN when given). BODY goes between single quotes in Lua: no ' or newline in it.
post_script() {
  {
    echo 'wrk.method = "POST"'
    echo 'wrk.headers["Content-Type"] = "application/json"'
    [ -n "${3:-}" ] && echo "wrk.headers[\"Authorization\"] = \"Bearer $3\""
    echo "wrk.body = '$2'"
  } > "$1"
}

# install_bench_packages PACKAGE...: apt-installs those not installed yet.
install_bench_packages() {
  local need=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
  done
  if [ ${#need[@]} -gt 0 ]; then
    local sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

# start_sink DIR PORT: runs nginx on 127.0.0.1:PORT with its files in DIR/nginx; appends its
# pid to the caller's `pids` array.
start_sink() {
  local dir=$1/nginx port=$2
  mkdir -p "$dir"
  cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir;
  server {
    listen 127.0.0.1:$port;
    location / { client_max_body_size 1m; return 200 "ok"; }
  }
}
CONF
  nginx -c "$dir/nginx.conf" -g 'daemon off;' &
  pids+=($!)
}
