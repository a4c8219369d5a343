#!/usr/bin/env bash
# Load run: 50 signed-in users on the deployed application at the product's scale, measured with wrk.
#
#   bench/load/run-load.sh
#
# What it does, from a fresh checkout, leaving nothing running:
#   1. builds the EAR and generates the bench data (docs/benchmarks.md: 200 users, 20 groups, 60 assessments
#      from NIST HIGH, 21,541 action states, 100,020 links) into the PostgreSQL database LOAD_DATABASE, which
#      it drops first: mvn -Pbench,postgresql -DskipTests -Dbench.sections=none verify;
#   2. starts ComplyScore on a Payara domain of its own (server-config/it-domain.sh with IT_PG_DATABASE,
#      port base 30000: HTTP 30080, admin 30048), never run.sh's domain1 on 8080 nor the tests' 28xxx;
#   3. signs in LOAD_USERS different bench users with curl, as a browser does (GET the login page, POST the
#      form with its Faces view state, keep the session cookie); all bench users have the password
#      Bench-User-Passw0rd (bench/.../BenchPassword.java). Each one opens every page of the mix once;
#   4. warms the server up (LOAD_WARMUP, 2 users without think time; not reported);
#   5. baseline: one user, no think time, the Overview page only (LOAD_BASELINE_DURATION): the full render
#      without contention; then that user applies LOAD_FILTER_ROUNDS new filters (bench/load/filter-change.sh);
#   6. the load: LOAD_USERS users at once for LOAD_DURATION, each with its own session and connection (one
#      wrk thread per user: bench/load/load.lua), a think time drawn between LOAD_THINK_MIN_MS and
#      LOAD_THINK_MAX_MS before each request (a person reads a page before the next click; without it 50
#      connections would be 50 machines clicking as fast as the server answers), and the mix LOAD_MIX;
#   7. writes bench/target/load-report.md (p50/p95/p99/max latency, throughput and errors per request
#      type) and prints it; stops its domain, also when interrupted.
#
# Needs: Java 17, Maven, curl, psql, a PostgreSQL server, and wrk (Debian package wrk; installed here when
# run as root). About 5 minutes with the defaults (the first run also creates the domain: 1 minute more).
#
# Settings (environment variables; defaults in brackets):
#   LOAD_USERS [50]                  signed-in users, each one wrk thread with one connection (at most 200)
#   LOAD_DURATION [120s]             length of the load run (wrk's -d)
#   LOAD_THINK_MIN_MS [1000], LOAD_THINK_MAX_MS [3000]   think time before each request
#   LOAD_MIX ["overview=/complyscore/score/overview:6 api-score=/complyscore/api/score:2
#             actions=/complyscore/actions/list:2"]       request types: name=path:weight, space-separated
#   LOAD_BASELINE_MIX ["overview=/complyscore/score/overview:1"]   the single-user baseline's requests
#   LOAD_BASELINE_DURATION [30s]     length of the baseline (0 skips it)
#   LOAD_FILTER_ROUNDS [100]         filter changes timed after the baseline (0 skips them)
#   LOAD_WARMUP [30s]                length of the warm-up (0 skips it)
#   LOAD_TIMEOUT [30s]               wrk's request timeout; keep it above the think time (wrk counts a
#                                    connection as timed out when its last request started that long ago)
#   LOAD_SEED [20261124]             seeds each user's choice of requests and think times
#   LOAD_GENERATE [true]             false: keep the data of the last run and build the EAR only if missing
#   LOAD_DATABASE [complyscore_load] the PostgreSQL database (dropped and generated anew)
#   LOAD_PG_HOST [127.0.0.1], LOAD_PG_PORT [5432], LOAD_PG_USER [postgres], LOAD_PG_PASSWORD []
#   LOAD_PORTBASE [30000], LOAD_DOMAIN [complyscore-load]   the Payara domain
#   LOAD_HEAP [1g]                   the server's maximum heap (run.sh's default)
#   LOAD_REPORT [bench/target/load-report.md]
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
source "$ROOT/server-config/lib.sh"

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
  exit 0
