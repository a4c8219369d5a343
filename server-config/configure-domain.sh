#!/usr/bin/env bash
# Creates or updates, on a running Payara Server domain, everything ComplyScore needs before it is deployed:
# the JDBC pool and resource jdbc/complyscore, the mail session mail/complyscore, security and HTTP settings
# and the JVM options. Safe to run again: what is already right is left alone.
#
# run.sh and the integration tests call it; IT operations can run it against their own server:
#
#   ASADMIN=/opt/payara6/bin/asadmin AS_ADMIN_HOST=payara.example.org AS_ADMIN_PORT=4848 \
#   AS_ADMIN_USER=admin AS_ADMIN_PASSWORDFILE=/secure/asadmin-password \
#   COMPLYSCORE_DB_URL=jdbc:postgresql://db.example.org:5432/complyscore COMPLYSCORE_DB_USER=complyscore \
#   COMPLYSCORE_DB_PASSWORD=... COMPLYSCORE_JDBC_DRIVER=/path/to/postgresql-42.7.14.jar \
#   COMPLYSCORE_SMTP_HOST=smtp.example.org server-config/configure-domain.sh
#
# Settings (environment variables; all optional):
#   COMPLYSCORE_DB_URL, COMPLYSCORE_DB_USER, COMPLYSCORE_DB_PASSWORD
#                          PostgreSQL (jdbc:postgresql://host:port/database); without them an embedded H2 file
#   COMPLYSCORE_JDBC_DRIVER  path of the PostgreSQL driver jar to add to the domain (add-library)
#   COMPLYSCORE_H2_PATH    H2 database file (default: the domain's lib/databases/complyscore)
#   COMPLYSCORE_SMTP_HOST, COMPLYSCORE_SMTP_PORT, COMPLYSCORE_SMTP_USER, COMPLYSCORE_SMTP_PASSWORD,
#   COMPLYSCORE_SMTP_STARTTLS (true|false), COMPLYSCORE_MAIL_FROM
#                          the SMTP relay (default: localhost:25, no authentication, sender complyscore@localhost)
#   COMPLYSCORE_HEAP       maximum heap of the server JVM (default 1g)
#   COMPLYSCORE_APP_NAME   the name ComplyScore is deployed under (default complyscore)
#   COMPLYSCORE_RESTART_MARKER  file to create when a change needs a domain restart (run.sh uses it)
set -euo pipefail

ASADMIN=${ASADMIN:-asadmin}
POOL=complyscore-pool
DATASOURCE=jdbc/complyscore
MAIL_SESSION=mail/complyscore
DB_PASSWORD_ALIAS=complyscore-db-password
SMTP_PASSWORD_ALIAS=complyscore-smtp-password
CONFIG=configs.config.server-config
APP_NAME=${COMPLYSCORE_APP_NAME:-complyscore}

asadmin() { "$ASADMIN" --interactive=false "$@"; }
# asadmin prints "Command ... executed successfully." after each command; keep the output for failures only.
run() {
  local out
  if ! out=$(asadmin "$@" 2>&1); then
    printf 'configure-domain: asadmin %s failed:\n%s\n' "$1" "$out" >&2
    exit 1
  fi
}
value_of() { asadmin get "$1" 2>/dev/null | sed -n "s|^$1=||p"; }
restart_needed() {
  echo "configure-domain: $1 takes effect after a restart of the domain."
  if [[ -n "${COMPLYSCORE_RESTART_MARKER:-}" ]]; then touch "$COMPLYSCORE_RESTART_MARKER"; fi
}
# A resource cannot be replaced under a running application (it would break it half-way, even while the
# server is still starting it): the application goes first, and is deployed again afterwards.
undeploy_before_change() {
  if asadmin list-applications 2>/dev/null | grep -q "^$APP_NAME "; then
    echo "configure-domain: undeploying $APP_NAME while $1 changes; deploy it again afterwards."
    run undeploy "$APP_NAME"
  fi
}
# A fingerprint of the settings a resource was made from, kept in its description: an unchanged
# resource is not touched, so running this script again does not disturb a deployed application.
fingerprint() { printf '%s' "$*" | sha256sum | cut -c1-16; }

