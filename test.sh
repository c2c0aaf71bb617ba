#!/usr/bin/env bash
# Runs every test of CaseFlow.sln against real services.
#
#   ./test.sh                      # all tests
#   ./test.sh --filter Category=X  # extra arguments go to `dotnet test`
#
# What it does:
#   1. makes sure the services the tests need are installed (installs them with
#      apt-get when run as root, otherwise says what is missing and stops),
#   2. starts throwaway instances on free 127.0.0.1 ports and exports their
#      addresses: PostgreSQL (CASEFLOW_TEST_POSTGRES, plus CASEFLOW_TEST_POSTGRES_CTL:
#      `"$CASEFLOW_TEST_POSTGRES_CTL" stop|start` for that server) and a RabbitMQ node
#      (CASEFLOW_TEST_RABBITMQ, plus CASEFLOW_TEST_RABBITMQ_CTL: a rabbitmqctl
#      for that node, e.g. `"$CASEFLOW_TEST_RABBITMQ_CTL" stop_app`), and
#      Debian's Chromium for the browser tests (CASEFLOW_TEST_CHROMIUM),
#   3. runs `dotnet test CaseFlow.sln -c Release "$@"`,
#   4. stops the services and removes their files, whatever happened,
#   5. prints as the very last line: `Tests: N passed, N failed, N skipped`.
#
# Exit code: the one of `dotnet test`; non-zero as well when no test result
# line was printed at all (e.g. the build failed).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
# The result lines parsed below are the English VSTest console ones.
export DOTNET_CLI_UI_LANGUAGE=en

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

log() { printf '==> %s\n' "$*"; }
die() {
  printf 'test.sh: error: %s\n' "$*" >&2
  exit 1
}

is_root() { [[ ${EUID:-$(id -u)} -eq 0 ]]; }

