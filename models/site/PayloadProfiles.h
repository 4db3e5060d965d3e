// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace atrium {

// The payload profiles a site file may name, in the order DESIGN.md lists them. This is the one
// list: when feeds/ gains a decoder (tasmota, esphome, homeassistant, ttn) its key is added in
// PayloadProfiles.cpp, and site files naming it load from then on.
QStringList knownPayloadProfiles();
bool isKnownPayloadProfile(const QString& profile);

} // namespace atrium