set_password_alias() {
  local alias=$1 password=$2 file
  file=$(mktemp)
  chmod 600 "$file"
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$password" >"$file"
  if asadmin list-password-aliases 2>/dev/null | grep -qx "$alias"; then
    run --passwordfile "$file" update-password-alias "$alias"
  else
    run --passwordfile "$file" create-password-alias "$alias"
  fi
  rm -f "$file"
}

configure_database() {
  local classname url user password=${COMPLYSCORE_DB_PASSWORD:-} wanted
  if [[ -n "${COMPLYSCORE_DB_URL:-}" ]]; then
    case "$COMPLYSCORE_DB_URL" in
      jdbc:postgresql://*) ;;
      *)
        echo "configure-domain: COMPLYSCORE_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), not '$COMPLYSCORE_DB_URL'." >&2
        exit 1
        ;;
    esac
    if [[ -z "${COMPLYSCORE_DB_USER:-}" ]]; then
      echo "configure-domain: COMPLYSCORE_DB_URL is set, so COMPLYSCORE_DB_USER must be set too." >&2
      exit 1
    fi
    classname=org.postgresql.ds.PGSimpleDataSource
    url=$COMPLYSCORE_DB_URL
    user=$COMPLYSCORE_DB_USER
    if [[ -n "${COMPLYSCORE_JDBC_DRIVER:-}" ]]; then
      if ! asadmin list-libraries --type common 2>/dev/null | grep -qx "$(basename "$COMPLYSCORE_JDBC_DRIVER")"; then
        run add-library --type common "$COMPLYSCORE_JDBC_DRIVER"
      fi
    fi
    # The password lives in the domain's password store, never in domain.xml.
    if [[ -n "$password" ]]; then set_password_alias "$DB_PASSWORD_ALIAS" "$password"; fi
  else
    classname=org.h2.jdbcx.JdbcDataSource
    url="jdbc:h2:${COMPLYSCORE_H2_PATH:-\${com.sun.aas.instanceRoot\}/lib/databases/complyscore}"
    user=
  fi

  wanted="complyscore $(fingerprint "$classname" "$url" "$user" "${password:+with-password}")"
  if [[ "$(value_of "resources.jdbc-connection-pool.$POOL.description")" == "$wanted" ]] &&
    asadmin list-jdbc-resources 2>/dev/null | grep -qx "$DATASOURCE"; then
    echo "configure-domain: $DATASOURCE is up to date ($url)."
  else
    if asadmin list-jdbc-connection-pools 2>/dev/null | grep -qx "$POOL"; then
      undeploy_before_change "$DATASOURCE"
      run delete-jdbc-connection-pool --cascade=true "$POOL"
    fi
    # Connections are validated before use, and all are dropped after one fails: after a database
    # restart the application recovers by itself instead of serving broken connections.
    run create-jdbc-connection-pool --datasourceclassname "$classname" --restype javax.sql.DataSource \
      --isconnectvalidatereq=true --validationmethod=custom-validation \
      --validationclassname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation \
      --failconnection=true --description "$wanted" "$POOL"
    # "set" takes everything after the first '=' as the value: URLs need no escaping this way.
    run set "resources.jdbc-connection-pool.$POOL.property.URL=$url"
    if [[ -n "$user" ]]; then run set "resources.jdbc-connection-pool.$POOL.property.user=$user"; fi
    if [[ -n "$password" ]]; then
      run set "resources.jdbc-connection-pool.$POOL.property.password=\${ALIAS=$DB_PASSWORD_ALIAS}"
    elif [[ -n "$user" ]]; then
      # A user without password (trust authentication): Payara spells the empty password "()".
      run set "resources.jdbc-connection-pool.$POOL.property.password=()"
    fi
    run create-jdbc-resource --connectionpoolid "$POOL" "$DATASOURCE"
    echo "configure-domain: $DATASOURCE created ($url)."
  fi

  if ! out=$(asadmin ping-connection-pool "$POOL" 2>&1); then
    printf 'configure-domain: the database does not answer at %s:\n%s\n' "$url" "$out" >&2
    exit 1
  fi
}

