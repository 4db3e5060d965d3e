// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace atrium {

// How one reader writes a card's UID, set per door (stored as a key: "iso14443:hex:msb").
//
// Every badge is compared by its UID key: the card's UID bytes as upper-case hex, in the order
// ISO 14443-3 sends them (UID0 first, what NFC tools and Tasmota's RC522 print: "BA839D07").
// The number is never kept in an integer column: "04A1..." and "4A1..." are different cards.
//  - ISO 14443 readers report the whole UID (4, 7 or 10 bytes); a shorter hex report lost its
//    leading zeros and is padded back to 4 bytes.
//  - Wiegand 34 readers send 32 data bits: a 4-byte UID.
//  - Wiegand 26 readers send only 24 data bits (8-bit facility code + 16-bit card number) of the
//    32-bit number they form from the UID; with byte order LSB first (the usual wiring) those are
//    UID0..UID2, with MSB first UID1..UID3. project() gives what such a reader sees of a badge.
// "LSB first" means the reader forms its number with UID0 as the least significant byte, so a
// hex or decimal report of it has the bytes reversed.
class ReaderFormat
{
    Q_DECLARE_TR_FUNCTIONS(atrium::ReaderFormat)
public:
    enum class Credential { Iso14443, Wiegand26, Wiegand34 };
    enum class Encoding { Hex, Decimal };
    enum class ByteOrder { MsbFirst, LsbFirst };

    Credential credential = Credential::Iso14443;
    Encoding encoding = Encoding::Hex;
    ByteOrder byteOrder = ByteOrder::MsbFirst;

    // "iso14443:hex:msb", "wiegand26:dec:lsb", "wiegand34:dec:lsb", ...
    QString key() const;
    static Result<ReaderFormat> fromKey(const QString& key);
    QString displayName() const; // "ISO 14443, hex, MSB first"

    // The UID key of what the reader reported. Hex may hold ':', '-', spaces or a "0x" prefix;
    // a Wiegand 26 decimal report may be "facility,card" ("12,34567"). The error says what is wrong.
    Result<QString> normalise(const QString& reported) const;
    // What this reader reports, normalised, for a card whose full UID key is `uidKey`: the key
    // itself for ISO 14443 and Wiegand 34, three of its bytes for Wiegand 26.
    QString project(const QString& uidKey) const;

    bool operator==(const ReaderFormat&) const = default;
};

} // namespace atrium
