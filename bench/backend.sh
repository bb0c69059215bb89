#!/usr/bin/env bash
# Load-tests the bundled backend and the same route in Flask in one run, both through
# the same nginx config (bench/backend/nginx.conf.template), and prints req/s, p99
# latency and the ratio:
#   berth backend  3 replicas of labs/backend (release build, host processes)
#   gunicorn       bench/backend/app.py under `gunicorn -w 2` (sync workers)
# wrk -t2 -c32 --latency against /api/hello, after a warm-up, one server at a time.
# Goal: at least 5 times gunicorn's throughput and a lower p99.
# Each server keeps its defaults: the backend logs every request (to a file here),
# gunicorn logs none.
#   bench/backend.sh [DURATION]      (default 10s per server)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
duration="${1:-10s}"
source "$root/bench/lib.sh"

command -v wrk >/dev/null || { sudo=""; [[ $(id -u) -eq 0 ]] || sudo=sudo; $sudo apt-get install -y -qq wrk >/dev/null; }
venv flask Flask
venv flask gunicorn

# Its own scratch path: the package's .build belongs to whoever works on the backend.
build=(swift build -c release --package-path "$root/labs/backend" --scratch-path "$root/labs/backend/.build-bench")
"${build[@]}" >"$work/backend-build.log" 2>&1 || { tail -n 30 "$work/backend-build.log" >&2; exit 1; }
backend="$("${build[@]}" --show-bin-path 2>/dev/null)/backend"

run="$work/backend-run"
rm -rf "$run" && mkdir -p "$run"

# Every process this script starts is stopped on exit, Ctrl-C included.
pids=()
stop() {
    local pid tries
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do
        # The backend lets requests in flight finish for up to 8 s; after 10 s, kill.
        for ((tries = 0; tries < 100; tries++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    pids=()
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start NAME COMMAND...: runs COMMAND in the background, its output in $run/NAME.log.
start() {
    local name="$1"
    shift
    "$@" >"$run/$name.log" 2>&1 &
    pids+=($!)
}

# ready NAME URL: waits up to 30 s for URL to answer 200, while the last process started runs.
ready() {
    local tries
    for ((tries = 0; tries < 300; tries++)); do
        curl -fsS -o /dev/null "$2" 2>/dev/null && return 0
        kill -0 "${pids[-1]}" 2>/dev/null || break
        sleep 0.1
    done
    echo "backend.sh: error: $1 did not answer $2; its log ($run/$1.log) ends with:" >&2
    tail -n 20 "$run/$1.log" >&2
    exit 1
}

# proxy NAME PORT SERVER...: nginx on PORT in front of the SERVERs (host:port), from the template.
proxy() {
    local name="$1" port="$2" prefix="$run/nginx-$1" servers="" server conf
    shift 2
    for server in "$@"; do servers+="server $server; "; done
    mkdir -p "$prefix"
    conf="$(<"$root/bench/backend/nginx.conf.template")"
    conf="${conf//@PREFIX@/$prefix}"
    conf="${conf//@PORT@/$port}"
    conf="${conf//@SERVERS@/$servers}"
    printf '%s\n' "$conf" >"$prefix/nginx.conf"
    start "nginx-$name" /usr/sbin/nginx -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log"
    ready "nginx-$name" "http://127.0.0.1:$port/api/hello"
    # Both servers must give the same answer, or the comparison means nothing.
    if ! curl -fsS "http://127.0.0.1:$port/api/hello" | grep -q '"message":"Hello, World!"'; then
        echo "backend.sh: error: $name does not answer /api/hello with the hello JSON" >&2
        exit 1
    fi
}

# measure NAME PORT: a warm-up, then the measured wrk run through nginx, kept in $run/NAME.wrk.
measure() {
    local url="http://127.0.0.1:$2/api/hello"
    wrk -t2 -c32 -d3s "$url" >/dev/null
    wrk -t2 -c32 -d"$duration" --latency "$url" >"$run/$1.wrk"
}

# Six free ports: three replicas, gunicorn, and one nginx per server.
read -r -a ports < <(python3 -c '
import socket
sockets = [socket.socket() for _ in range(6)]
for s in sockets:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in sockets))')

replicas=()
for i in 1 2 3; do
    port="${ports[i - 1]}"
    start "web-$i" env PORT="$port" INSTANCE_ID="web-$i" "$backend"
    ready "web-$i" "http://127.0.0.1:$port/api/hello"
    replicas+=("127.0.0.1:$port")
done
proxy backend "${ports[4]}" "${replicas[@]}"
measure backend "${ports[4]}"
stop

start gunicorn env INSTANCE_ID=gunicorn PYTHONDONTWRITEBYTECODE=1 "$work/venv-flask/bin/gunicorn" -w 2 \
    -b "127.0.0.1:${ports[3]}" --chdir "$root/bench/backend" app:app
ready gunicorn "http://127.0.0.1:${ports[3]}/api/hello"
proxy gunicorn "${ports[5]}" "127.0.0.1:${ports[3]}"
measure gunicorn "${ports[5]}"
stop

python3 - "$run" <<'PY'
import pathlib, re, sys
run = pathlib.Path(sys.argv[1])
scale = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}

def parse(name):
    """Requests per second, the 99th percentile latency in ms, and failed requests."""
    text = (run / f"{name}.wrk").read_text()
    rps = float(re.search(r"Requests/sec:\s*([\d.]+)", text).group(1))
    value, unit = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M).groups()
    sockets = re.search(r"Socket errors: (.*)", text)
    errors = sum(int(n) for n in re.findall(r"\d+", sockets.group(1))) if sockets else 0
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rps, float(value) * scale[unit], errors + (int(non2xx.group(1)) if non2xx else 0)

ours, theirs = parse("backend"), parse("gunicorn")
print(f"{'server':32} {'req/s':>10} {'p99 ms':>8} {'errors':>7}")
for label, (rps, p99, errors) in (("berth backend x3 (nginx)", ours), ("gunicorn -w 2, Flask (nginx)", theirs)):
    print(f"{label:32} {rps:10.1f} {p99:8.2f} {errors:7d}")
ratio = ours[0] / theirs[0]
print(f"ratio: berth backend {ratio:.2f} x gunicorn throughput; p99 {ours[1]:.2f} ms vs {theirs[1]:.2f} ms")
met = ratio >= 5 and ours[1] < theirs[1] and ours[2] == 0
print(f"goal (5x throughput, lower p99, no errors): {'met' if met else 'not met'}; wrk output in {run}")
PY
