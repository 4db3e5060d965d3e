#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atrium contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages Atrium needs to build, run its demo and its tests, but only
# the ones that are missing. Safe to run again; does nothing when all are present.
set -euo pipefail

packages=(
    cmake ninja-build pkg-config g++ file dpkg-dev
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6opengl6-dev libgl-dev libxkbcommon-dev
    libmosquitto-dev mosquitto mosquitto-clients
    libical-dev libsqlite3-dev sqlite3
    fonts-dejavu-core dbus
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "error: these packages are missing and this user cannot install them: ${missing[*]}" >&2
        echo "       run as root: apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
