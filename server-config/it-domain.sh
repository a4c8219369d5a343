#!/usr/bin/env bash
# The Payara Server domain of the integration tests, driven by Maven around each module's integration tests:
#
#   it-domain.sh start   create the domain (first time), reset the test database, start, configure
#   it-domain.sh stop    stop the domain
#
# It is a domain of its own (IT_DOMAIN, on port base IT_PORTBASE), so the tests never touch the domain of
# run.sh and can run while it does. Settings, from the Maven build:
#   IT_DOMAIN, IT_PORTBASE, IT_NAME (the module; names its database), IT_WORK_DIR (the module's scratch
#   folder), IT_DB (h2 | postgresql), IT_PG_HOST, IT_PG_PORT, IT_PG_USER, IT_PG_PASSWORD,
#   COMPLYSCORE_ADMIN_PASSWORD (the first Owner's password the tests sign in with),
#   IT_DEPLOY (optional: an EAR to deploy once for all tests of the module; the script waits until it is ready),
#   IT_PG_DATABASE (optional, PostgreSQL only: an existing database to use as it is, neither dropped nor
#   emptied, instead of the module's own test database; the load run, bench/load/run-load.sh, uses it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

: "${IT_DOMAIN:?}" "${IT_PORTBASE:?}" "${IT_NAME:?}" "${IT_WORK_DIR:?}"
IT_DB=${IT_DB:-h2}
export AS_ADMIN_PORT=$((IT_PORTBASE + 48))

reset_database() {
  if [[ "$IT_DB" == "postgresql" ]]; then
    local database=${IT_PG_DATABASE:-complyscore_it_${IT_NAME//[^a-zA-Z0-9]/_}}
    command -v psql >/dev/null || cs_die "The PostgreSQL integration tests need psql on the PATH."
    if [[ -n "${IT_PG_DATABASE:-}" ]]; then
      PGPASSWORD=${IT_PG_PASSWORD:-} psql -q -v ON_ERROR_STOP=1 -h "${IT_PG_HOST:-127.0.0.1}" -p "${IT_PG_PORT:-5432}" \
        -U "${IT_PG_USER:-postgres}" -d "$database" -c "SELECT 1" >/dev/null ||
        cs_die "The PostgreSQL database $database (IT_PG_DATABASE) does not answer."
    else
      PGPASSWORD=${IT_PG_PASSWORD:-} psql -q -v ON_ERROR_STOP=1 -h "${IT_PG_HOST:-127.0.0.1}" -p "${IT_PG_PORT:-5432}" \
        -U "${IT_PG_USER:-postgres}" -d postgres \
        -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database" ||
        cs_die "Could not create the PostgreSQL database $database."
    fi
    export COMPLYSCORE_DB_URL="jdbc:postgresql://${IT_PG_HOST:-127.0.0.1}:${IT_PG_PORT:-5432}/$database"
    export COMPLYSCORE_DB_USER=${IT_PG_USER:-postgres}
    export COMPLYSCORE_DB_PASSWORD=${IT_PG_PASSWORD:-}
    COMPLYSCORE_JDBC_DRIVER=$(cs_install_jdbc_driver)
    export COMPLYSCORE_JDBC_DRIVER
    echo "it-domain: PostgreSQL database $database${IT_PG_DATABASE:+ (kept as it is)}"
  else
    rm -rf "$IT_WORK_DIR/db"
    mkdir -p "$IT_WORK_DIR/db"
    export COMPLYSCORE_H2_PATH=$IT_WORK_DIR/db/complyscore
    unset COMPLYSCORE_DB_URL COMPLYSCORE_DB_USER COMPLYSCORE_DB_PASSWORD
    echo "it-domain: H2 database $COMPLYSCORE_H2_PATH"
  fi
}

start() {
  cs_install_payara
  if [[ ! -d "$PAYARA_HOME/glassfish/domains/$IT_DOMAIN" ]]; then
    echo "it-domain: creating domain $IT_DOMAIN on port base $IT_PORTBASE ..."
    "$ASADMIN" --interactive=false create-domain --nopassword=true --portbase "$IT_PORTBASE" "$IT_DOMAIN" >/dev/null
  fi
  # A domain left running by an interrupted build holds the old database open.
  stop >/dev/null
  reset_database
  if (echo >"/dev/tcp/127.0.0.1/$AS_ADMIN_PORT") 2>/dev/null; then
    cs_die "Port $AS_ADMIN_PORT is taken by another server (another checkout's test domain?); stop it first."
  fi
  "$ASADMIN" start-domain "$IT_DOMAIN" >/dev/null || cs_die "The test domain did not start."
  # The test server gets a smaller heap than run.sh's: it serves one test client.
  COMPLYSCORE_HEAP=${COMPLYSCORE_HEAP:-768m} cs_configure_domain "$IT_DOMAIN"
  if [[ -n "${IT_DEPLOY:-}" ]]; then deploy "$IT_DEPLOY"; fi
  echo "it-domain: $IT_DOMAIN is ready (admin port $AS_ADMIN_PORT)."
}

deploy() {
  local http=$((IT_PORTBASE + 80)) deadline=$((SECONDS + 120))
  "$ASADMIN" deploy --force=true --name complyscore "$1" >/dev/null || cs_die "Deploying $1 failed."
  until curl -fs -o /dev/null "http://localhost:$http/health/ready" &&
    curl -fs -o /dev/null "http://localhost:$http/complyscore/login"; do
    ((SECONDS < deadline)) || cs_die "The deployed application did not become ready within 2 minutes."
    sleep 1
  done
  echo "it-domain: deployed $(basename "$1") at http://localhost:$http/complyscore/"
}

stop() {
  if cs_domain_running "$IT_DOMAIN"; then
    # The next start must not load this run's application against the next run's database.
    if "$ASADMIN" list-applications 2>/dev/null | grep -q "^complyscore "; then
      "$ASADMIN" undeploy complyscore >/dev/null
    fi
    "$ASADMIN" stop-domain "$IT_DOMAIN" >/dev/null
  fi
  echo "it-domain: $IT_DOMAIN stopped."
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) cs_die "Use: it-domain.sh start|stop" ;;
esac
