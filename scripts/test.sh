#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, configures, builds and runs every test. With CI set, warnings are
# errors and the whole suite runs a second time under AddressSanitizer + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh

run_preset() {
  local preset=$1
  echo "== $preset: configure, build, test" >&2
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset"
}

# One throwaway PostgreSQL server for every test that runs against it (each test makes a
# database of its own there); stopped, and its directory removed, however the run ends.
pg_dir=$(mktemp -d /tmp/switchboard-pg.XXXXXX)
trap './scripts/test-postgres.sh stop "$pg_dir"' EXIT
SWITCHBOARD_TEST_POSTGRES=$(./scripts/test-postgres.sh start "$pg_dir")
export SWITCHBOARD_TEST_POSTGRES
echo "== PostgreSQL for the tests: $SWITCHBOARD_TEST_POSTGRES" >&2

if [ -n "${CI:-}" ]; then
  run_preset ci
  run_preset asan
else
  run_preset dev
fi
