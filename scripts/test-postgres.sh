#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL server for the test suite and benchmarks.
# Usage: scripts/test-postgres.sh start|stop   — prints the URL on start.
# Installs Debian's postgresql when missing and we are root; says what to install otherwise.
set -euo pipefail
PORT=${CARTWRIGHT_TEST_PG_PORT:-54329}
BASE=${CARTWRIGHT_TEST_PG_DIR:-/tmp/cartwright-test-pg-$PORT}
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
BIN=$(find_bin || true)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[test-postgres] installing Debian's postgresql…" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    BIN=$(find_bin)
  else
    echo "[test-postgres] PostgreSQL is not installed. Install it (Debian/Ubuntu: sudo apt-get install postgresql) or set TEST_DATABASE_URL." >&2
    exit 1
  fi
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
  start)
    mkdir -p "$BASE"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$BASE"
    if [ ! -f "$BASE/data/PG_VERSION" ]; then
      as_pg "$BIN/initdb" -D "$BASE/data" -U postgres -A trust --no-sync >/dev/null
    fi
    if ! as_pg "$BIN/pg_ctl" -D "$BASE/data" status >/dev/null 2>&1; then
      as_pg "$BIN/pg_ctl" -D "$BASE/data" -l "$BASE/server.log" -w \
        -o "-p $PORT -k $BASE -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
    fi
    echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_pg "$BIN/pg_ctl" -D "$BASE/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
