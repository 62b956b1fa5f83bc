#!/usr/bin/env bash
# Installs what is missing, builds (Release) and starts the console on the demo database of
# Hangzhou, with the camera simulator beside it so the demo video wall is live.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR=1
cmake --preset release -DTW_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release -j"$(nproc)"

bin=build/release
camsim_pid=""
if [ -x "$bin/tools/camsim/tidewatch-camsim" ]; then
    "$bin/tools/camsim/tidewatch-camsim" --port 8554 --cameras 200 --size 640x360 --fps 25 >/dev/null 2>&1 &
    camsim_pid=$!
    trap '[ -n "$camsim_pid" ] && kill "$camsim_pid" 2>/dev/null || true' EXIT
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "run-demo: no display; starting the console on a virtual display (Xvfb)" >&2
    exec_prefix=(xvfb-run -a -s "-screen 0 1920x1080x24")
else
    exec_prefix=()
fi
"${exec_prefix[@]}" "$bin/app/tidewatch" --demo "$@"
