#!/usr/bin/env bash
# Runs the e2e suite RUNS times (default 3) while a CPU hog keeps every core busy, and prints the
# failed and flaky counts of each run. Every run must show 0 and 0: a flaky test is a bug.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
bash scripts/ensure-chromium.sh
hogs=()
stop_hogs() { for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_hogs EXIT
for _ in $(seq "$(nproc)"); do
  node -e 'for (;;) {}' &
  hogs+=("$!")
done
out="$(mktemp -d)"
status=0
for run in $(seq "$runs"); do
  start=$(date +%s)
  # CI=true: retries on, so a test that passes only on its retry is counted as flaky.
  CI=true PLAYWRIGHT_JSON_OUTPUT_NAME="$out/run-$run.json" node_modules/.bin/playwright test --reporter=dot,json >"$out/run-$run.log" 2>&1 || true
  node -e '
    const { stats } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
    const line = `run ${process.argv[2]}: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped in ${process.argv[3]} s`
    console.log(line)
    process.exit(stats.unexpected || stats.flaky ? 1 : 0)
  ' "$out/run-$run.json" "$run" "$(( $(date +%s) - start ))" || status=1
done
[ "$status" = 0 ] || echo "Failures or flakes above; the logs are in $out" >&2
exit "$status"
