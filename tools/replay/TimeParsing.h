// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace atrium::replay {

// "2015-02-04 17:51:00", "2015-02-04T17:51:59.5", "2021-09-07 00:00 +08:00", "...Z", or epoch
// seconds / milliseconds (values above 1e11 are milliseconds) as UTC ms. A time without an
// offset is local time in `zone`. Empty when the text is none of these.
std::optional<qint64> parseTimeText(QStringView text, const QTimeZone& zone);
// The same for a JSON value: a string as above or a number of epoch seconds / milliseconds.
std::optional<qint64> parseTimeValue(const QJsonValue& value, const QTimeZone& zone);

} // namespace atrium::replay
