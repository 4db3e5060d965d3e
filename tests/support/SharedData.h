// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atrium::test {

// The shared real-data folder (CMake cache variable ATRIUM_SHARED_DATA, default ../shared/data).
QString sharedDataDir();
// Absolute path of a file under it; empty when the folder or the file is absent.
QString sharedDataFile(const QString& relativePath);
// Where tests save files for a person to look at (grab() PNGs): <build>/test-output.
QString testOutputDir();

} // namespace atrium::test

// Skips the current Qt Test function, saying why, when a shared data file is missing.
#define ATRIUM_REQUIRE_SHARED(var, relative)                                                                        \
    const QString var = atrium::test::sharedDataFile(QStringLiteral(relative));                                     \
    if (var.isEmpty())                                                                                              \
    QSKIP(qPrintable(QStringLiteral("shared data file %1 not found under %2 (set -DATRIUM_SHARED_DATA=...)")       \
                         .arg(QStringLiteral(relative), atrium::test::sharedDataDir())))
