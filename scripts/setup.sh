#!/usr/bin/env bash
# Installs every Debian package Tidewatch needs to build, test and run. Idempotent: prints
# nothing but one line when everything is already present.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build ccache g++ pkg-config file dpkg-dev
    # Qt 6
    qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-charts-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n
    # GStreamer
    libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev libgstrtspserver-1.0-dev gstreamer1.0-tools
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
    gstreamer1.0-plugins-ugly gstreamer1.0-libav gstreamer1.0-x
    # storage, geodata, tests
    libsqlite3-dev sqlite3 libgdal-dev gdal-bin catch2 libargon2-dev desktop-file-utils
    # pdftotext, for the report tests
    poppler-utils
    # video frame scaling and conversion
    libyuv-dev
    # fonts for Chinese text, a virtual display for screenshots
    fonts-wqy-microhei xvfb xauth
)

if [ ! -r /etc/debian_version ] || ! command -v dpkg-query >/dev/null 2>&1; then
    echo "setup: this script installs Debian 12 packages with apt-get; this system is not Debian." >&2
    echo "setup: install the equivalents of: ${packages[*]}" >&2
    exit 1
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages present"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "setup: need root (or sudo) to install: ${missing[*]}" >&2
        exit 1
    fi
    sudo="sudo"
fi

echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
