#!/usr/bin/env bash
# Installs what is missing, builds (dev preset) and runs the whole test suite through CTest.
# Soak/fuzz tests carry the label "soak" and run only with TW_SOAK=1.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
export CCACHE_BASEDIR="$PWD"
export CCACHE_MAXSIZE=5G
# Debug info would otherwise put the build folder into every hash: clones could never share the cache.
export CCACHE_NOHASHDIR=1
cmake --preset dev >/dev/null
cmake --build --preset dev -j"$(nproc)"

export QT_QPA_PLATFORM=offscreen
labels=(-LE soak)
if [ "${TW_SOAK:-0}" = "1" ]; then
    labels=()
fi
ctest --preset dev -j"$(nproc)" "${labels[@]}" "$@"
