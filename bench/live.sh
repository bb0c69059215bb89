#!/usr/bin/env bash
# `berth grade --live` on the final `stack` solution with a warm build cache, in the Docker
# testbed (scripts/docker-testbed; set DOCKER_HOST to use another engine instead), with the
# time spent building and starting, probing, and removing the stack.
# Goal: under 30 s.
#   bench/live.sh [RUNS]      (default 3 timed runs after one warm-up)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
source "$root/bench/lib.sh"
cd "$root"
build_berth

if [[ -z "${DOCKER_HOST:-}" ]]; then
    "$root/scripts/docker-testbed" up >&2
    inside=("$root/scripts/docker-testbed" run)
else
    inside=()
fi

repo="$work/live-stack"
rm -rf "$repo"
"$berth" init "$repo" --lab stack >/dev/null
cp -R "$root/labs/stack/solutions/11-reload/." "$repo/"
sh "$repo/scripts/make-cert.sh" >/dev/null

echo "warming the build cache (one full run)..." >&2
"${inside[@]}" "$berth" grade "$repo" --lab stack --live --format json >/dev/null 2>&1 || true

"${inside[@]}" python3 - "$berth" "$repo" "$runs" <<'PY'
import json, statistics, subprocess, sys, time
berth, repo, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
totals, phases, scores = [], {"build and start": [], "probe": [], "remove": []}, []
for _ in range(runs):
    start = time.monotonic()
    process = subprocess.Popen([berth, "grade", repo, "--lab", "stack", "--live", "--format", "json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    marks = []
    for line in process.stderr:
        text = line.strip()
        # Phase lines: "berth: building and starting the compose stack (3 s)".
        for prefix, phase in (("berth: build", "build and start"), ("berth: running", "probe"),
                              ("berth: probing", "probe"), ("berth: removing", "remove")):
            if text.startswith(prefix):
                marks.append((time.monotonic() - start, phase))
    output = process.stdout.read()
    process.wait()
    total = time.monotonic() - start
    totals.append(total)
    spent = dict.fromkeys(phases, 0.0)
    for (at, phase), following in zip(marks, marks[1:] + [(total, None)]):
        spent[phase] += following[0] - at
    for phase in phases:
        phases[phase].append(spent[phase])
    report = json.loads(output)
    scores.append(f'{report["score"]:g}/{report["max_score"]:g}')
median = statistics.median(totals)
print(f"berth grade --live, final stack solution, warm cache: median {median:.1f} s over {runs} runs "
      f"(scores {', '.join(scores)}); goal 30 s: " + ("met" if median < 30 else "NOT met"))
print("  " + ", ".join(f"{phase} {statistics.median(times):.1f} s" for phase, times in phases.items()))
PY