fi

LOAD_USERS=${LOAD_USERS:-50}
LOAD_FILTER_ROUNDS=${LOAD_FILTER_ROUNDS:-100}
LOAD_DURATION=${LOAD_DURATION:-120s}
LOAD_THINK_MIN_MS=${LOAD_THINK_MIN_MS:-1000}
LOAD_THINK_MAX_MS=${LOAD_THINK_MAX_MS:-3000}
LOAD_MIX=${LOAD_MIX:-overview=/complyscore/score/overview:6 api-score=/complyscore/api/score:2 actions=/complyscore/actions/list:2}
LOAD_BASELINE_MIX=${LOAD_BASELINE_MIX:-overview=/complyscore/score/overview:1}
LOAD_BASELINE_DURATION=${LOAD_BASELINE_DURATION:-30s}
LOAD_WARMUP=${LOAD_WARMUP:-30s}
LOAD_TIMEOUT=${LOAD_TIMEOUT:-30s}
LOAD_SEED=${LOAD_SEED:-20261124}
LOAD_GENERATE=${LOAD_GENERATE:-true}
LOAD_DATABASE=${LOAD_DATABASE:-complyscore_load}
LOAD_PG_HOST=${LOAD_PG_HOST:-127.0.0.1}
LOAD_PG_PORT=${LOAD_PG_PORT:-5432}
LOAD_PG_USER=${LOAD_PG_USER:-postgres}
LOAD_PG_PASSWORD=${LOAD_PG_PASSWORD:-}
LOAD_PORTBASE=${LOAD_PORTBASE:-30000}
LOAD_DOMAIN=${LOAD_DOMAIN:-complyscore-load}
LOAD_HEAP=${LOAD_HEAP:-1g}
LOAD_REPORT=${LOAD_REPORT:-$ROOT/bench/target/load-report.md}

BENCH_PASSWORD=Bench-User-Passw0rd
HTTP_PORT=$((LOAD_PORTBASE + 80))
BASE=http://127.0.0.1:$HTTP_PORT
WORK=$ROOT/bench/target/load
EAR=$ROOT/ear/target/complyscore.ear

if ! [[ "$LOAD_USERS" =~ ^[0-9]+$ ]] || ((LOAD_USERS < 1 || LOAD_USERS > 200)); then
  cs_die "LOAD_USERS must be 1 to 200 (there are 200 bench users), not '$LOAD_USERS'."
fi
[[ "$LOAD_DATABASE" =~ ^[a-z_][a-z0-9_]*$ ]] || cs_die "LOAD_DATABASE must be a plain lower-case name."

say() { printf '\033[1mload: %s\033[0m\n' "$*"; }
psql_load() {
  PGPASSWORD=$LOAD_PG_PASSWORD psql -X -q -At -v ON_ERROR_STOP=1 -h "$LOAD_PG_HOST" -p "$LOAD_PG_PORT" \
    -U "$LOAD_PG_USER" -d "$LOAD_DATABASE" "$@"
}

# ---------------------------------------------------------------------------------------------------------
# Tools

cs_require_tools
command -v curl >/dev/null || cs_die "curl is needed."
command -v psql >/dev/null || cs_die "psql (PostgreSQL's client) is needed."
if ! command -v wrk >/dev/null; then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing wrk (Debian package) ..."
    apt-get -o DPkg::Lock::Timeout=300 install -y -q wrk >/dev/null ||
      { apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null &&
        apt-get -o DPkg::Lock::Timeout=300 install -y -q wrk >/dev/null; } ||
      cs_die "Could not install wrk with apt-get."
  else
    cs_die "wrk is needed: install it (on Debian or Ubuntu: sudo apt-get install wrk) and run again."
  fi
fi

# ---------------------------------------------------------------------------------------------------------
# The domain, stopped whatever happens

