// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiLogging.h"

namespace atrium {

Q_LOGGING_CATEGORY(lcUi, "atrium.ui")

} // namespace atrium
