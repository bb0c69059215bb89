#!/usr/bin/env bash
# Renders every note with berth and with `python -m rich.markdown` in the same run,
# process start included, and prints per-note medians and the ratio.
# Goal: berth at least 20 times faster per note.
#   bench/notes.sh [RUNS]      (default 20 runs per note and tool)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-20}"
source "$root/bench/lib.sh"

need_hyperfine
venv rich rich

cd "$root"
build_berth

results="$work/notes-results"
rm -rf "$results" && mkdir -p "$results"
for note in "$root"/notes/*.md; do
    topic="$(basename "$note" .md)"
    hyperfine -N --output=pipe --warmup 2 --runs "$runs" --export-json "$results/$topic.json" \
        -n berth "$berth notes $topic --color never --width 80" \
        -n rich "$work/venv-rich/bin/python -m rich.markdown $note" >/dev/null
done

python3 - "$results" <<'PY'
import json, pathlib, statistics, sys
rows = []
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    data = {r["command"]: r for r in json.loads(path.read_text())["results"]}
    rows.append((path.stem, statistics.median(data["berth"]["times"]) * 1000,
                 statistics.median(data["rich"]["times"]) * 1000))
print(f"{'note':28} {'berth ms':>9} {'rich ms':>9} {'ratio':>7}")
for topic, b, r in rows:
    print(f"{topic:28} {b:9.2f} {r:9.2f} {r / b:6.1f}x")
berth = statistics.median(b for _, b, _ in rows)
rich = statistics.median(r for _, _, r in rows)
print(f"median per note: berth {berth:.2f} ms, rich {rich:.2f} ms; berth is {rich / berth:.1f}x faster (goal: 20x)")
PY
