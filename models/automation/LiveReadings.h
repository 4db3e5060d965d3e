// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/RoomInputs.h"

namespace atrium {

class LiveState;

// Automation's readings from the live floor: fresh values only (a stale sensor decides
// nothing). Occupied when the latest of presence and people count says someone is there
// (docs/site-file.md, "What the sensors report"). The LiveState must outlive the function.
RoomReadings liveReadings(const LiveState& live);

} // namespace atrium
