#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atrium contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Atrium and opens the console on a working demo: a private mosquitto on a free
# loopback port, the replayer generating a realistic day for the sample site (sped up), and
# the console on a fresh database. Closing the console stops everything this script started.
#   ATRIUM_DEMO_SPEED   simulated seconds per real second (default 60: a day in 24 minutes)
#   extra arguments go to the console, e.g. --layer co2
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ATRIUM_BUILD_DIR:-$root/build}"
speed="${ATRIUM_DEMO_SPEED:-60}"

"$root/scripts/build.sh"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "error: no display. Run the demo from a desktop session (or: xvfb-run -a $0)." >&2
    exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/atrium-demo.XXXXXX")"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# A free loopback port: mosquitto exits at once when the port is taken, so try a few.
port=""
for _ in $(seq 1 20); do
    candidate=$((20000 + RANDOM % 20000))
    printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 0\n' \
        "$candidate" > "$work/mosquitto.conf"
    mosquitto -c "$work/mosquitto.conf" > "$work/mosquitto.log" 2>&1 &
    broker=$!
    sleep 0.5
    if kill -0 "$broker" 2>/dev/null; then
        port="$candidate"
        pids+=("$broker")
        break
    fi
done
if [ -z "$port" ]; then
    echo "error: could not start mosquitto on a free port; see $work/mosquitto.log" >&2
    exit 1
fi
broker_url="mqtt://127.0.0.1:$port"
site="$root/resources/sample/site.json"
echo "Demo broker: $broker_url   site: $site   database: $work/atrium.sqlite"

# The generated day loops, so the floor keeps changing however long the demo stays open.
"$build/tools/replay/atrium-replay" --broker "$broker_url" --generate --site "$site" \
    --from 08:00 --restamp --speed "$speed" --loop --quiet > "$work/replay.log" 2>&1 &
pids+=("$!")

# Sample members and today's bookings, so the bookings page and its desk queue have a day to run.
"$build/app/atrium-cli" demo-seed --site "$site" --database "$work/atrium.sqlite" > "$work/seed.log" 2>&1 ||
    echo "warning: could not add the demo's members and bookings; see $work/seed.log" >&2

"$build/app/atrium" --broker "$broker_url" --site "$site" --database "$work/atrium.sqlite" "$@"