export PAYARA_HOME ASADMIN
export IT_DOMAIN=$LOAD_DOMAIN IT_PORTBASE=$LOAD_PORTBASE IT_NAME=load IT_WORK_DIR=$WORK IT_DB=postgresql
export IT_PG_HOST=$LOAD_PG_HOST IT_PG_PORT=$LOAD_PG_PORT IT_PG_USER=$LOAD_PG_USER IT_PG_PASSWORD=$LOAD_PG_PASSWORD
export IT_PG_DATABASE=$LOAD_DATABASE IT_DEPLOY=$EAR COMPLYSCORE_HEAP=$LOAD_HEAP
# Nobody signs in as the first Owner; it is created only when the database has no user (never here).
export COMPLYSCORE_ADMIN_PASSWORD=${COMPLYSCORE_ADMIN_PASSWORD:-Load-Run-Owner-Passw0rd}

stop_domain() {
  if [[ -x "$ASADMIN" ]]; then "$ROOT/server-config/it-domain.sh" stop || true; fi
}
WRK_PID=
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n "$WRK_PID" ]]; then kill "$WRK_PID" 2>/dev/null || true; fi
  # shellcheck disable=SC2046 # one pid per word
  kill $(jobs -p) 2>/dev/null || true
  say "stopping domain $LOAD_DOMAIN ..."
  stop_domain
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A domain left running by an interrupted run holds the database open.
stop_domain >/dev/null
if (echo >"/dev/tcp/127.0.0.1/$HTTP_PORT") 2>/dev/null; then
  cs_die "Port $HTTP_PORT is taken by another server; stop it or choose another LOAD_PORTBASE."
fi
rm -rf "$WORK"
mkdir -p "$WORK/users"

# ---------------------------------------------------------------------------------------------------------
# 1. Build and data

maven_pg=(-Dit.pg.host="$LOAD_PG_HOST" -Dit.pg.port="$LOAD_PG_PORT" -Dit.pg.user="$LOAD_PG_USER"
  -Dit.pg.password="$LOAD_PG_PASSWORD")
if [[ "$LOAD_GENERATE" == "true" ]]; then
  say "building the EAR and generating the bench data into $LOAD_DATABASE ..."
  (cd "$ROOT" && mvn -B -q -Pbench,postgresql -DskipTests -Dspotless.check.skip=true -Dbench.sections=none \
    -Dbench.pg.database="$LOAD_DATABASE" "${maven_pg[@]}" verify) || cs_die "Building or generating failed."
else
  if [[ ! -f "$EAR" ]]; then
    say "building the EAR ..."
    (cd "$ROOT" && mvn -B -q -DskipTests -Dspotless.check.skip=true package) || cs_die "The build failed."
  fi
  say "keeping the data in $LOAD_DATABASE (LOAD_GENERATE=false)"
