// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/PayloadDecoder.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace atrium {

// Profile name -> decoder. Adding a payload profile is one PayloadDecoder subclass plus one
// line in builtin(). Immutable once built, so lookups are safe from any thread.
class DecoderRegistry
{
public:
    DecoderRegistry() = default;
    DecoderRegistry(DecoderRegistry&&) = default;
    DecoderRegistry& operator=(DecoderRegistry&&) = default;

    // Every profile Atrium ships: "atrium", "zigbee2mqtt".
    static const DecoderRegistry& builtin();

    // Replaces a decoder of the same profile.
    void add(std::unique_ptr<PayloadDecoder> decoder);
    const PayloadDecoder* decoder(QStringView profile) const; // nullptr when unknown
    QStringList profiles() const;                             // in registration order

private:
    std::vector<std::unique_ptr<PayloadDecoder>> m_decoders;
};

} // namespace atrium
