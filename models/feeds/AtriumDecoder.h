// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/PayloadDecoder.h"

namespace atrium {

// The native scheme: topic `atrium/<site>/<room>/<metric>`, payload a plain value ("21.5",
// "true", "ON") or a JSON object {"value": ..., "unit": "°F", "ts": "2026-03-29T10:00:00"}.
// The room named in the topic comes back as the roomHint.
class AtriumDecoder final : public PayloadDecoder
{
public:
    static constexpr int kTopicLevels = 4;

    QString profile() const override;
    DecodeOutcome decode(const RawMessage& message, const DecodeContext& context) const override;
};

} // namespace atrium
