// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/DecoderRegistry.h"

#include "feeds/AtriumDecoder.h"
#include "feeds/Zigbee2MqttDecoder.h"

namespace atrium {

const DecoderRegistry& DecoderRegistry::builtin()
{
    static const DecoderRegistry registry = [] {
        DecoderRegistry r;
        r.add(std::make_unique<AtriumDecoder>());
        r.add(std::make_unique<Zigbee2MqttDecoder>());
        return r;
    }();
    return registry;
}

void DecoderRegistry::add(std::unique_ptr<PayloadDecoder> decoder)
{
    for (auto& existing : m_decoders) {
        if (existing->profile() == decoder->profile()) {
            existing = std::move(decoder);
            return;
        }
    }
    m_decoders.push_back(std::move(decoder));
}

const PayloadDecoder* DecoderRegistry::decoder(QStringView profile) const
{
    for (const auto& d : m_decoders) {
        if (d->profile() == profile)
            return d.get();
    }
    return nullptr;
}

QStringList DecoderRegistry::profiles() const
{
    QStringList names;
    for (const auto& d : m_decoders)
        names << d->profile();
    return names;
}

} // namespace atrium
