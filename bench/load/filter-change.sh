#!/usr/bin/env bash
# A filter change on the Overview, timed over HTTP as the browser makes it: the AJAX post of Apply, which
# keeps the person's filter and recomputes the score and every panel (PRODUCT.md section 7: at most 100 ms of
# server time). One signed-in user, one change after the other, no think time.
#
#   bench/load/filter-change.sh BASE_URL COOKIE_JAR [ROUNDS]
#
# BASE_URL is the application's address (http://localhost:30080/complyscore), COOKIE_JAR a curl cookie file
# of a signed-in session. The rounds take turns: each category of the filter pane alone, then no filter.
# Prints one markdown table row: requests, p50, p95, p99, max, errors (an answer that is not a partial
# response holding the score).
set -euo pipefail

BASE=${1:?the application address}
JAR=${2:?a cookie file of a signed-in session}
ROUNDS=${3:-100}

page=$(curl -s -b "$JAR" -c "$JAR" "$BASE/score/overview")
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
[[ -n "$view_state" ]] || { echo "filter-change: the Overview did not open for this session" >&2; exit 1; }
mapfile -t categories < <(grep -o 'name="overview:category" type="checkbox" value="[0-9]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
[[ ${#categories[@]} -gt 0 ]] || { echo "filter-change: the filter pane has no categories" >&2; exit 1; }

times=$(mktemp)
errors=0
for ((i = 0; i < ROUNDS; i++)); do
  choice=$((i % (${#categories[@]} + 1)))
  fields=(--data-urlencode "jakarta.faces.partial.ajax=true"
    --data-urlencode "jakarta.faces.source=overview:apply-filter"
    --data-urlencode "jakarta.faces.partial.execute=overview"
    --data-urlencode "jakarta.faces.partial.render=overview"
    --data-urlencode "overview:apply-filter=overview:apply-filter"
    --data-urlencode "overview=overview"
    --data-urlencode "jakarta.faces.ViewState=$view_state")
  if ((choice < ${#categories[@]})); then
    fields+=(--data-urlencode "overview:category=${categories[$choice]}")
  fi
  answer=$(curl -s -b "$JAR" -c "$JAR" -H 'Faces-Request: partial/ajax' -w '\n%{http_code} %{time_total}' \
    "${fields[@]}" "$BASE/score/overview")
  read -r status seconds <<<"$(tail -1 <<<"$answer")"
  if [[ "$status" != 200 ]] || ! grep -q '<partial-response' <<<"$answer" || ! grep -q 'score-points' <<<"$answer"; then
    errors=$((errors + 1))
  fi
  echo "$seconds" >>"$times"
done

sort -n "$times" | awk -v errors="$errors" '
  { t[NR] = $1 * 1000 }
  function pct(p,   i) { i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; return t[i] }
  END { printf "| filter change (Apply) | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d |\n", NR, pct(50), pct(95), pct(99), t[NR], errors }'
rm -f "$times"
