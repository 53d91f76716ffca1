#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with SWITCHBOARD_TEST_POSTGRES pointing at a PostgreSQL server: the one
# scripts/test.sh started, or else a throwaway one started here and stopped afterwards.
set -euo pipefail
if [ -n "${SWITCHBOARD_TEST_POSTGRES:-}" ]; then
  exec "$@"
fi
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d /tmp/switchboard-pg.XXXXXX)
trap '"$here/test-postgres.sh" stop "$dir"' EXIT
SWITCHBOARD_TEST_POSTGRES=$("$here/test-postgres.sh" start "$dir")
export SWITCHBOARD_TEST_POSTGRES
"$@"
