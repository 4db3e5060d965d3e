// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atrium::bench {

// Peak resident memory of this process (VmHWM in /proc/self/status), in MiB; -1 if unreadable.
double peakResidentMiB();
// Current resident memory (VmRSS), in MiB; -1 if unreadable.
double residentMiB();
// Resets the peak to the current resident size (writes 5 to /proc/self/clear_refs, Linux 4.0+),
// so each phase reports its own peak. False when the kernel refuses.
bool resetPeakResident();

} // namespace atrium::bench
