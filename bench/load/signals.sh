#!/usr/bin/env bash
# Times POST /api/signals with batches of 1,000 signals against a running ComplyScore (issue 8).
# Usage: bench/load/signals.sh BASE_URL TOKEN_FILE [ROUNDS]
#   BASE_URL    such as http://localhost:8080/complyscore (server-config/run.sh)
#   TOKEN_FILE  a file holding an API token with the scope signals:write (Settings › Monitoring)
# Each round posts 1,000 new signals (4 of the baseline's checks on 250 resources each, a third failing, so
# the baseline's SC-8 and CM-6 are evaluated over 1,000 resources), then the same batch again (all duplicates).
# It leaves those signals in the database: run it on a throwaway installation.
set -euo pipefail
base=${1:?BASE_URL}; token=$(<"${2:?TOKEN_FILE}"); rounds=${3:-5}
batch=$(mktemp); trap 'rm -f "$batch" "$batch.out"' EXIT
start=$(date -u +%s)
for ((round = 0; round < rounds; round++)); do
  python3 - "$start" "$round" > "$batch" <<'PY'
import datetime, json, sys
# One moment per round, a minute apart going back: every round's signals are new.
at = datetime.datetime.fromtimestamp(int(sys.argv[1]) - 60 * int(sys.argv[2]),
                                     datetime.timezone.utc).isoformat().replace("+00:00", "Z")
checks = ["web.tls", "web.hsts", "web.content-type-options", "web.frame-options"]
signals = []
for i in range(1000):
    signal = {"checkId": checks[i % 4], "resourceId": "bench-host-%d" % (i // 4), "observedAt": at,
              "result": "fail" if i % 3 == 0 else "pass", "detail": "bench signal %d" % i}
    if signal["result"] == "fail":
        signal["severity"] = "low"
    signals.append(signal)
print(json.dumps(signals))
PY
  for kind in new repeat; do
    curl -sS -o "$batch.out" -w "round $round, 1,000 $kind signals: HTTP %{http_code} in %{time_total} s: " \
      -H "Authorization: Bearer $token" -H "Content-Type: application/json" --data-binary @"$batch" \
      "$base/api/signals"
    cat "$batch.out"; echo
  done
done
