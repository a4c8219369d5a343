#!/usr/bin/env bash
# A filter change on the Overview, timed over HTTP as the browser makes it: the AJAX post of Apply, which
# keeps the person's filter and recomputes the score and every panel (PRODUCT.md section 7: at most 100 ms of
# server time). One signed-in user, one change after the other, no think time.
#
#   bench/load/filter-change.sh BASE_URL COOKIE_JAR [ROUNDS]
#
# BASE_URL is the application's address (http://localhost:30080/complyscore), COOKIE_JAR a curl cookie file
# of a signed-in session. Every round applies a filter not applied before (a category, a set of action types
# and a set of purposes), so that each one is computed by the database, never answered from the score cache:
# the figures are the worst case of a filter change. At the end the filter is cleared again. Prints one
# markdown table row: requests, p50, p95, p99, max, errors (an answer that is not a partial response holding
# the score).
set -euo pipefail

BASE=${1:?the application address}
JAR=${2:?a cookie file of a signed-in session}
ROUNDS=${3:-100}

page=$(curl -s -b "$JAR" -c "$JAR" "$BASE/score/overview")
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
[[ -n "$view_state" ]] || { echo "filter-change: the Overview did not open for this session" >&2; exit 1; }
mapfile -t categories < <(grep -o 'name="overview:category" type="checkbox" value="[0-9]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
[[ ${#categories[@]} -gt 0 ]] || { echo "filter-change: the filter pane has no categories" >&2; exit 1; }

# The non-empty subsets of three values, as bit masks 1 to 7.
subset() {
  local mask=$1 name=$2 i
  shift 2
  local values=("$@")
  for i in 0 1 2; do
    if ((mask & (1 << i))); then
      printf -- '--data-urlencode\n%s=%s\n' "$name" "${values[$i]}"
    fi
  done
}

apply() {
  local fields=(--data-urlencode "jakarta.faces.partial.ajax=true"
    --data-urlencode "jakarta.faces.source=overview:apply-filter"
    --data-urlencode "jakarta.faces.partial.execute=overview"
    --data-urlencode "jakarta.faces.partial.render=overview"
    --data-urlencode "overview:apply-filter=overview:apply-filter"
    --data-urlencode "overview=overview"
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$@")
  curl -s -b "$JAR" -c "$JAR" -H 'Faces-Request: partial/ajax' -w '\n%{http_code} %{time_total}' \
    "${fields[@]}" "$BASE/score/overview"
}

times=$(mktemp)
errors=0
n=${#categories[@]}
for ((i = 0; i < ROUNDS; i++)); do
  mapfile -t filter < <(
    printf -- '--data-urlencode\noverview:category=%s\n' "${categories[$((i % n))]}"
    subset $((i / n % 7 + 1)) overview:type TECHNICAL OPERATIONAL DOCUMENTATION
    subset $((i / n / 7 % 7 + 1)) overview:purpose PREVENTIVE DETECTIVE CORRECTIVE)
  answer=$(apply "${filter[@]}")
  read -r status seconds <<<"$(tail -1 <<<"$answer")"
  if [[ "$status" != 200 ]] || ! grep -q '<partial-response' <<<"$answer" || ! grep -q 'score-points' <<<"$answer"; then
    errors=$((errors + 1))
  fi
  echo "$seconds" >>"$times"
done

apply >/dev/null

sort -n "$times" | awk -v errors="$errors" '
  { t[NR] = $1 * 1000 }
  function pct(p,   i) { i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; return t[i] }
  END { printf "| filter change (Apply), each filter new | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d |\n", NR, pct(50), pct(95), pct(99), t[NR], errors }'
rm -f "$times"
