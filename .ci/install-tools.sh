#!/usr/bin/env bash
# Installs the independent feed checkers the conformance tests run (tests/conformance/):
# jing (Atom RELAX NG), Debian's python3-feedparser, newsboat and sqlite3; chromium for the
# browser tests of the pages (tests/pages/); docker-compose for checking docker-compose.yml
# (tests/deploy). .ci/run calls it before the tests; the tests themselves never install anything
# (a missing tool fails with one line naming its package). Idempotent: it only asks apt for what
# is missing, so it is fast when everything is already there.
set -euo pipefail

# command or file that proves each Debian package is installed
declare -A PROBES=(
  [jing]=/usr/bin/jing
  [python3-feedparser]=/usr/lib/python3/dist-packages/feedparser
  [newsboat]=/usr/bin/newsboat
  [sqlite3]=/usr/bin/sqlite3
  [chromium]=/usr/bin/chromium
  [docker-compose]=/usr/bin/docker-compose
)

missing=()
for pkg in jing python3-feedparser newsboat sqlite3 chromium docker-compose; do
  [ -e "${PROBES[$pkg]}" ] || missing+=("$pkg")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-tools: apt-get is not available; install these Debian packages: ${missing[*]}" >&2
  exit 1
fi
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    echo "install-tools: need root to install: ${missing[*]}" >&2
    exit 1
  fi
fi

# Two runs at once (two checkouts on one machine): one apt run at a time, the others wait and re-check.
if command -v flock >/dev/null 2>&1; then
  exec 9>"${TMPDIR:-/tmp}/feedwright-install-tools.lock"
  flock 9
  missing=()
  for pkg in jing python3-feedparser newsboat sqlite3 chromium docker-compose; do
    [ -e "${PROBES[$pkg]}" ] || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && exit 0
fi

echo "install-tools: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq >/dev/null
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

for pkg in "${missing[@]}"; do
  if [ ! -e "${PROBES[$pkg]}" ]; then
    echo "install-tools: $pkg did not install (${PROBES[$pkg]} is missing)" >&2
    exit 1
  fi
done
