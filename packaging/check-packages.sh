#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian packages from a build tree with cpack, in a temporary directory, and checks
# them: file lists, control fields, conffiles, maintainer scripts, the desktop file and
# AppStream metainfo (validated), the systemd unit, and that the packaged engine starts with
# the packaged config file. Registered as the CTest test `packaging`; by hand:
#   packaging/check-packages.sh <build dir> [<source dir> <app id> <version> <cpack>]
# Exits 1 when any check fails, 2 when a tool it needs is missing.
set -uo pipefail

build=$(cd "${1:?usage: check-packages.sh <build dir> [source dir] [app id] [version] [cpack]}" && pwd)
src=$(cd "${2:-$(dirname "$0")/..}" && pwd)
appid=${3:-invalid.switchboard.Switchboard}
version=${4:-$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")}
cpack=${5:-cpack}

for tool in "$cpack" dpkg-deb dpkg-shlibdeps desktop-file-validate; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "packaging: $tool is missing (scripts/deps.sh installs it)" >&2
    exit 2
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-packaging.XXXXXX")
engine_pid=
cleanup() {
  [ -n "$engine_pid" ] && kill "$engine_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
check() { # check <description> <command...>
  local what=$1; shift
  if "$@" >"$work/check.out" 2>&1; then pass; else fail "$what"; sed 's/^/    /' "$work/check.out" >&2; fi
}

# --- build ---------------------------------------------------------------------------------
echo "packaging: cpack --config $build/CPackConfig.cmake -B $work/out"
if ! "$cpack" --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  echo "packaging: cpack failed" >&2
  exit 1
fi

deb() { ls "$work/out/$1"_"$version"-*.deb 2>/dev/null | head -n 1; }
declare -A debs=([switchboard]=$(deb switchboard) [switchboardd]=$(deb switchboardd) [switchboard-tools]=$(deb switchboard-tools))
for p in "${!debs[@]}"; do
  if [ -z "${debs[$p]}" ]; then
    fail "no package $p for version $version in $work/out: $(ls "$work/out")"
  else
    pass
    dpkg-deb -c "${debs[$p]}" | awk '{ print $1, $6 }' | sed 's#^\(\S*\) \./#\1 /#' >"$work/$p.files"
    mkdir -p "$work/root/$p" && dpkg-deb -x "${debs[$p]}" "$work/root/$p"
  fi
done
[ "$failed" -eq 0 ] || { echo "packaging: $passed passed, $failed failed"; exit 1; }
count=$(ls "$work/out"/*.deb | wc -l)
[ "$count" -eq 3 ] && pass || fail "expected 3 packages, cpack made $count"

# --- contents --------------------------------------------------------------------------------
has() { # has <package> <mode-prefix> <path>
  grep -q "^$2[^ ]* $3\$" "$work/$1.files" && pass || fail "$1 lacks $3 (mode $2...); it has: $(awk '{print $2}' "$work/$1.files" | grep -v '/$' | tr '\n' ' ')"
}
has switchboard -rwxr-xr-x /usr/bin/switchboard
has switchboard -rw-r--r-- "/usr/share/applications/$appid.desktop"
has switchboard -rw-r--r-- "/usr/share/metainfo/$appid.metainfo.xml"
has switchboard -rw-r--r-- "/usr/share/icons/hicolor/scalable/apps/$appid.svg"
has switchboardd -rwxr-xr-x /usr/bin/switchboardd
has switchboardd -rw-r--r-- /usr/lib/systemd/system/switchboardd.service
has switchboardd -rw-r----- /etc/switchboard/switchboardd.conf
has switchboardd -rw-r--r-- /usr/share/doc/switchboardd/examples/switchboardd.env.example
has switchboard-tools -rwxr-xr-x /usr/bin/switchboard-receiver
has switchboard-tools -rwxr-xr-x /usr/bin/switchboard-sim
# The packages must install side by side: no file in two of them, and no real token shipped.
dups=$(cat "$work"/*.files | awk '$1 !~ /^d/ { print $2 }' | sort | uniq -d)
[ -z "$dups" ] && pass || fail "files in more than one package: $dups"
if grep -q '^/etc/switchboard/switchboardd.env$' "$work/switchboardd.files"; then
  fail "switchboardd ships /etc/switchboard/switchboardd.env: the token file is the admin's to create"
else pass; fi

# --- control fields --------------------------------------------------------------------------
field() { dpkg-deb -f "${debs[$1]}" "$2"; }
for p in switchboard switchboardd switchboard-tools; do
  [ "$(field "$p" Package)" = "$p" ] && pass || fail "$p: Package is '$(field "$p" Package)'"
  case "$(field "$p" Version)" in "$version"-*) pass ;; *) fail "$p: Version '$(field "$p" Version)' is not $version-*" ;; esac
  for f in Maintainer Description Section Homepage Architecture; do
    [ -n "$(field "$p" "$f")" ] && pass || fail "$p: empty $f"
  done
  [ "$(field "$p" Description | wc -l)" -ge 2 ] && pass || fail "$p: Description has no long description"
done
needs() { # needs <package> <dependency>...
  local p=$1 depends; shift
  depends=$(field "$p" Depends)
  for d in "$@"; do
    grep -Eq "(^|, )$d( \(|,|$)" <<<"$depends" && pass || fail "$p: Depends lacks $d: $depends"
  done
}
needs switchboard libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6websockets6 libqt6sql6 \
  libqt6charts6 libqt6keychain1 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6
needs switchboardd libc6 libqt6core6 libqt6network6 libqt6websockets6 libqt6sql6 \
  libqt6sql6-sqlite libcurl4 libssl3 libsqlite3-0
needs switchboard-tools libc6 libqt6core6 libqt6network6
# The engine and the tools are for servers: no GUI library may creep into their dependencies.
for p in switchboardd switchboard-tools; do
  if field "$p" Depends | grep -Eq 'libqt6(gui|widgets|charts)6'; then
    fail "$p depends on a Qt GUI library: $(field "$p" Depends)"
  else pass; fi
done

# --- maintainer scripts and conffiles --------------------------------------------------------
dpkg-deb -e "${debs[switchboardd]}" "$work/control"
grep -qx /etc/switchboard/switchboardd.conf "$work/control/conffiles" 2>/dev/null && pass ||
  fail "switchboardd: /etc/switchboard/switchboardd.conf is not a conffile"
for s in postinst prerm postrm; do
  [ -x "$work/control/$s" ] && pass || fail "switchboardd: no executable $s"
  check "switchboardd: $s is not valid sh" sh -n "$work/control/$s"
done

# --- desktop file, metainfo, icon ------------------------------------------------------------
share=$work/root/switchboard/usr/share
check "desktop-file-validate $appid.desktop" desktop-file-validate "$share/applications/$appid.desktop"
grep -qx "Icon=$appid" "$share/applications/$appid.desktop" && pass || fail "desktop file: Icon= is not $appid"
grep -qx "Exec=switchboard" "$share/applications/$appid.desktop" && pass || fail "desktop file: Exec= is not switchboard"
grep -q "<id>$appid</id>" "$share/metainfo/$appid.metainfo.xml" && pass || fail "metainfo: <id> is not $appid"
grep -q "<launchable type=\"desktop-id\">$appid.desktop</launchable>" "$share/metainfo/$appid.metainfo.xml" && pass ||
  fail "metainfo: launchable is not $appid.desktop"
grep -q "<release version=\"$version\"" "$share/metainfo/$appid.metainfo.xml" && pass ||
  fail "metainfo: no <release> for version $version"
if command -v appstreamcli >/dev/null 2>&1; then
  check "appstreamcli validate $appid.metainfo.xml" appstreamcli validate --no-net "$share/metainfo/$appid.metainfo.xml"
else
  echo "packaging: SKIPPED appstreamcli validate: appstreamcli is missing (Debian package appstream)"
fi
grep -q '<svg[^>]*viewBox=' "$share/icons/hicolor/scalable/apps/$appid.svg" && pass || fail "icon: not an SVG with a viewBox"
if command -v rsvg-convert >/dev/null 2>&1; then
  check "icon: rsvg-convert cannot render it" rsvg-convert -w 64 -h 64 -o "$work/icon.png" "$share/icons/hicolor/scalable/apps/$appid.svg"
fi

# --- systemd unit ----------------------------------------------------------------------------
root=$work/root/switchboardd
unit=$root/usr/lib/systemd/system/switchboardd.service
key() { sed -n "s/^$1=//p" "$unit"; }
exec_start=$(key ExecStart)
[ "${exec_start%% *}" = /usr/bin/switchboardd ] && pass || fail "unit: ExecStart is '$exec_start'"
grep -q -- "--config %d/switchboardd.conf" <<<"$exec_start" && pass || fail "unit: ExecStart does not read the credential config"
[ "$(key LoadCredential)" = switchboardd.conf:/etc/switchboard/switchboardd.conf ] && pass || fail "unit: LoadCredential"
for kv in DynamicUser=yes StateDirectory=switchboard ConfigurationDirectory=switchboard \
  EnvironmentFile=-/etc/switchboard/switchboardd.env Restart=on-failure KillSignal=SIGTERM \
  NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes PrivateDevices=yes \
  ProtectKernelTunables=yes ProtectKernelModules=yes ProtectKernelLogs=yes ProtectControlGroups=yes \
  'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX' RestrictNamespaces=yes LockPersonality=yes \
  MemoryDenyWriteExecute=yes SystemCallFilter=@system-service CapabilityBoundingSet= \
  WantedBy=multi-user.target; do
  grep -qx -- "$kv" "$unit" && pass || fail "unit: no '$kv'"
done
# TimeoutStopSec must cover the engine's drain timeout (the config file documents its default).
stop=$(key TimeoutStopSec | sed 's/s$//')
drain=$(sed -n 's/^;\{0,1\}drain-timeout = \([0-9]*\)s$/\1/p' "$root/etc/switchboard/switchboardd.conf")
[ -n "$stop" ] && [ -n "$drain" ] && [ "$stop" -gt "$drain" ] && pass ||
  fail "unit: TimeoutStopSec ($stop s) does not cover drain-timeout ($drain s)"
if command -v systemd-analyze >/dev/null 2>&1; then
  # verify looks for ExecStart's executable on this machine: point it at the extracted one.
  mkdir -p "$work/unit"
  sed "s#^ExecStart=/usr/bin/switchboardd#ExecStart=$root/usr/bin/switchboardd#" "$unit" >"$work/unit/switchboardd.service"
  check "systemd-analyze verify switchboardd.service" systemd-analyze verify "$work/unit/switchboardd.service"
  # Exposure 0 (locked down) to 10 (unsafe): keep the sandbox at "OK" or better.
  check "systemd-analyze security: exposure above 2.5" \
    systemd-analyze security --offline=yes --threshold=25 "$work/unit/switchboardd.service"
else
  echo "packaging: SKIPPED systemd-analyze verify: systemd-analyze is missing"
fi

# --- config file -----------------------------------------------------------------------------
conf=$root/etc/switchboard/switchboardd.conf
# QSettings reads '#' lines as keys, not comments.
if grep -n '^[[:space:]]*#' "$conf" >"$work/hash"; then fail "config: '#' lines are not INI comments for the engine: $(cat "$work/hash")"; else pass; fi
# Every option of the engine (the table in engineconfig.cpp) is documented with its default.
options=$(sed -n 's/^ *{"\([a-z-]*\)", "[^"]*", ".*/\1/p' "$src/src/engine/engineconfig.cpp")
[ "$(wc -w <<<"$options")" -ge 10 ] && pass || fail "could not read the option table of engineconfig.cpp: '$options'"
for o in $options; do
  grep -Eq "^;?$o = " "$conf" && pass || fail "config: option $o is not listed"
done

# The packaged engine starts with the packaged config, and with every default uncommented.
run_engine() { # run_engine <config>
  local data log
  data=$(mktemp -d "$work/data.XXXXXX")
  log=$data.log
  # Leaks are the engine tests' business (in an ASan build): here only the config matters.
  ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
  SWITCHBOARD_ADMIN_TOKEN=packaging-test "$root/usr/bin/switchboardd" --config "$1" \
    --listen 127.0.0.1:0 --data-dir "$data" >"$log" 2>&1 &
  engine_pid=$!
  for _ in $(seq 100); do
    grep -q 'listening on' "$log" && break
    kill -0 "$engine_pid" 2>/dev/null || break
    sleep 0.1
  done
  if ! grep -q 'listening on' "$log"; then
    kill "$engine_pid" 2>/dev/null; wait "$engine_pid" 2>/dev/null; engine_pid=
    echo "switchboardd did not start with $1:"; cat "$log"; return 1
  fi
  kill -TERM "$engine_pid"
  wait "$engine_pid"; local rc=$?
  engine_pid=
  [ "$rc" -eq 0 ] || { echo "switchboardd exited $rc after SIGTERM:"; cat "$log"; return 1; }
  [ -f "$data/switchboard.db" ] || { echo "no database in $data"; return 1; }
}
check "switchboardd does not start with the packaged config" run_engine "$conf"
# Left out: files the package does not ship (TLS, mask rules), the database URL, token secrets.
sed -E 's/^;([a-z-]+ = )/\1/' "$conf" | grep -Ev '^(tls-cert|tls-key|database|mask-rules) = |:<secret>' >"$work/defaults.conf"
check "switchboardd rejects a documented default" run_engine "$work/defaults.conf"

echo "packaging: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
