#!/usr/bin/env bash
# Times `berth check --all` (static: every task's checks) on a workspace holding the final
# reference solution of lab `stack`, process start included, and prints the median.
# Goal: under 50 ms.
#   bench/check.sh [RUNS]      (default 20 runs)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-20}"
source "$root/bench/lib.sh"

need_hyperfine

cd "$root"
build_berth

# A student's workspace: the starter, then every file of the last task's solution over it.
workspace="$work/check-workspace"
rm -rf "$workspace"
"$berth" init "$workspace" --lab stack >/dev/null
final="$(ls -d "$root"/labs/stack/solutions/*/ | sort | tail -1)"
cp -R "$final". "$workspace/"
cd "$workspace"
if ! "$berth" check --all --color never >"$work/check-output.txt"; then
    echo "bench/check.sh: the final solution does not pass every task; see $work/check-output.txt" >&2
    exit 1
fi

hyperfine -N --output=pipe --warmup 3 --runs "$runs" --export-json "$work/check-results.json" \
    -n "berth check --all" "$berth check --all --color never" >/dev/null

python3 - "$work/check-results.json" "$(grep -c '✓' "$work/check-output.txt")" <<'PY'
import json, statistics, sys
times = json.load(open(sys.argv[1]))["results"][0]["times"]
median = statistics.median(times) * 1000
print(f"berth check --all on the final stack solution ({sys.argv[2]} checks, {len(times)} runs):")
print(f"median {median:.1f} ms, min {min(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms; "
      f"{50 / median:.1f}x under the 50 ms goal" if median < 50 else
      f"median {median:.1f} ms: {median / 50:.1f}x over the 50 ms goal")
PY
