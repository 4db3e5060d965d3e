#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atrium contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One end-to-end run: a private mosquitto, the console headless (offscreen) on the sample site
# with a fresh database, and atrium-replay publishing a time-series CSV as fast as the broker
# takes it. Prints messages published, received and stored, and their rates.
#   tools/measure/replay-ingest.sh [CSV] [--qos 0|1]
# The broker runs with mosquitto's stock limits (1000 queued messages per client), as a site's would.
# Default CSV: ../shared/data/timeseries/uci_occupancy_detection/datatraining.txt
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${ATRIUM_BUILD_DIR:-$root/build}"
csv="${1:-$root/../shared/data/timeseries/uci_occupancy_detection/datatraining.txt}"
shift || true
qos=1
if [ "${1:-}" = "--qos" ]; then qos="$2"; fi
[ -f "$csv" ] || { echo "error: no CSV at $csv" >&2; exit 2; }

work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

port=""
for _ in $(seq 1 20); do
    candidate=$((20000 + RANDOM % 20000))
    printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\n' "$candidate" > "$work/m.conf"
    mosquitto -c "$work/m.conf" > "$work/m.log" 2>&1 &
    broker=$!
    sleep 0.5
    if kill -0 "$broker" 2>/dev/null; then port=$candidate; pids+=("$broker"); break; fi
done
[ -n "$port" ] || { echo "error: no free port for mosquitto" >&2; exit 1; }
url="mqtt://127.0.0.1:$port"

QT_QPA_PLATFORM=offscreen "$build/app/atrium" --broker "$url" --site "$root/resources/sample/site.json" \
    --database "$work/atrium.sqlite" > "$work/atrium.log" 2>&1 &
console=$!
pids+=("$console")
for _ in $(seq 1 100); do grep -q "Connected to" "$work/atrium.log" && break; sleep 0.1; done

"$build/tools/replay/atrium-replay" --broker "$url" --csv "$csv" --room meeting-ada --fast --qos "$qos" --quiet \
    | tee "$work/replay.log"

# Wait until the console has stored everything it received (the count stops growing).
last=-1
for _ in $(seq 1 300); do
    now=$(sqlite3 "$work/atrium.sqlite" 'select count(*) from reading' 2>/dev/null || echo 0)
    [ "$now" = "$last" ] && break
    last=$now
    sleep 1
done
kill -TERM "$console"
wait "$console" || true

published=$(grep -o 'published [0-9]*' "$work/replay.log" | grep -o '[0-9]*')
pub_rate=$(grep -o '([0-9]* messages/s)' "$work/replay.log" | grep -o '[0-9]*')
read -r stored first last_ms <<< "$(sqlite3 -separator ' ' "$work/atrium.sqlite" 'select count(*), min(received), max(received) from reading')"
received=$(grep -o 'ingest stopped: [0-9]* messages' "$work/atrium.log" | grep -o '[0-9]*' | head -1)
span_s=$(awk -v a="$first" -v b="$last_ms" 'BEGIN { s = (b - a) / 1000; if (s <= 0) s = 0.001; print s }')
echo "qos=$qos published=$published (${pub_rate} msg/s) received=$received stored=$stored" \
     "receive span=${span_s}s ($(awk -v n="$stored" -v s="$span_s" 'BEGIN { printf "%d", n / s }') msg/s stored)"
grep -E "ingest stopped|shut down" "$work/atrium.log" | sed 's/^/console: /'
