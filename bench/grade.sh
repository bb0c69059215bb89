#!/usr/bin/env bash
# Static grading of a class: 200 repositories (the reference solutions of every lab and
# broken variants of them, laid out as students hand them in), graded with --jobs 2.
# Prints the total wall time (median of RUNS) and the mean per repository.
# Goal: under 3 s for all 200.
#   bench/grade.sh [RUNS]      (default 5 runs)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
source "$root/bench/lib.sh"

need_hyperfine

cd "$root"
build_berth

# The templates: a workspace per reference solution (the starter, then the solution's files).
templates="$work/grade-templates"
rm -rf "$templates" && mkdir -p "$templates"
add_solution() { # NAME LAB SOLUTION-FOLDER
    "$berth" init "$templates/$1" --lab "$2" >/dev/null
    cp -R "$3/." "$templates/$1/"
}
for solution in "$root"/labs/stack/solutions/*/; do
    add_solution "stack-$(basename "$solution")" stack "$solution"
done
for solution in "$root"/labs/softy-pinko/solutions/*/; do
    add_solution "softy-$(basename "$solution")" softy-pinko "$solution"
done
add_solution classroom classroom-lb "$root/labs/classroom-lb/solution"
# Broken variants: a file missing, a compose file that is not YAML, an nginx config cut short.
cp -R "$templates/stack-11-reload" "$templates/broken-no-compose" && rm "$templates/broken-no-compose/compose.yaml"
cp -R "$templates/stack-11-reload" "$templates/broken-yaml" && printf 'services:\n  web: [\n' > "$templates/broken-yaml/compose.yaml"
cp -R "$templates/stack-11-reload" "$templates/broken-nginx" && printf 'http {\n  server {\n' > "$templates/broken-nginx/proxy/nginx.conf"
cp -R "$templates/classroom" "$templates/broken-classroom" && rm "$templates/broken-classroom/Dockerfile"

# The class: 200 repositories, the templates in turn.
class="$work/grade-class"
rm -rf "$class" && mkdir -p "$class"
mapfile -t names < <(ls "$templates")
for i in $(seq -w 1 200); do
    cp -R "$templates/${names[$(( (10#$i - 1) % ${#names[@]} ))]}" "$class/student-$i"
done

hyperfine -N --output=pipe --warmup 1 --runs "$runs" -i --export-json "$work/grade-results.json" \
    -n "berth grade 200 repos" "$berth grade --jobs 2 --format csv --output $work/grade-class.csv $(echo "$class"/student-*)" >/dev/null

python3 - "$work/grade-results.json" "$work/grade-class.csv" <<'PY'
import csv, json, statistics, sys
times = json.load(open(sys.argv[1]))["results"][0]["times"]
rows = list(csv.DictReader(open(sys.argv[2], newline="")))
full = sum(1 for r in rows if r["score"] and r["score"] == r["max_score"])
median = statistics.median(times)
print(f"berth grade --jobs 2: {len(rows)} repositories ({full} with full marks) in {median:.2f} s "
      f"(median of {len(times)} runs), {median / len(rows) * 1000:.1f} ms per repository; goal 3 s: "
      + ("met" if median < 3 else "NOT met"))
PY
