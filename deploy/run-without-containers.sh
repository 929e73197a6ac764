#!/usr/bin/env bash
# The topology of deploy/compose.yaml as plain processes on one host (Debian's postgresql and redis-server, the
# .NET SDK): PostgreSQL and Redis on loopback, LocalCloud, consoles A (:5091) and B (:5092), the sticky proxy on :8080.
# tests/MachineImagesConsole.ScaleOut.Tests runs this very script on free ports (DeployScriptTests), and its cluster
# (ScaleOutCluster.cs) starts the same processes with the same settings plus test-only ones (short lease, a backup policy).
# Ctrl-C (or SIGTERM) stops everything. Data lives in $DATA (default: a new temp folder). SKIP_BUILD=1 uses the existing
# build of $CONFIGURATION (default Debug). Any other Console__* or LocalCloud__* variable you export reaches every
# console or LocalCloud as well (e.g. Console__Operations__Leases__Duration=00:00:30).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-$(mktemp -d /tmp/mic-deploy-XXXX)}
PG_PORT=${PG_PORT:-5433} REDIS_PORT=${REDIS_PORT:-6380} LC_PORT=${LC_PORT:-5081}
A_PORT=${A_PORT:-5091} B_PORT=${B_PORT:-5092} PROXY_PORT=${PROXY_PORT:-8080}
SECRET=${LOCALCLOUD_AUTOMATION_SECRET:-$(head -c 24 /dev/urandom | base64)}
CONFIGURATION=${CONFIGURATION:-Debug}
BIN=bin/$CONFIGURATION/net10.0
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; as_pg "$PG_BIN/pg_ctl" -D "$DATA/pg" -m fast stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
trap 'exit 143' INT TERM

# PostgreSQL refuses to run as root: run it as the postgres user then.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir -p "$DATA/pg" && { [ "$(id -u)" != 0 ] || chown -R postgres:postgres "$DATA"; }
[ -f "$DATA/pg/PG_VERSION" ] || as_pg "$PG_BIN/initdb" -D "$DATA/pg" -U postgres --auth=trust -E UTF8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$DATA/pg" -l "$DATA/pg.log" -w -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $DATA" start >/dev/null
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tc "SELECT 1 FROM pg_database WHERE datname='console'" | grep -q 1 \
  || "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE console" >/dev/null

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$DATA" --save "" --appendonly no >"$DATA/redis.log" & pids+=($!)

[ "${SKIP_BUILD:-0}" = 1 ] || dotnet build MachineImagesConsole.sln -c "$CONFIGURATION" -v q -nologo >/dev/null
env LocalCloud__Urls=http://localhost:$LC_PORT LocalCloud__PublicOrigin=http://localhost:$LC_PORT \
  LocalCloud__DataDirectory="$DATA/localcloud" LocalCloud__Automation__ClientSecret="$SECRET" \
  "LocalCloud__Clients__machine-images-console__RedirectUris__0=http://localhost:$PROXY_PORT/signin-oidc" \
  "LocalCloud__Clients__machine-images-console__PostLogoutRedirectUris__0=http://localhost:$PROXY_PORT/signout-callback-oidc" \
  dotnet src/MachineImagesConsole.LocalCloud/$BIN/MachineImagesConsole.LocalCloud.dll & pids+=($!)

start_console() { # name port
  Console__PublicUrl=http://localhost:$PROXY_PORT Console__InstanceName=$1 Console__DataDirectory="$DATA/$1" \
  Console__Database__Provider=PostgreSQL \
  Console__Database__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Database=console;Username=postgres" \
  Console__Redis=127.0.0.1:$REDIS_PORT \
  Console__LocalCloud__InProcess=false Console__LocalCloud__Url=http://localhost:$LC_PORT \
  Console__LocalCloud__AutomationClientSecret="$SECRET" \
    dotnet src/MachineImagesConsole/$BIN/MachineImagesConsole.dll --urls "http://localhost:$2" & pids+=($!)
}
start_console console-a "$A_PORT"
a_pid=${pids[-1]}
until curl -sf "http://localhost:$A_PORT/healthz" >/dev/null; do   # A applies the migrations first
  kill -0 "$a_pid" 2>/dev/null || { echo "console-a exited before it was healthy" >&2; exit 1; }
  sleep 1
done
start_console console-b "$B_PORT"

# (env: "console-a" in a variable name is not a shell assignment)
env "ReverseProxy__Clusters__consoles__Destinations__console-a__Address=http://localhost:$A_PORT/" \
  "ReverseProxy__Clusters__consoles__Destinations__console-b__Address=http://localhost:$B_PORT/" \
  dotnet deploy/MachineImagesConsole.Proxy/$BIN/MachineImagesConsole.Proxy.dll --urls "http://localhost:$PROXY_PORT" & pids+=($!)

echo "Open http://localhost:$PROXY_PORT (consoles A :$A_PORT and B :$B_PORT, data in $DATA). Ctrl-C stops everything."
wait
