# SPDX-FileCopyrightText: 2026 Atrium contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBENCH=<atrium-bench> -P CheckBenchJson.cmake
# Runs a tiny benchmark and checks the exit code and that the JSON on the last line holds
# every key docs/PERFORMANCE.md lists, each a number.
execute_process(
    COMMAND "${BENCH}" --messages 2000 --frames 20 --rollup-days 2 --stall-seconds 1 --startup-runs 1 --rounds 2 --json --quiet
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "atrium-bench exited with ${rc}\nstdout:\n${out}\nstderr:\n${err}")
endif()
string(STRIP "${out}" out)
string(REGEX REPLACE ".*\n" "" last "${out}")
string(JSON type ERROR_VARIABLE json_error TYPE "${last}")
if(json_error OR NOT type STREQUAL "OBJECT")
    message(FATAL_ERROR "the last line is not a JSON object (${json_error}):\n${last}")
endif()
set(paths
    "messages" "rounds" "peak_rss_mb" "decode_rate"
    "store_rows" "store_rate_atrium" "store_rate_sqlite" "store_ratio"
    "query_ms" "query_ms_popularity" "query_ms_popularity_rollups" "query_ms_popularity_fetch" "query_ms_chart"
    "query_days" "query_rollup_rows" "query_occupied_buckets" "query_summary_seconds"
    "render_frames" "render_ms_p50" "render_ms_p99"
    "stall_ms" "stall_ms_idle" "stall_rate" "stall_seconds" "stall_published" "stall_ticks"
    "startup_ms" "startup_ms_first" "startup_runs")
foreach(qos qos0 qos1)
    foreach(key receive_rate receive_lost ingest_rate ingest_ratio ingest_ratio_min ingest_ratio_max lost published
                stored peak_rss_mb)
        list(APPEND paths "${qos}.${key}")
    endforeach()
endforeach()
foreach(path IN LISTS paths)
    string(REPLACE "." ";" members "${path}")
    string(JSON type ERROR_VARIABLE json_error TYPE "${last}" ${members})
    if(json_error OR NOT type STREQUAL "NUMBER")
        message(FATAL_ERROR "key ${path} is missing or not a number in:\n${last}")
    endif()
endforeach()
string(JSON messages GET "${last}" messages)
if(NOT messages EQUAL 2000)
    message(FATAL_ERROR "messages is ${messages}, the run asked for 2000")
endif()
string(JSON rounds GET "${last}" rounds)
if(NOT rounds EQUAL 2)
    message(FATAL_ERROR "rounds is ${rounds}, the run asked for 2")
endif()
message(STATUS "atrium-bench JSON holds every key:\n${out}")