fi
[[ -f "$EAR" ]] || cs_die "There is no $EAR."
users_with_password=$(psql_load -c "SELECT count(*) FROM app_user WHERE username LIKE 'bench-user-%'
  AND password_hash LIKE 'PBKDF2%'") || cs_die "The database $LOAD_DATABASE has no bench data: run with LOAD_GENERATE=true."
((users_with_password >= LOAD_USERS)) ||
  cs_die "$LOAD_DATABASE has $users_with_password bench users who can sign in; generate it again (LOAD_GENERATE=true)."

# ---------------------------------------------------------------------------------------------------------
# 2. Server

say "starting domain $LOAD_DOMAIN (HTTP $HTTP_PORT, admin $((LOAD_PORTBASE + 48))) ..."
"$ROOT/server-config/it-domain.sh" start
server_pid=$(cat "$PAYARA_HOME/glassfish/domains/$LOAD_DOMAIN/config/pid" 2>/dev/null || true)

# ---------------------------------------------------------------------------------------------------------
# 3. Sign in

# The Cookie header of a curl cookie jar (HttpOnly cookies are the lines starting "#HttpOnly_").
cookie_header() {
  awk -F'\t' '/^#HttpOnly_/ { sub(/^#HttpOnly_/, "") } /^#/ || NF < 7 { next }
    { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 } END { print "" }' "$1"
}

# Prints "status location" of a GET; the body goes to $2, cookies to and from the jar $3.
get() {
  curl -sS --max-time 60 -o "$2" -w '%{http_code} %{redirect_url}' -b "$3" -c "$3" "$BASE$1"
}

sign_in() {
  local user=$1 jar=$WORK/users/$1.cookies page=$WORK/users/$1.html view_state result
  rm -f "$jar"
  get /complyscore/login "$page" "$jar" >/dev/null
  view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page" | head -n 1 |
    sed 's/.*value="//; s/"$//')
  [[ -n "$view_state" ]] || cs_die "The login page has no Faces view state (see $page)."
  result=$(curl -sS --max-time 60 -o "$page" -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" \
    --data-urlencode "login-form=login-form" --data-urlencode "login-form:username=$user" \
    --data-urlencode "login-form:password=$BENCH_PASSWORD" --data-urlencode "login-form:sign-in=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$BASE/complyscore/login")
  if [[ "$result" != "302 $BASE/complyscore/score/overview" ]]; then
    # The login page again: its message says why (wrong password, or locked by the sign-in throttling).
    cs_die "Signing in $user failed ($result): $(grep -o 'ui-messages-error-summary[^<]*<' "$page" |
      sed 's/.*>//; s/<$//' | head -n 1)"
  fi
}

