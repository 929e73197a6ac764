#!/usr/bin/env bash
# Runs every test in the solution: unit, contract, LocalCloud, integration, bUnit, Google-client,
# conformance (node) and Playwright journeys (Debian's Chromium). Installs Chromium first when it is
# missing and this shell may use apt-get; likewise PostgreSQL and Redis for the scale-out tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the Playwright tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The Playwright tests need /usr/bin/chromium: run 'sudo apt-get install -y chromium' first." >&2
    exit 1
  fi
fi

# The scale-out tests start their own PostgreSQL cluster and Redis server (Debian's packages).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v redis-server >/dev/null || ! command -v curl >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's postgresql, redis-server and curl for the scale-out tests (curl: deploy/run-without-containers.sh)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server curl >/dev/null
  else
    echo "The scale-out tests need PostgreSQL, Redis and curl: run 'sudo apt-get install -y postgresql redis-server curl' first." >&2
    exit 1
  fi
fi
# Debian's packages start system-wide services on install; the tests use clusters of their own only.

# Tests that measure something (fault injection, the bad-input corpus) write their figures to artifacts/figures/;
# they are printed at the end because dotnet test does not show the output of passing tests.
rm -rf artifacts/figures
status=0
dotnet test MachineImagesConsole.sln "$@" || status=$?
if compgen -G "artifacts/figures/*.md" >/dev/null; then
  echo
  echo "== Figures measured by the tests =="
  for figures in artifacts/figures/*.md; do
    echo
    cat "$figures"
  done
fi
exit "$status"
