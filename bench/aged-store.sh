# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the benchmarks that need an engine at age: a SQLite store holding millions of
# attempts spread over the last three days, written straight into the file (through the API
# it would take longer than the measurement).

# seed_attempts DB APP EP ROWS: ROWS attempts of app APP / endpoint EP, one message each, 17
# in 20 succeeded, ids encoding their times as the engine's do (base62 of 48 bits of
# milliseconds and 80 random bits). With SEED_CHANGES=1 the change log gets what the engine
# would have written with them (message.created, attempt.finished), in time order, for a
# console to replay.
seed_attempts() {
  python3 - "$1" "$2" "$3" "$4" "${SEED_CHANGES:-0}" <<'PY'
import json, random, sqlite3, sys, time
db, app, ep, rows, changes = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == "1"
alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
def ident(prefix, ms):
    v = (ms << 80) | random.getrandbits(79)
    out = []
    for _ in range(22):
        v, r = divmod(v, 62)
        out.append(alphabet[r])
    return prefix + "_" + "".join(reversed(out))
def iso(ms):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms // 1000)) + ".%03dZ" % (ms % 1000)
now = int(time.time() * 1000)
span = 3 * 24 * 3600 * 1000
classes = ["none"] * 17 + ["http", "timeout", "connect"]
url = "http://127.0.0.1/hook"
con = sqlite3.connect(db)
con.execute("PRAGMA synchronous = OFF")
for start in range(0, rows, 100000):
    attempts, log = [], []
    for i in range(start, min(rows, start + 100000)):
        t = now - span + i * span // rows
        c = classes[i % len(classes)]
        ok = c == "none"
        attempt, msg = ident("atmpt", t), ident("msg", t - 5)
        code, duration = 200 if ok else (500 if c == "http" else 0), 5 + (i * 7919) % 400
        attempts.append((attempt, msg, ep, app, t, 0 if ok else 2, 0, url, code, "ok", duration, None, None, None, c,
                         "{}", "{}"))
        if not changes:
            continue
        call = "call-%d" % (i // 6)
        log.append((t - 5, "message.created", app, json.dumps({
            "appId": app, "channels": None, "correlationKey": call, "eventId": None, "eventType": "call.ended",
            "id": msg, "tags": None, "timestamp": iso(t - 5), "endpoints": [ep]}, separators=(",", ":"))))
        log.append((t, "attempt.finished", app, json.dumps({"appId": app, "attempt": {
            "endpointId": ep, "errorClass": c, "id": attempt, "msgId": msg, "response": "ok",
            "responseDurationMs": duration, "responseStatusCode": code, "status": 0 if ok else 2,
            "statusText": "success" if ok else "fail", "timestamp": iso(t),
            "timing": {"connectMs": -1, "firstByteMs": -1, "tlsMs": -1}, "trigger": "scheduled", "triggerType": 0,
            "url": url}, "delivery": {"attemptCount": 1, "endpointId": ep, "msgId": msg, "status": 0 if ok else 2,
            "statusText": "success" if ok else "fail"}}, separators=(",", ":"))))
    con.executemany("INSERT INTO attempts (id, msg_id, endpoint_id, app_id, created_at, status, trigger_type, url, "
                    "response_code, response_body, duration_ms, connect_ms, tls_ms, first_byte_ms, error_class, "
                    "request_headers, response_headers) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", attempts)
    con.executemany("INSERT INTO changes (at, type, app_id, data) VALUES (?, ?, ?, ?)", log)
    con.commit()
PY
}

# rebuild_rollups_at_start DB: makes the store look as it did before the roll-ups existed
# (schema version 4), so the engine builds them from the seeded attempts when it starts.
rebuild_rollups_at_start() {
  local db=$1
  sqlite3 "$db" "SELECT 1 FROM sqlite_master WHERE name = 'attempt_rollups'" | grep -q 1 || return 0
  sqlite3 "$db" "DROP TABLE attempt_rollups; DROP TABLE IF EXISTS background_tasks; DROP INDEX IF EXISTS messages_correlation; DROP INDEX IF EXISTS message_payloads_expiry; DROP TABLE IF EXISTS ordering_blocks; DELETE FROM schema_migrations WHERE version >= 5;"
  # Later migrations added columns (7 deliver_at, 8 correlation_key, 9 expires_at, 11 lane_seq): back to
  # version 4's tables, so the engine's upgrade runs them all, as on a store from before.
  local column table name
  for column in messages.deliver_at messages.correlation_key message_payloads.expires_at messages.lane_seq; do
    table=${column%.*} name=${column#*.}
    if sqlite3 "$db" "SELECT 1 FROM pragma_table_info('$table') WHERE name = '$name'" | grep -q 1; then
      sqlite3 "$db" "ALTER TABLE $table DROP COLUMN $name"
    fi
  done
}
