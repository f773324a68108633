#!/usr/bin/env bash
# Sourced by test.sh and example.sh: start and stop the throwaway services the tests use.
# PostgreSQL 15 and MariaDB on 127.0.0.1 in temporary data directories on free ports.

free_port() { # free_port START -> first port from START nobody listens on
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

as_user() { # as_user USER CMD... : run as USER when we are root, else as ourselves
  local u=$1; shift
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$u" -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed" >&2; return 1; }
  NOORM_PG_DIR=$(mktemp -d /tmp/noorm-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$NOORM_PG_DIR"
  local port; port=$(free_port 55432)
  as_user postgres "$bin/initdb" -D "$NOORM_PG_DIR/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$NOORM_PG_DIR/initdb.log" 2>&1 || {
      cat "$NOORM_PG_DIR/initdb.log" >&2; return 1; }
  as_user postgres "$bin/pg_ctl" -D "$NOORM_PG_DIR/data" -l "$NOORM_PG_DIR/log" \
    -o "-p $port -k $NOORM_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null || {
      cat "$NOORM_PG_DIR/log" >&2; return 1; }
  # The usual role is named like nothing of noorm's: a role named `noorm` would resolve
  # "$user" in the search_path to the tracking schema (tests that need that make it).
  as_user postgres psql -q -h "$NOORM_PG_DIR" -p "$port" -U postgres -v ON_ERROR_STOP=1 \
    -c "CREATE USER app_owner WITH PASSWORD 'app_owner_pw' CREATEDB" \
    -c "CREATE DATABASE app_test OWNER app_owner" \
    -c "ALTER USER postgres WITH PASSWORD 'postgres_pw'" >/dev/null
  NOORM_PG_BIN=$bin
  export NOORM_TEST_PG_HOST=127.0.0.1 NOORM_TEST_PG_PORT=$port NOORM_TEST_PG_USER=app_owner \
         NOORM_TEST_PG_PASSWORD=app_owner_pw NOORM_TEST_PG_DATABASE=app_test \
         NOORM_TEST_PG_ADMIN_USER=postgres NOORM_TEST_PG_ADMIN_PASSWORD=postgres_pw
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

stop_postgres() {
  [ -n "${NOORM_PG_DIR:-}" ] || return 0
  as_user postgres "$NOORM_PG_BIN/pg_ctl" -D "$NOORM_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$NOORM_PG_DIR"; NOORM_PG_DIR=""
}

start_mariadb() {
  command -v mariadbd >/dev/null || { echo "MariaDB is not installed" >&2; return 1; }
  NOORM_MY_DIR=$(mktemp -d /tmp/noorm-my.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown mysql:mysql "$NOORM_MY_DIR"
  local port; port=$(free_port 53306)
  local user_opt=(); [ "$(id -u)" -eq 0 ] && user_opt=(--user=mysql)
  mariadb-install-db "${user_opt[@]}" --datadir="$NOORM_MY_DIR/data" \
    --auth-root-authentication-method=normal --skip-test-db >"$NOORM_MY_DIR/install.log" 2>&1 || {
      cat "$NOORM_MY_DIR/install.log" >&2; return 1; }
  mariadbd "${user_opt[@]}" --datadir="$NOORM_MY_DIR/data" --port="$port" --socket="$NOORM_MY_DIR/sock" \
    --bind-address=127.0.0.1 --pid-file="$NOORM_MY_DIR/pid" --log-error="$NOORM_MY_DIR/err.log" \
    --innodb-flush-log-at-trx-commit=0 --skip-log-bin >/dev/null 2>&1 &
  NOORM_MY_PID=$!
  local i=0
  until mariadb-admin --socket="$NOORM_MY_DIR/sock" -uroot ping >/dev/null 2>&1; do
    i=$((i + 1)); [ $i -gt 120 ] && { cat "$NOORM_MY_DIR/err.log" >&2; return 1; }; sleep 0.25
  done
  mariadb --socket="$NOORM_MY_DIR/sock" -uroot -e "CREATE USER 'app_owner'@'%' IDENTIFIED BY 'app_owner_pw';
    CREATE DATABASE app_test; GRANT ALL ON *.* TO 'app_owner'@'%'; FLUSH PRIVILEGES;"
  export NOORM_TEST_MYSQL_HOST=127.0.0.1 NOORM_TEST_MYSQL_PORT=$port NOORM_TEST_MYSQL_USER=app_owner \
         NOORM_TEST_MYSQL_PASSWORD=app_owner_pw NOORM_TEST_MYSQL_DATABASE=app_test
  echo "MariaDB $(mariadbd --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

stop_mariadb() {
  [ -n "${NOORM_MY_DIR:-}" ] || return 0
  mariadb-admin --socket="$NOORM_MY_DIR/sock" -uroot shutdown >/dev/null 2>&1 || kill "$NOORM_MY_PID" 2>/dev/null || true
  wait "$NOORM_MY_PID" 2>/dev/null || true
  rm -rf "$NOORM_MY_DIR"; NOORM_MY_DIR=""
}