# The paths of one or more mixes ("name=path:weight ..."), each once.
paths_of() {
  local entry path
  for entry in $1; do
    path=${entry#*=}
    echo "${path%:*}"
  done | awk '!seen[$0]++'
}

# Each user opens every page of the mix once: the session must hold, and the server sees them all.
check_session() {
  local user=$1 jar=$WORK/users/$1.cookies page=$WORK/users/$1.html path result
  for path in $(paths_of "$LOAD_MIX $LOAD_BASELINE_MIX"); do
    result=$(get "$path" "$page" "$jar")
    if [[ "$result" != "200 " ]] || grep -q 'name="login-form"' "$page"; then
      cs_die "$user: GET $path answered $result$(grep -q 'name="login-form"' "$page" && echo ' (the login page)')."
    fi
  done
  rm -f "$page"
}

# Four at a time: a sign-in is a PBKDF2 hash on the server, slow on purpose.
say "signing in $LOAD_USERS bench users ..."
started=$SECONDS
for ((i = 0; i < LOAD_USERS; i++)); do
  (sign_in "bench-user-$i" && check_session "bench-user-$i" && touch "$WORK/users/bench-user-$i.ok") &
  if (($(jobs -rp | wc -l) >= 4)); then wait -n || true; fi
done
wait
: >"$WORK/cookies.txt"
for ((i = 0; i < LOAD_USERS; i++)); do
  [[ -e "$WORK/users/bench-user-$i.ok" ]] || cs_die "bench-user-$i could not sign in (see above)."
  cookie_header "$WORK/users/bench-user-$i.cookies" >>"$WORK/cookies.txt"
done
throttled=$(psql_load -c "SELECT count(*) FROM sign_in_throttle WHERE failures > 0 OR locked_until IS NOT NULL")
say "$LOAD_USERS users signed in, each opened every page ($((SECONDS - started)) s); sign-in throttle rows: $throttled"

# ---------------------------------------------------------------------------------------------------------
# 4.–6. wrk

# CPU seconds from /proc: per process as "pid seconds" lines, and of the whole machine. A process counts with
# its children that ended: PostgreSQL's parallel workers come and go, their time goes to the postmaster.
HZ=$(getconf CLK_TCK)
process_cpu() {
  local pid
  for pid in "$@"; do
    awk -v hz="$HZ" '{ sub(/^.*\) /, ""); printf "%s %.2f\n", pid, ($12 + $13 + $14 + $15) / hz }' pid="$pid" \
      "/proc/$pid/stat" 2>/dev/null || true
  done
}
machine_busy() { awk -v hz="$HZ" '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat; }
# CPU seconds between two process_cpu snapshots ($1, $2); a process new in the second one counts from zero
# (it started in between), one gone from it is missed.
seconds_between() {
  awk 'FNR == NR { before[$1] = $2; next } { total += $2 - before[$1] } END { printf "%.2f", total }' \
    <(echo "$1") <(echo "$2")
}
postgres_pids() { pgrep -x postgres || true; }
# Sets the variable named $1 to the CPU seconds of this shell's ended children, from "times" run in this shell
# (in a command substitution it would count the subshell's children only).
children_cpu() {
  times >"$WORK/times.txt"
  printf -v "$1" '%s' "$(awk 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, a, "m"); t += a[1] * 60 + a[2] }
    printf "%.2f", t }' "$WORK/times.txt")"
}

# run_wrk NAME USERS DURATION THINK_MIN THINK_MAX MIX COOKIES: figures into $WORK/NAME.tsv, wrk's output into
# NAME.log, and the CPU used meanwhile into NAME.cpu: "wall server postgresql wrk machine" (seconds).
run_wrk() {
  local name=$1 users=$2 duration=$3 think_min=$4 think_max=$5 mix=$6 cookies=$7
  local server_before pg_before busy_before wall_before children_before children_after wrk_seconds
  # shellcheck disable=SC2046 # one pid per word
  { server_before=$(process_cpu "$server_pid"); pg_before=$(process_cpu $(postgres_pids)); }
  busy_before=$(machine_busy)
  wall_before=$(date +%s.%N)
  # In the background, so that an interrupted run ends wrk at once (cleanup); its CPU seconds are what the
  # children of this shell used meanwhile.
  children_cpu children_before
  LOAD_COOKIES=$cookies LOAD_MIX=$mix LOAD_THINK_MIN_MS=$think_min LOAD_THINK_MAX_MS=$think_max \
    LOAD_SEED=$LOAD_SEED LOAD_RESULT=$WORK/$name.tsv \
    wrk -t "$users" -c "$users" -d "$duration" --timeout "$LOAD_TIMEOUT" -s "$HERE/load.lua" "$BASE" \
    >"$WORK/$name.log" 2>&1 &
  WRK_PID=$!
  wait "$WRK_PID" || { cat "$WORK/$name.log"; cs_die "wrk failed ($name)."; }
  WRK_PID=
  children_cpu children_after
  wrk_seconds=$(awk -v a="$children_before" -v b="$children_after" 'BEGIN { printf "%.2f", b - a }')
  [[ -s "$WORK/$name.tsv" ]] || { cat "$WORK/$name.log"; cs_die "wrk wrote no figures ($name)."; }
  # shellcheck disable=SC2046
  echo "$(awk -v a="$wall_before" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')" \
    "$(seconds_between "$server_before" "$(process_cpu "$server_pid")")" \
    "$(seconds_between "$pg_before" "$(process_cpu $(postgres_pids))")" "$wrk_seconds" \
    "$(awk -v a="$busy_before" -v b="$(machine_busy)" 'BEGIN { printf "%.2f", b - a }')" >"$WORK/$name.cpu"
}

if [[ "$LOAD_WARMUP" != "0" && "$LOAD_WARMUP" != "0s" ]]; then
  say "warming up: 2 users without think time for $LOAD_WARMUP ..."
  run_wrk warmup $((LOAD_USERS < 2 ? LOAD_USERS : 2)) "$LOAD_WARMUP" 0 0 "$LOAD_MIX" "$WORK/cookies.txt"
fi

if [[ "$LOAD_BASELINE_DURATION" != "0" && "$LOAD_BASELINE_DURATION" != "0s" ]]; then
  say "baseline: one user without think time for $LOAD_BASELINE_DURATION ..."
  run_wrk baseline 1 "$LOAD_BASELINE_DURATION" 0 0 "$LOAD_BASELINE_MIX" "$WORK/cookies.txt"
fi

if ((LOAD_FILTER_ROUNDS > 0)); then
  say "filter changes: one user applies $LOAD_FILTER_ROUNDS new filters on the Overview ..."
  "$HERE/filter-change.sh" "$BASE/complyscore" "$WORK/users/bench-user-0.cookies" "$LOAD_FILTER_ROUNDS" \
    >"$WORK/filter-change.md"
fi

say "load: $LOAD_USERS users, think time $LOAD_THINK_MIN_MS–$LOAD_THINK_MAX_MS ms, for $LOAD_DURATION ..."
run_wrk load "$LOAD_USERS" "$LOAD_DURATION" "$LOAD_THINK_MIN_MS" "$LOAD_THINK_MAX_MS" "$LOAD_MIX" "$WORK/cookies.txt"
server_rss=$(awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$server_pid/status" 2>/dev/null || echo "?")
status_after=$(get /complyscore/api/score /dev/null "$WORK/users/bench-user-0.cookies")

# ---------------------------------------------------------------------------------------------------------
# 7. Report

# The table of one wrk run.
table() {
  local file=$1 mix=$2
  echo "| request | path | requests | req/s | p50 | p95 | p99 | max | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' -v mix="$mix" '
    BEGIN { n = split(mix, entries, " ")
            for (i = 1; i <= n; i++) { e = entries[i]; k = index(e, "="); p = substr(e, k + 1); sub(/:[0-9]+$/, "", p); path[substr(e, 1, k - 1)] = p } }
    /^#/ { next }
    { name = $1 == "all" ? "**all**" : $1
      printf "| %s | %s | %d | %.1f | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d |\n", name, ($1 in path) ? "`" path[$1] "`" : "", $2, $3, $4, $5, $6, $7, $8 }' "$file"
}
# Status codes per request type, and wrk's socket errors.
details() {
  local file=$1
  awk -F'\t' '/^#summary/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); s[kv[1]] = kv[2] } next }
    /^#/ || $1 == "all" { next }
    { codes = codes (codes ? "; " : "") $1 " " $10; lost += $9 }
    END { printf "Status codes: %s. Sessions lost: %d. Socket errors: connect %d, read %d, write %d, timeout %d.\n",
            codes, lost, s["connect"], s["read"], s["write"], s["timeout"] }' "$file"
}
seconds_of() { awk -F'\t' '/^#summary/ { sub(/seconds=/, "", $2); print $2 }' "$1"; }
# What the CPU did during one wrk run (NAME.cpu, NAME.tsv): cores used on average, and per request.
cpu() {
  awk -v cores="$(nproc)" 'FNR == NR { wall = $1; server = $2; pg = $3; wrk = $4; machine = $5; next }
    $1 == "all" { requests = $2 }
    END { other = machine - server - pg - wrk; if (other < 0) other = 0
      printf "CPU meanwhile, in cores used on average (of %d): server JVM %.2f, PostgreSQL %.2f, wrk %.2f, anything else\n", cores, server / wall, pg / wall, wrk / wall
      printf "on the machine %.2f; %.2f in all. Per request: %.0f ms of CPU in the server, %.0f ms in PostgreSQL.\n", other / wall, machine / wall, 1000 * server / requests, 1000 * pg / requests }' \
    "$WORK/$1.cpu" "$WORK/$1.tsv"
}

commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]]; then commit="$commit + uncommitted changes"; fi
branch=$(git -C "$ROOT" rev-parse --abbrev-ref HEAD 2>/dev/null || echo unknown)
counts=$(psql_load -F ' ' -c "SELECT (SELECT count(*) FROM app_user), (SELECT count(*) FROM assessment_group),
  (SELECT count(*) FROM assessment), (SELECT count(*) FROM action_state), (SELECT count(*) FROM assessment_action)")
read -r n_users n_groups n_assessments n_states n_links <<<"$counts"
cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
memory=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
java_version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
pg_version=$(psql_load -c "SHOW server_version" | cut -d' ' -f1)
payara_version=$(sed -n 's/.*<payara.version>\(.*\)<\/payara.version>.*/\1/p' "$ROOT/pom.xml" | head -n 1)

{
  echo "# Load: $LOAD_USERS signed-in users"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit (branch $branch)."
  echo
  echo "**Data:** PostgreSQL database \`$LOAD_DATABASE\`: $n_users users, $n_groups groups, $n_assessments assessments,"
  echo "$n_states action states, $n_links links: the bench data set, and the Default group with the built-in baseline"
  echo "assessment that the application makes at its first start."
  echo
  echo "**Machine:** $(nproc) cores ($cpu_model), $memory; Java $java_version; Payara Server $payara_version"
  echo "(heap -Xmx$LOAD_HEAP, domain \`$LOAD_DOMAIN\`); PostgreSQL $pg_version; wrk and the server on the same machine."
  echo
  echo "Times are from the request written to the response read, as wrk sees them (think time not included);"
  echo "errors are responses other than 2xx, a lost session included (a redirect to the login page, a 401, or"
  echo "the login page itself)."
  echo
  echo "## $LOAD_USERS users, $(seconds_of "$WORK/load.tsv") s, think time $LOAD_THINK_MIN_MS–$LOAD_THINK_MAX_MS ms"
  echo
  echo "Each user is one bench user signed in with its own session and one connection (one wrk thread); before"
  echo "each request it waits a think time drawn evenly between $LOAD_THINK_MIN_MS and $LOAD_THINK_MAX_MS ms, then"
  echo "asks for one of the request types below, drawn by weight: \`$LOAD_MIX\`."
  echo
  table "$WORK/load.tsv" "$LOAD_MIX"
  echo
  details "$WORK/load.tsv"
  echo
  cpu load
  echo "The server's resident memory afterwards: $server_rss MB."
  echo "A session after the run: GET /complyscore/api/score answered ${status_after% }."
  if [[ -f "$WORK/baseline.tsv" ]]; then
    echo
    echo "## One user, no think time, $(seconds_of "$WORK/baseline.tsv") s"
    echo
    echo "The full render without contention: one signed-in user asks again as soon as the answer is in."
    echo
    table "$WORK/baseline.tsv" "$LOAD_BASELINE_MIX"
    echo
    details "$WORK/baseline.tsv"
    echo
    cpu baseline
  fi
  if [[ -f "$WORK/filter-change.md" ]]; then
    echo
    echo "## A filter change on the Overview, one user"
    echo
    echo "The AJAX post of Apply as the browser sends it (bench/load/filter-change.sh): the filter is kept and"
    echo "the score and every panel recomputed. Each round applies a filter not applied before, so the database"
    echo "computes every one (no answer from the score cache)."
    echo
    echo "| request | requests | p50 | p95 | p99 | max | errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    cat "$WORK/filter-change.md"
  fi
  echo
  printf 'Before: %d sign-ins (each user then opened every page once; sign-in throttle rows with failures: %d)' \
    "$LOAD_USERS" "$throttled"
  if [[ -f "$WORK/warmup.tsv" ]]; then
    echo
    echo "and a warm-up of $LOAD_WARMUP (2 users, no think time, the mix: $(awk -F'\t' '$1 == "all" { printf "%d requests, %d errors", $2, $8 }' "$WORK/warmup.tsv"))."
  else
    echo "."
  fi
  echo "Reproduce: \`bench/load/run-load.sh\` (settings in its header); wrk's own output is in bench/target/load/."
} >"$LOAD_REPORT"

echo
cat "$LOAD_REPORT"
echo
say "report written to ${LOAD_REPORT#"$ROOT"/}"
