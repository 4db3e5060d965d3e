// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QDir>

namespace atrium::i18n {

QString resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(resourceDirectory()).entryList({QStringLiteral("atrium_*.qm")}, QDir::Files);
    for (const QString& file : files)
        languages << file.mid(7, file.size() - 7 - 3); // "atrium_" .. ".qm"
    languages.sort();
    return languages;
}

} // namespace atrium::i18n
