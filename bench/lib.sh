# Shared by the benchmarks: where peers live, and how they are installed.
# Source it after setting `root`; it sets `work` and defines `venv`.
work="${BERTH_BENCH_DIR:-/tmp/berth-bench}"
export PATH="/opt/swift/usr/bin:$PATH"
mkdir -p "$work"

# venv NAME PACKAGE: a virtual environment under $work holding PACKAGE from PyPI, made once.
venv() {
    if [[ ! -x "$work/venv-$1/bin/python" ]] || ! "$work/venv-$1/bin/pip" show -q "$2" >/dev/null 2>&1; then
        python3 -m venv "$work/venv-$1"
        "$work/venv-$1/bin/pip" install -q --disable-pip-version-check "$2"
    fi
}