configure_mail() {
  local host=${COMPLYSCORE_SMTP_HOST:-localhost} port=${COMPLYSCORE_SMTP_PORT:-25}
  local user=${COMPLYSCORE_SMTP_USER:-complyscore} password=${COMPLYSCORE_SMTP_PASSWORD:-}
  local from=${COMPLYSCORE_MAIL_FROM:-complyscore@localhost} starttls=${COMPLYSCORE_SMTP_STARTTLS:-false}
  local wanted properties
  if [[ -n "$password" ]]; then set_password_alias "$SMTP_PASSWORD_ALIAS" "$password"; fi
  wanted="complyscore $(fingerprint "$host" "$port" "$user" "$from" "$starttls" "${password:+with-password}")"
  if [[ "$(value_of "resources.mail-resource.$MAIL_SESSION.description")" == "$wanted" ]]; then
    echo "configure-domain: $MAIL_SESSION is up to date ($host:$port)."
    return
  fi
  if asadmin list-javamail-resources 2>/dev/null | grep -qx "$MAIL_SESSION"; then
    undeploy_before_change "$MAIL_SESSION"
    run delete-javamail-resource "$MAIL_SESSION"
  fi
  # Short timeouts: a hanging relay must not hold the outbox sender for minutes.
  properties="mail.smtp.port=$port:mail.smtp.connectiontimeout=10000:mail.smtp.timeout=10000"
  properties="$properties:mail.smtp.writetimeout=10000:mail.smtp.starttls.enable=$starttls"
  if [[ -n "$password" ]]; then
    properties="$properties:mail.smtp.auth=true:mail.smtp.password=\${ALIAS\=$SMTP_PASSWORD_ALIAS}"
  fi
  run create-javamail-resource --mailhost "$host" --mailuser "$user" --fromaddress "$from" \
    --description "$wanted" --property "$properties" "$MAIL_SESSION"
  echo "configure-domain: $MAIL_SESSION created ($host:$port, sender $from)."
}

configure_security() {
  # The identity store hands permissions to the container as groups; each group is the role of the same name.
  if [[ "$(value_of "$CONFIG.security-service.activate-default-principal-to-role-mapping")" != "true" ]]; then
    run set "$CONFIG.security-service.activate-default-principal-to-role-mapping=true"
    restart_needed "The default principal-to-role mapping"
  fi
  # Do not tell the world which server and version answers.
  for listener in http-listener-1 http-listener-2; do
    run set "$CONFIG.network-config.protocols.protocol.$listener.http.xpowered-by=false"
    run set "$CONFIG.network-config.protocols.protocol.$listener.http.server-header=false"
    # The session cookie is not sent with cross-site requests (CSRF). Payara ignores the attribute the
    # application sets on SessionCookieConfig; the listener's own setting does it.
    run set "$CONFIG.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax"
    run set "$CONFIG.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true"
  done
}

configure_jvm() {
  local heap=${COMPLYSCORE_HEAP:-1g} current
  current=$(asadmin list-jvm-options 2>/dev/null | grep -E '^-Xmx' || true)
  if [[ "$current" != "-Xmx$heap" ]]; then
    if [[ -n "$current" ]]; then run delete-jvm-options "$current"; fi
    run create-jvm-options "-Xmx$heap"
    restart_needed "The heap size -Xmx$heap"
  fi
}

configure_database
configure_mail
configure_security
configure_jvm
echo "configure-domain: done."
