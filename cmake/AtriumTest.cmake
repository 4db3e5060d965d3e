# SPDX-FileCopyrightText: 2026 Atrium contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# atrium_add_test(NAME SOURCES files... [LABEL unit|integration|gui] [TIMEOUT s] [LIBS targets...])
# One executable per tested class, offscreen, with the shared data folder passed in.
function(atrium_add_test name)
    cmake_parse_arguments(T "" "LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT T_LABEL)
        set(T_LABEL unit)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE atrium_test_support atrium_models Qt6::Test ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set(runtime_dir "${CMAKE_BINARY_DIR}/xdg-runtime")
    file(MAKE_DIRECTORY "${runtime_dir}")
    file(CHMOD "${runtime_dir}" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABEL}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${runtime_dir};ATRIUM_TEST_OUTPUT=${CMAKE_BINARY_DIR}/test-output")
endfunction()
