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

if [ -n "${CI:-}" ]; then
  run_preset ci
  run_preset asan
else
  run_preset dev
fi
