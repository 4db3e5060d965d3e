// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedData.h"

#include <QDir>
#include <QFileInfo>

namespace atrium::test {

QString sharedDataDir()
{
    const QByteArray env = qgetenv("ATRIUM_SHARED_DATA");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(ATRIUM_SHARED_DATA_DIR) : QString::fromLocal8Bit(env));
}

QString sharedDataFile(const QString& relativePath)
{
    const QFileInfo info(QDir(sharedDataDir()).filePath(relativePath));
    return info.exists() ? info.absoluteFilePath() : QString();
}

QString testOutputDir()
{
    QString dir = QString::fromLocal8Bit(qgetenv("ATRIUM_TEST_OUTPUT"));
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("test-output"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace atrium::test
