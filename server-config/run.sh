#!/usr/bin/env bash
# Runs ComplyScore on a local Payara Server: builds the EAR, fetches the server through Maven (first time only),
# starts the domain, creates or updates its resources, (re)deploys the EAR and waits until it answers.
#
#   server-config/run.sh          start, or redeploy after a code change
#   server-config/run.sh stop     stop the server
#   server-config/run.sh status   is it running?
#
# Settings come from environment variables; see configure-domain.sh and the README. Embedded H2 by default;
# PostgreSQL when COMPLYSCORE_DB_URL, COMPLYSCORE_DB_USER and COMPLYSCORE_DB_PASSWORD are set.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DOMAIN=domain1
DOMAIN_DIR=$PAYARA_HOME/glassfish/domains/$DOMAIN
HTTP_PORT=8080
CONTEXT_ROOT=complyscore
APP_NAME=complyscore
EAR=$CS_ROOT/ear/target/complyscore.ear
# Written by the application when it generated the first Owner's password; printed once, then removed.
PASSWORD_FILE=$DOMAIN_DIR/config/complyscore-initial-admin-password
# The application's own settings reach it through the server's environment, so the server must be
# (re)started from here when they change; this file remembers those it was started with.
ENV_FINGERPRINT=$DOMAIN_DIR/config/complyscore-environment

# Every COMPLYSCORE_ variable counts (the application reads them through MicroProfile Config, e.g. the
# monitoring freshness window), but for the two that only steer this script.
app_environment() {
  { env | grep -E '^COMPLYSCORE_' | grep -vE '^COMPLYSCORE_(SKIP_BUILD|JDBC_DRIVER)=' || true; } |
    sort | sha256sum | cut -c1-16
}

start() {
  cs_require_tools
  # Build first: a build that fails leaves the running server as it was.
  if [[ "${COMPLYSCORE_SKIP_BUILD:-false}" != "true" ]]; then
    cs_say "Building the EAR ..."
    (cd "$CS_ROOT" && mvn -B -q -DskipTests -Dspotless.check.skip=true package) || cs_die "The build failed."
  fi
  [[ -f "$EAR" ]] || cs_die "There is no $EAR to deploy; build it with: mvn -DskipTests package"
  cs_install_payara
  if [[ -n "${COMPLYSCORE_DB_URL:-}" ]]; then
    COMPLYSCORE_JDBC_DRIVER=$(cs_install_jdbc_driver)
    export COMPLYSCORE_JDBC_DRIVER
  fi

  if cs_domain_running "$DOMAIN" && [[ "$(cat "$ENV_FINGERPRINT" 2>/dev/null)" != "$(app_environment)" ]]; then
    cs_say "ComplyScore's settings changed: restarting Payara Server ..."
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null
  fi
  if cs_domain_running "$DOMAIN"; then
    cs_say "Payara Server is running; updating it ..."
  else
    cs_say "Starting Payara Server ..."
    # The server inherits this environment: COMPLYSCORE_ADMIN_PASSWORD reaches the first start this way.
    "$ASADMIN" start-domain "$DOMAIN" >/dev/null || cs_die "Payara Server did not start; see $DOMAIN_DIR/logs/server.log"
    app_environment >"$ENV_FINGERPRINT"
  fi
  cs_configure_domain "$DOMAIN"

  cs_say "Deploying ComplyScore ..."
  "$ASADMIN" deploy --force=true --name "$APP_NAME" "$EAR" >/dev/null ||
    cs_die "Deployment failed; see $DOMAIN_DIR/logs/server.log"
  wait_until_ready
  announce
}

wait_until_ready() {
  local deadline=$((SECONDS + 120))
  until curl -fs -o /dev/null "http://localhost:$HTTP_PORT/health/ready" &&
    curl -fs -o /dev/null "http://localhost:$HTTP_PORT/$CONTEXT_ROOT/login"; do
    ((SECONDS < deadline)) || cs_die "ComplyScore did not become ready within 2 minutes; see $DOMAIN_DIR/logs/server.log"
    sleep 1
  done
}

announce() {
  echo
  cs_say "ComplyScore is ready: http://localhost:$HTTP_PORT/$CONTEXT_ROOT/"
  if [[ -f "$PASSWORD_FILE" ]]; then
    echo "Sign in as 'admin' with this password (shown once; it is not stored in readable form anywhere else):"
    echo
    echo "    $(cat "$PASSWORD_FILE")"
    echo
    rm -f "$PASSWORD_FILE"
  elif [[ -n "${COMPLYSCORE_ADMIN_PASSWORD:-}" ]]; then
    echo "Sign in as 'admin' with the password in COMPLYSCORE_ADMIN_PASSWORD (set at the first start)."
  else
    echo "Sign in with your user name and password (the first start printed the password of 'admin')."
  fi
  echo "Stop it with: server-config/run.sh stop"
}

stop() {
  if [[ -x "$ASADMIN" ]] && cs_domain_running "$DOMAIN"; then
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null
    cs_say "ComplyScore stopped."
  else
    echo "ComplyScore is not running."
  fi
}

status() {
  if [[ -x "$ASADMIN" ]] && cs_domain_running "$DOMAIN"; then
    if curl -fsS "http://localhost:$HTTP_PORT/health/ready" 2>/dev/null; then
      echo
      echo "Running: http://localhost:$HTTP_PORT/$CONTEXT_ROOT/"
    else
      echo "Payara Server runs, but ComplyScore is not ready."
      exit 1
    fi
  else
    echo "ComplyScore is not running."
    exit 3
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  -h | --help | help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) cs_die "Unknown command '$1'. Use: run.sh [start|stop|status]" ;;
esac
