// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace atrium::i18n {

// Where the compiled catalogues are embedded: ":/i18n/atrium_<lang>.qm".
QString resourceDirectory();

// The languages shipped as catalogues ("en", "fr"), sorted; English is also the source text.
QStringList availableLanguages();

} // namespace atrium::i18n
