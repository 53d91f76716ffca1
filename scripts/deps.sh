#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs exactly the Debian packages Switchboard needs to build, test and run.
# Idempotent and quiet when everything is present; uses sudo only when not root.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-websockets-dev qt6-httpserver-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  qtkeychain-qt6-dev
  # engine; mimalloc: the engine's allocator (docs/performance.md, 2026-12-07 night)
  libssl-dev libcurl4-openssl-dev libsqlite3-dev libmimalloc-dev
  # tests, screenshots
  xvfb xauth imagemagick xdotool openssl curl
  # multi-node tests; faketime: a node whose clock runs ahead (tst_clusterordering)
  postgresql faketime
  # packages: cpack's dependency list, desktop file and AppStream checks (packaging/)
  dpkg-dev desktop-file-utils appstream
)

# The Svix SDK compatibility test runs the official JavaScript SDK: Node.js and npm, from
# Debian unless the machine already has them.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=()
[ "$(id -u)" -ne 0 ] && SUDO=(sudo)
export DEBIAN_FRONTEND=noninteractive
echo "deps: installing ${missing[*]}" >&2
# Package lists may be absent or stale on a fresh machine: refresh them once per run.
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
