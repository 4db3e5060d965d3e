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
status=0
ctest --test-dir "$build" --output-on-failure -j 2 --timeout 300 "$@" || status=$?

# Qt Test reports a skipped test function as passed to CTest; say which were skipped and why
# (most often: the shared real-data folder is absent, see ATRIUM_SHARED_DATA in the README).
log="$build/Testing/Temporary/LastTest.log"
if [ -f "$log" ]; then
    skipped=$(grep -E '^SKIP +:' "$log" || true)
    if [ -n "$skipped" ]; then
        echo
        echo "Skipped test functions ($(printf '%s\n' "$skipped" | wc -l)):"
        printf '%s\n' "$skipped" | sed -E 's/^SKIP +: +/  /' | sort | uniq | head -40
    fi
fi
exit "$status"
