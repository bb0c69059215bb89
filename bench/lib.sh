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

# need_hyperfine: installs hyperfine from Debian when it is missing.
need_hyperfine() {
    command -v hyperfine >/dev/null && return
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    $sudo apt-get install -y -qq hyperfine >/dev/null
}

# build_berth: berth as it is installed (release, static Swift runtime); sets `berth` to it.
build_berth() {
    "$root/scripts/setup"
    (cd "$root" && swift build -c release --static-swift-stdlib --product berth >/dev/null 2>&1)
    berth="$(cd "$root" && swift build -c release --static-swift-stdlib --show-bin-path)/berth"
}
