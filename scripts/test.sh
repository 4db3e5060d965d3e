#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atrium contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Atrium and runs the whole test suite (unit, integration with a real mosquitto, GUI
# offscreen). Installs missing Debian packages first. Extra arguments go to ctest, e.g.
#   scripts/test.sh -L unit        scripts/test.sh -R Decoder
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ATRIUM_BUILD_DIR:-$root/build}"

"$root/scripts/build.sh"
ctest --test-dir "$build" --output-on-failure -j 2 --timeout 300 "$@"