# Cleanup steps run in reverse order on exit (and by `run_cleanup` before the
# summary, so that the summary stays the last line). Each service registers
# its stop function with `on_exit` before it starts anything.
CLEANUP_STEPS=()
on_exit() { CLEANUP_STEPS+=("$1"); }
run_cleanup() {
  local i
  for ((i = ${#CLEANUP_STEPS[@]} - 1; i >= 0; i--)); do
    "${CLEANUP_STEPS[i]}" || true
  done
  CLEANUP_STEPS=()
}
trap 'rc=$?; trap - EXIT; run_cleanup; exit "$rc"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Installs Debian packages when we are root and have apt-get; otherwise stops
# with a message naming what is missing and how to get it.
#   apt_install <what is missing> <package>...
APT_UPDATED=0
apt_install() {
  local what=$1
  shift
  if ! is_root || ! command -v apt-get >/dev/null 2>&1; then
    printf 'test.sh: %s is not installed, and it cannot be installed automatically\n' "$what" >&2
    printf '         (that needs root and apt-get). Install it, e.g.:\n' >&2
    printf '           sudo apt-get install -y %s\n' "$*" >&2
    printf '         and run ./test.sh again.\n' >&2
    exit 1
  fi
  log "installing $* with apt-get ($what is missing)"
  if [[ $APT_UPDATED -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq || die "apt-get update failed"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" \
    || die "apt-get install $* failed"
}

# Is nothing listening on this TCP port (on any address)?
port_is_free() {
  local port=$1
  if command -v ss >/dev/null 2>&1 && [[ -n "$(ss -Htln "sport = :$port" 2>/dev/null)" ]]; then
    return 1
  fi
  # Fallback / second check: does anything answer on the loopback address?
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    return 1
  fi
  return 0
}

# Prints the first free port >= $1 (tries 200 ports).
find_free_port() {
  local port=$1 last=$(($1 + 200))
  while ((port < last)); do
    if port_is_free "$port"; then
      printf '%s\n' "$port"
      return 0
    fi
    port=$((port + 1))
  done
  die "no free TCP port found in $1..$((last - 1))"
}

# ---------------------------------------------------------------------------
# Service: PostgreSQL
#   ensure_postgres: server binaries present (installs `postgresql` if needed)
#   start_postgres:  throwaway cluster on 127.0.0.1:<free port from 55432>,
#                    database caseflow_test, exports CASEFLOW_TEST_POSTGRES
#   stop_postgres:   immediate shutdown, temp dir removed (registered on exit)
# ---------------------------------------------------------------------------

PG_BIN=""
PG_TMP=""
PG_DATA=""
PG_PORT=""
PG_FIRST_PORT=55432

find_pg_bin() {
  local dir
  # Highest installed version first (Debian layout), then whatever is on PATH.
  while IFS= read -r dir; do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      PG_BIN=$dir
      return 0
    fi
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5 -V -r)
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    PG_BIN=$(dirname "$(command -v initdb)")
    return 0
  fi
  return 1
}

ensure_postgres() {
  if ! find_pg_bin; then
    apt_install "PostgreSQL (server binaries initdb, pg_ctl)" postgresql
    find_pg_bin || die "PostgreSQL was installed but initdb/pg_ctl are not in /usr/lib/postgresql/*/bin"
  fi
  local tool
  for tool in initdb pg_ctl pg_isready createdb; do
    [[ -x "$PG_BIN/$tool" ]] || die "$PG_BIN/$tool is missing (install the postgresql package)"
  done
  # initdb refuses to run as root: as root the cluster belongs to `postgres`.
  if is_root && ! id -u postgres >/dev/null 2>&1; then
    log "creating system user postgres"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin postgres
  fi
}

# Runs a PostgreSQL tool as the cluster owner, from a directory it can read.
as_pg() {
  if is_root; then
    (cd "$PG_TMP" && runuser -u postgres -- "$@")
  else
    (cd "$PG_TMP" && "$@")
  fi
}

# shellcheck disable=SC2317  # called indirectly, through on_exit
stop_postgres() {
  if [[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]]; then
    log "stopping PostgreSQL"
    as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
  if [[ -n "$PG_TMP" ]]; then
    rm -rf -- "$PG_TMP"
    PG_TMP=""
  fi
}

start_postgres() {
  # Under /tmp (not $TMPDIR): the postgres user must reach it, and the unix
  # socket path must stay short.
  PG_TMP=$(mktemp -d /tmp/caseflow-pg.XXXXXX)
  PG_DATA=$PG_TMP/data
  on_exit stop_postgres
  if is_root; then
    chown postgres: "$PG_TMP"
  fi

  log "initialising a throwaway PostgreSQL cluster in $PG_DATA"
  if ! as_pg "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C --no-sync \
    >"$PG_TMP/initdb.log" 2>&1; then
    cat "$PG_TMP/initdb.log" >&2
    die "initdb failed"
  fi

  # Another process may take the port between the check and the start: then
  # try the next free one.
  local attempt port=$PG_FIRST_PORT pg_log
  for attempt in 1 2 3 4 5; do
    port=$(find_free_port "$port")
    pg_log=$PG_TMP/postgres-$port.log
    log "starting PostgreSQL on 127.0.0.1:$port"
    if as_pg "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$pg_log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_TMP -p $port -c fsync=off" \
      >/dev/null; then
      PG_PORT=$port
      break
    fi
    if [[ $attempt -lt 5 ]] && grep -qE 'could not bind|Address already in use' "$pg_log" 2>/dev/null; then
      log "port $port was taken meanwhile, trying the next one"
      port=$((port + 1))
      continue
    fi
    cat "$pg_log" >&2 2>/dev/null || true
    die "PostgreSQL did not start (log above)"
  done

  local i
  for ((i = 0; i < 60; i++)); do
    if as_pg "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres; then
      break
    fi
    sleep 0.5
  done
  as_pg "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres \
    || die "PostgreSQL on 127.0.0.1:$PG_PORT is not ready after 30 s"

  as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres caseflow_test \
    || die "could not create database caseflow_test"

  write_pg_ctl "$pg_log"
  export CASEFLOW_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=caseflow_test"
  export CASEFLOW_TEST_POSTGRES_CTL=$PG_TMP/pg-ctl
  log "PostgreSQL ready: CASEFLOW_TEST_POSTGRES=$CASEFLOW_TEST_POSTGRES"
  log "                  CASEFLOW_TEST_POSTGRES_CTL=$CASEFLOW_TEST_POSTGRES_CTL (stop | start)"
}

# The database restart fault test stops and starts this server: a wrapper that
# runs pg_ctl for it with the same data directory, port and options.
write_pg_ctl() {
  local run_as=""
  if is_root; then
    run_as="runuser -u postgres --"
  fi
  {
    printf '#!/usr/bin/env bash\n'
    printf '# stop | start the throwaway PostgreSQL of one test.sh run (written by test.sh)\n'
    printf 'set -euo pipefail\n'
    printf 'cd %q\n' "$PG_TMP"
    printf 'case "${1:-}" in\n'
    printf '  stop) exec %s %q stop -D %q -m fast -w -t 60 ;;\n' "$run_as" "$PG_BIN/pg_ctl" "$PG_DATA"
    printf '  start) exec %s %q start -D %q -l %q -w -t 60 -o %q ;;\n' "$run_as" "$PG_BIN/pg_ctl" "$PG_DATA" "$1" \
      "-c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_TMP -p $PG_PORT -c fsync=off"
    printf '  *) echo "usage: $0 stop|start" >&2; exit 2 ;;\n'
    printf 'esac\n'
  } >"$PG_TMP/pg-ctl"
  chmod 755 "$PG_TMP/pg-ctl"
}

# ---------------------------------------------------------------------------
# Service: RabbitMQ
#   ensure_rabbitmq: broker scripts present (installs `rabbitmq-server` if needed)
#   start_rabbitmq:  throwaway node caseflow-test-<pid>@localhost with its own
#                    data, logs, config, Erlang cookie and epmd; AMQP on
#                    127.0.0.1:<free port from 56720>; exports
#                    CASEFLOW_TEST_RABBITMQ (amqp://guest:guest@127.0.0.1:<port>/)
#                    and CASEFLOW_TEST_RABBITMQ_CTL (a rabbitmqctl wrapper for
#                    this node: `$CASEFLOW_TEST_RABBITMQ_CTL stop_app`, ...)
#   stop_rabbitmq:   node stopped, its epmd stopped, temp dir removed
#                    (registered on exit)
# ---------------------------------------------------------------------------

RMQ_BIN=""         # directory of the real rabbitmq-server / rabbitmqctl scripts
RMQ_TMP=""
RMQ_NODE=""
RMQ_PORT=""
RMQ_EPMD_PORT=""
RMQ_SERVER_PID=""
RMQ_CTL=""
RMQ_FIRST_PORT=56720       # AMQP
RMQ_FIRST_DIST_PORT=46720  # Erlang distribution of the node
RMQ_FIRST_CTL_PORT=36720   # Erlang distribution of rabbitmqctl (10 ports)
RMQ_FIRST_EPMD_PORT=44369  # a private epmd, so that a system one stays untouched

find_rmq_bin() {
  # Debian's /usr/sbin/rabbitmq-server and rabbitmqctl are wrappers that switch
  # to the `rabbitmq` user (its HOME, its Erlang cookie, /var/lib/rabbitmq)
  # when run as root. The scripts behind them run as whoever calls them.
  local dir
  for dir in /usr/lib/rabbitmq/bin "$(dirname "$(command -v rabbitmq-server 2>/dev/null || echo /nonexistent/x)")"; do
    if [[ -x "$dir/rabbitmq-server" && -x "$dir/rabbitmqctl" ]]; then
      RMQ_BIN=$dir
      return 0
    fi
  done
  return 1
}

ensure_rabbitmq() {
  if ! find_rmq_bin || ! command -v erl >/dev/null 2>&1; then
    apt_install "RabbitMQ (rabbitmq-server, rabbitmqctl)" rabbitmq-server
    find_rmq_bin || die "RabbitMQ was installed but rabbitmq-server/rabbitmqctl are not in /usr/lib/rabbitmq/bin"
  fi
  command -v erl >/dev/null 2>&1 || die "erl (Erlang) is not on PATH; RabbitMQ needs it"
  command -v epmd >/dev/null 2>&1 || die "epmd (Erlang) is not on PATH; RabbitMQ needs it"
}

# Writes the environment of the throwaway node (sourced by the server start
# and by the rabbitmqctl wrapper, so both see the same node, cookie and epmd).
#   write_rmq_env <amqp port> <dist port> <ctl port> <epmd port>
write_rmq_env() {
  local port=$1 dist_port=$2 ctl_port=$3 epmd_port=$4
  cat >"$RMQ_TMP/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$port
# guest may connect from 127.0.0.1 only (the default, kept)
log.console = false
log.file.level = info
# list_queues counts catch up within 1 s instead of 5 s
collect_statistics_interval = 1000
CONF
  cat >"$RMQ_TMP/env.sh" <<ENV
# Environment of the throwaway RabbitMQ node $RMQ_NODE (written by test.sh).
export HOME='$RMQ_TMP/home'
export LC_ALL=C.UTF-8
export ERL_EPMD_ADDRESS=127.0.0.1
export ERL_EPMD_PORT=$epmd_port
export RABBITMQ_NODENAME='$RMQ_NODE'
export RABBITMQ_CONF_ENV_FILE='$RMQ_TMP/rabbitmq-env.conf'
export RABBITMQ_CONFIG_FILE='$RMQ_TMP/rabbitmq.conf'
export RABBITMQ_CONFIG_FILES='$RMQ_TMP/conf.d'
export RABBITMQ_ADVANCED_CONFIG_FILE='$RMQ_TMP/advanced.config'
export RABBITMQ_ENABLED_PLUGINS_FILE='$RMQ_TMP/enabled_plugins'
export RABBITMQ_MNESIA_BASE='$RMQ_TMP/mnesia'
export RABBITMQ_LOG_BASE='$RMQ_TMP/log'
export RABBITMQ_PID_FILE='$RMQ_TMP/rabbitmq.pid'
export RABBITMQ_DIST_PORT=$dist_port
export RABBITMQ_CTL_DIST_PORT_MIN=$ctl_port
export RABBITMQ_CTL_DIST_PORT_MAX=$((ctl_port + 10))
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
export RABBITMQ_CTL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
unset RABBITMQ_NODE_PORT RABBITMQ_NODE_IP_ADDRESS RABBITMQ_USE_LONGNAME RABBITMQ_ERLANG_COOKIE
ENV
}

# Is the throwaway node's beam process (the child of the start script) alive?
rmq_server_alive() {
  [[ -n "$RMQ_SERVER_PID" ]] && kill -0 "$RMQ_SERVER_PID" 2>/dev/null
}

# Stops the private epmd of the node (it outlives the node).
stop_rmq_epmd() {
  [[ -n "$RMQ_EPMD_PORT" ]] || return 0
  ERL_EPMD_PORT=$RMQ_EPMD_PORT epmd -kill >/dev/null 2>&1 || true
  local i pid
  for ((i = 0; i < 20; i++)); do
    port_is_free "$RMQ_EPMD_PORT" && break
    sleep 0.1
  done
  # Still there (epmd refused -kill)? Kill the process that listens on our port.
  if ! port_is_free "$RMQ_EPMD_PORT" && command -v ss >/dev/null 2>&1; then
    for pid in $(ss -Htlnp "sport = :$RMQ_EPMD_PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u); do
      if [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == epmd ]]; then
        kill "$pid" 2>/dev/null || true
      fi
    done
  fi
  RMQ_EPMD_PORT=""
}

# Stops the node (gracefully, then by force) and its epmd.
kill_rmq_node() {
  local i beam_pid=""
  if rmq_server_alive; then
    timeout 60 "$RMQ_CTL" -q stop >/dev/null 2>&1 || true
    for ((i = 0; i < 150; i++)); do
      rmq_server_alive || break
      sleep 0.2
    done
  fi
  if rmq_server_alive; then
    [[ -f "$RMQ_TMP/rabbitmq.pid" ]] && beam_pid=$(cat "$RMQ_TMP/rabbitmq.pid" 2>/dev/null || true)
    kill -TERM "$RMQ_SERVER_PID" 2>/dev/null || true
    sleep 2
    if [[ "$beam_pid" =~ ^[0-9]+$ ]]; then
      kill -KILL "$beam_pid" 2>/dev/null || true
    fi
    kill -KILL "$RMQ_SERVER_PID" 2>/dev/null || true
  fi
  if [[ -n "$RMQ_SERVER_PID" ]]; then
    wait "$RMQ_SERVER_PID" 2>/dev/null || true
    RMQ_SERVER_PID=""
  fi
  stop_rmq_epmd
}

# shellcheck disable=SC2317  # called indirectly, through on_exit
stop_rabbitmq() {
  if rmq_server_alive; then
    log "stopping RabbitMQ"
  fi
  kill_rmq_node
  if [[ -n "$RMQ_TMP" ]]; then
    rm -rf -- "$RMQ_TMP"
    RMQ_TMP=""
  fi
}

# Prints the end of the node's logs (after a failed start).
show_rmq_logs() {
  local f
  for f in "$RMQ_TMP/server.out" "$RMQ_TMP"/log/*.log; do
    [[ -s "$f" ]] || continue
    printf -- '--- %s (last 40 lines)\n' "$f" >&2
    tail -n 40 "$f" >&2 || true
  done
}

start_rabbitmq() {
  RMQ_TMP=$(mktemp -d /tmp/caseflow-rmq.XXXXXX)
  on_exit stop_rabbitmq
  RMQ_NODE="caseflow-test-$$@localhost"
  RMQ_CTL=$RMQ_TMP/rabbitmqctl

  mkdir -p "$RMQ_TMP/home" "$RMQ_TMP/conf.d" "$RMQ_TMP/log" "$RMQ_TMP/mnesia"
  : >"$RMQ_TMP/rabbitmq-env.conf"
  printf '[].\n' >"$RMQ_TMP/enabled_plugins" # no plugins (no management UI)
  # The node and rabbitmqctl authenticate with the cookie in $HOME, which is
  # this temp dir for both of them (never ~/.erlang.cookie of the caller).
  (umask 077 && od -An -N18 -tx1 /dev/urandom | tr -d ' \n' | tr 'a-f' 'A-F' >"$RMQ_TMP/home/.erlang.cookie")
  chmod 400 "$RMQ_TMP/home/.erlang.cookie"

  # rabbitmqctl for this node, whatever the caller's environment.
  cat >"$RMQ_CTL" <<WRAPPER
#!/bin/sh
# rabbitmqctl for the throwaway test node $RMQ_NODE (written by test.sh).
. '$RMQ_TMP/env.sh'
exec '$RMQ_BIN/rabbitmqctl' -n '$RMQ_NODE' "\$@"
WRAPPER
  chmod 755 "$RMQ_CTL"

  # A port may be taken between the check and the start: then try new ones.
  local attempt port=$RMQ_FIRST_PORT dist_port ctl_port epmd_port deadline
  for attempt in 1 2 3; do
    port=$(find_free_port "$port")
    dist_port=$(find_free_port "$RMQ_FIRST_DIST_PORT")
    ctl_port=$(find_free_port "$RMQ_FIRST_CTL_PORT")
    epmd_port=$(find_free_port "$RMQ_FIRST_EPMD_PORT")
    RMQ_EPMD_PORT=$epmd_port
    write_rmq_env "$port" "$dist_port" "$ctl_port" "$epmd_port"

    log "starting RabbitMQ node $RMQ_NODE on 127.0.0.1:$port"
    # shellcheck disable=SC1091
    (. "$RMQ_TMP/env.sh" && cd "$RMQ_TMP" && exec "$RMQ_BIN/rabbitmq-server") \
      >"$RMQ_TMP/server.out" 2>&1 </dev/null &
    RMQ_SERVER_PID=$!

    # The AMQP listener opens at the end of the boot; then ask the node.
    deadline=$((SECONDS + 90))
    while rmq_server_alive && ((SECONDS < deadline)); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        break
      fi
      sleep 0.5
    done
    if rmq_server_alive && ((SECONDS < deadline)) \
      && timeout 60 "$RMQ_CTL" -q await_startup --timeout 55 >"$RMQ_TMP/await.out" 2>&1; then
      RMQ_PORT=$port
      break
    fi

    if [[ $attempt -lt 3 ]] && ! rmq_server_alive \
      && grep -qiE 'eaddrinuse|address already in use|duplicate_name|not_alive' \
        "$RMQ_TMP/server.out" "$RMQ_TMP"/log/*.log 2>/dev/null; then
      log "a port of RabbitMQ was taken meanwhile, trying new ones"
      kill_rmq_node
      rm -rf -- "${RMQ_TMP:?}/mnesia" "${RMQ_TMP:?}/log"
      mkdir -p "$RMQ_TMP/mnesia" "$RMQ_TMP/log"
      port=$((port + 1))
      continue
    fi
    cat "$RMQ_TMP/await.out" >&2 2>/dev/null || true
    show_rmq_logs
    die "RabbitMQ did not start within 90 s (logs above)"
  done

  export CASEFLOW_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$RMQ_PORT/"
  export CASEFLOW_TEST_RABBITMQ_CTL=$RMQ_CTL
  log "RabbitMQ ready: CASEFLOW_TEST_RABBITMQ=$CASEFLOW_TEST_RABBITMQ"
  log "                CASEFLOW_TEST_RABBITMQ_CTL=$CASEFLOW_TEST_RABBITMQ_CTL"
}

# ---------------------------------------------------------------------------
# Browser: Debian's Chromium (headless, driven by Playwright for .NET), and
# Node.js/npm for the web app the Host's build makes (src/Designer)
#   ensure_chromium: /usr/bin/chromium present (installs `chromium` if needed)
#   ensure_node: node and npm on PATH (installs `nodejs npm` if needed)
# The browser tests start Chromium themselves, once per test class, with
# --no-sandbox; it talks to a Host on 127.0.0.1 only.
# ---------------------------------------------------------------------------

ensure_chromium() {
  local chromium=${CASEFLOW_TEST_CHROMIUM:-/usr/bin/chromium}
  if [[ ! -x $chromium ]]; then
    apt_install "Chromium (browser tests)" chromium
    chromium=/usr/bin/chromium
    [[ -x $chromium ]] || die "chromium was installed but $chromium is missing"
  fi
  export CASEFLOW_TEST_CHROMIUM=$chromium
  log "Chromium for the browser tests: $chromium ($("$chromium" --version 2>/dev/null || echo 'version unknown'))"
}

ensure_node() {
  if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    apt_install "Node.js and npm (the web app's build)" nodejs npm
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [[ $major -ge 20 ]] || die "Node.js $(node --version) is too old for the web app's build (Vite needs 20.19 or newer)"
  log "Node.js $(node --version), npm $(npm --version 2>/dev/null)"
}

# Redocly CLI for the OpenAPI lint test (tests/CaseFlow.Host.Tests/Platform/
# OpenApiLintTests.cs), pinned in tools/openapi-lint/package-lock.json:
# `npm ci` there when node_modules is missing or older than the lock file.
ensure_openapi_lint() {
  local dir=tools/openapi-lint
  if [[ ! -f $dir/node_modules/.package-lock.json || $dir/package-lock.json -nt $dir/node_modules/.package-lock.json ]]; then
    log "installing Redocly CLI for the OpenAPI lint test (npm ci in $dir)"
    (cd "$dir" && npm ci --no-audit --no-fund) || die "npm ci in $dir failed"
  fi
}

# ---------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------

RUN_TMP=""
# shellcheck disable=SC2317  # called indirectly, through on_exit
remove_run_tmp() {
  if [[ -n "$RUN_TMP" ]]; then
    rm -rf -- "$RUN_TMP"
    RUN_TMP=""
  fi
}

# Sums the VSTest per-assembly result lines, e.g.
#   Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, Duration: 1 s - X.Tests.dll (net10.0)
#   Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42, ...
# Prints "<passed> <failed> <skipped> <result lines found>".
sum_results() {
  sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$1" | awk '
    function count(line, label,    s) {
      if (match(line, label ":[ \t]*[0-9]+")) {
        s = substr(line, RSTART, RLENGTH)
        gsub(/[^0-9]/, "", s)
        return s + 0
      }
      return 0
    }
    /^[ \t]*[A-Za-z]+![ \t]+-[ \t]+Failed:[ \t]*[0-9]+,/ {
      found++
      passed += count($0, "Passed")
      failed += count($0, "Failed")
      skipped += count($0, "Skipped")
    }
    END { printf "%d %d %d %d\n", passed, failed, skipped, found }
  '
}

run_tests() {
  RUN_TMP=$(mktemp -d)
  on_exit remove_run_tmp
  local test_log=$RUN_TMP/dotnet-test.log

  log "running dotnet test CaseFlow.sln -c Release $*"
  local rc=0
  set +e
  dotnet test CaseFlow.sln -c Release "$@" 2>&1 | tee "$test_log"
  rc=${PIPESTATUS[0]}
  set -e

  local passed failed skipped found
  read -r passed failed skipped found < <(sum_results "$test_log")

  # Stop the services now, so that the summary below is the last line.
  run_cleanup

  if [[ $found -eq 0 ]]; then
    printf 'test.sh: no test result line found in the dotnet test output (build failure?)\n' >&2
    [[ $rc -ne 0 ]] || rc=1
  elif [[ $failed -gt 0 && $rc -eq 0 ]]; then
    rc=1
  elif [[ $failed -eq 0 && $rc -ne 0 ]]; then
    printf 'test.sh: dotnet test exited with code %d (a project did not build or a test run aborted?)\n' "$rc" >&2
  fi
  printf 'Tests: %d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
  return "$rc"
}

# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

command -v dotnet >/dev/null 2>&1 || die "dotnet is not on PATH (install the .NET 10 SDK)"

ensure_postgres
ensure_rabbitmq
ensure_chromium
ensure_node
ensure_openapi_lint

start_postgres
start_rabbitmq

status=0
run_tests "$@" || status=$?
exit "$status"
