// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace atrium {

Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace atrium
