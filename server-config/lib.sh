# Shared by run.sh and it-domain.sh (sourced, not run): where things live and how to reach asadmin.
# shellcheck shell=bash

CS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CS_WORK=${COMPLYSCORE_WORK_DIR:-$CS_ROOT/.work}
PAYARA_HOME=${PAYARA_HOME:-$CS_WORK/payara6}
ASADMIN=$PAYARA_HOME/bin/asadmin
export ASADMIN

cs_say() { printf '\033[1m%s\033[0m\n' "$*"; }
cs_die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}

cs_require_tools() {
  command -v java >/dev/null || cs_die "Java 17 or newer is needed (java is not on the PATH)."
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [[ "${major%%.*}" -ge 17 ]] 2>/dev/null || cs_die "Java 17 or newer is needed; this java is version $major."
  command -v mvn >/dev/null || cs_die "Apache Maven 3.8 or newer is needed (mvn is not on the PATH)."
}

# Payara Server comes from Maven Central through Maven, as an artifact like any other.
cs_install_payara() {
  if [[ ! -x "$ASADMIN" ]]; then
    cs_say "Fetching Payara Server through Maven into ${CS_WORK#"$CS_ROOT"/} ..."
    (cd "$CS_ROOT" && mvn -B -q -N dependency:unpack@unpack-payara) || cs_die "Could not fetch Payara Server."
  fi
}

# The PostgreSQL driver, also through Maven; prints the jar's path.
cs_install_jdbc_driver() {
  (cd "$CS_ROOT" && mvn -B -q -N dependency:copy@copy-jdbc-driver) >&2 || cs_die "Could not fetch the PostgreSQL driver."
  ls "$CS_WORK"/lib/postgresql-*.jar | head -n 1
}

cs_domain_running() { "$ASADMIN" list-domains 2>/dev/null | grep -q "^$1 running"; }

# Configures a single-server domain with configure-domain.sh; restarts it when a setting needs that.
cs_configure_domain() {
  local domain=$1 marker
  marker=$(mktemp -u)
  if cs_disable_hazelcast; then touch "$marker"; fi
  COMPLYSCORE_RESTART_MARKER=$marker "$CS_ROOT/server-config/configure-domain.sh"
  if [[ -e "$marker" ]]; then
    rm -f "$marker"
    cs_say "Restarting domain $domain for the new settings ..."
    "$ASADMIN" restart-domain "$domain" >/dev/null
  fi
}

# A single server needs no data grid: without Hazelcast the domain starts faster and uses less memory.
# Succeeds when it changed the setting (which takes effect at the next start).
cs_disable_hazelcast() {
  if "$ASADMIN" get-hazelcast-configuration 2>/dev/null | grep -qiE '^Enabled[[:space:]]+false'; then
    return 1
  fi
  "$ASADMIN" set-hazelcast-configuration --enabled=false >/dev/null
}
