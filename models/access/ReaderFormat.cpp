// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/ReaderFormat.h"

#include <QStringList>

#include <algorithm>
#include <cctype>
#include <vector>

namespace atrium {

namespace {

// ISO 14443-3 UIDs are single (4 bytes), double (7) or triple (10) size.
constexpr int kIsoSizes[] = {4, 7, 10};

int fixedBytes(ReaderFormat::Credential c)
{
    switch (c) {
    case ReaderFormat::Credential::Wiegand26:
        return 3;
    case ReaderFormat::Credential::Wiegand34:
        return 4;
    case ReaderFormat::Credential::Iso14443:
        break;
    }
    return 0;
}

// The smallest size this credential allows that holds `n` significant bytes, or 0.
int sizeFor(ReaderFormat::Credential c, int n)
{
    if (const int fixed = fixedBytes(c))
        return n <= fixed ? fixed : 0;
    for (int size : kIsoSizes) {
        if (n <= size)
            return size;
    }
    return 0;
}

QString hexOf(const std::vector<quint8>& bytes)
{
    QString out;
    for (quint8 b : bytes)
        out += QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')).toUpper();
    return out;
}

// Decimal digits to big-endian bytes, digit by digit (an 80-bit UID does not fit a qint64).
std::vector<quint8> bytesOfDecimal(const QString& digits)
{
    std::vector<quint8> bytes;
    for (QChar c : digits) {
        unsigned carry = unsigned(c.digitValue());
        for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
            const unsigned v = unsigned(*it) * 10 + carry;
            *it = quint8(v & 0xFF);
            carry = v >> 8;
        }
        while (carry) {
            bytes.insert(bytes.begin(), quint8(carry & 0xFF));
            carry >>= 8;
        }
    }
    return bytes;
}

} // namespace

QString ReaderFormat::key() const
{
    const char* c = credential == Credential::Wiegand26   ? "wiegand26"
                    : credential == Credential::Wiegand34 ? "wiegand34"
                                                          : "iso14443";
    return QStringLiteral("%1:%2:%3")
        .arg(QLatin1String(c), encoding == Encoding::Hex ? QStringLiteral("hex") : QStringLiteral("dec"),
             byteOrder == ByteOrder::MsbFirst ? QStringLiteral("msb") : QStringLiteral("lsb"));
}

Result<ReaderFormat> ReaderFormat::fromKey(const QString& key)
{
    const QStringList parts = key.trimmed().toLower().split(QLatin1Char(':'));
    ReaderFormat f;
    const auto bad = [&] {
        return Result<ReaderFormat>::failure(
            tr("Reader format \"%1\": expected credential:encoding:order, e.g. iso14443:hex:msb or "
               "wiegand26:dec:lsb.")
                .arg(key));
    };
    if (parts.size() != 3)
        return bad();
    if (parts[0] == QLatin1String("iso14443"))
        f.credential = Credential::Iso14443;
    else if (parts[0] == QLatin1String("wiegand26"))
        f.credential = Credential::Wiegand26;
    else if (parts[0] == QLatin1String("wiegand34"))
        f.credential = Credential::Wiegand34;
    else
        return bad();
    if (parts[1] == QLatin1String("hex"))
        f.encoding = Encoding::Hex;
    else if (parts[1] == QLatin1String("dec"))
        f.encoding = Encoding::Decimal;
    else
        return bad();
    if (parts[2] == QLatin1String("msb"))
        f.byteOrder = ByteOrder::MsbFirst;
    else if (parts[2] == QLatin1String("lsb"))
        f.byteOrder = ByteOrder::LsbFirst;
    else
        return bad();
    return f;
}

QString ReaderFormat::displayName() const
{
    const QString c = credential == Credential::Wiegand26   ? QStringLiteral("Wiegand 26")
                      : credential == Credential::Wiegand34 ? QStringLiteral("Wiegand 34")
                                                            : QStringLiteral("ISO 14443");
    //: reader format: credential, hexadecimal or decimal, byte order
    return tr("%1, %2, %3")
        .arg(c, encoding == Encoding::Hex ? tr("hex") : tr("decimal"),
             byteOrder == ByteOrder::MsbFirst ? tr("MSB first") : tr("LSB first"));
}

Result<QString> ReaderFormat::normalise(const QString& reported) const
{
    QString text = reported.trimmed();
    if (text.isEmpty())
        return Result<QString>::failure(tr("The reader sent an empty UID."));
    std::vector<quint8> bytes;
    if (encoding == Encoding::Hex) {
        if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            text = text.mid(2);
        QString digits;
        for (QChar c : std::as_const(text)) {
            if (c == QLatin1Char(':') || c == QLatin1Char('-') || c == QLatin1Char(' '))
                continue;
            if (!isxdigit(c.toLatin1()) || c.unicode() > 0x7F)
                return Result<QString>::failure(tr("UID \"%1\": \"%2\" is not a hexadecimal digit.").arg(reported, c));
            digits += c.toUpper();
        }
        if (digits.size() % 2)
            digits.prepend(QLatin1Char('0')); // the reader dropped a leading zero
        for (qsizetype i = 0; i < digits.size(); i += 2)
            bytes.push_back(quint8(digits.mid(i, 2).toUInt(nullptr, 16)));
    } else {
        const int comma = int(text.indexOf(QLatin1Char(',')));
        if (comma >= 0) {
            // Wiegand 26 printed as facility code and card number.
            if (credential != Credential::Wiegand26)
                return Result<QString>::failure(
                    tr("UID \"%1\": \"facility,card\" is a Wiegand 26 notation; this reader is %2.")
                        .arg(reported, displayName()));
            bool okF = false, okC = false;
            const uint facility = text.left(comma).trimmed().toUInt(&okF);
            const uint card = text.mid(comma + 1).trimmed().toUInt(&okC);
            if (!okF || !okC || facility > 255 || card > 65535)
                return Result<QString>::failure(
                    tr("UID \"%1\": a facility code is 0 to 255 and a card number 0 to 65535.").arg(reported));
            bytes = {quint8(facility), quint8(card >> 8), quint8(card & 0xFF)};
        } else {
            for (QChar c : std::as_const(text)) {
                if (!c.isDigit() || c.unicode() > 0x7F)
                    return Result<QString>::failure(
                        tr("UID \"%1\": \"%2\" is not a decimal digit (this reader reports decimal numbers).")
                            .arg(reported, c));
            }
            bytes = bytesOfDecimal(text);
        }
    }
    // Leading zero bytes of the number are part of the UID: pad to the credential's size.
    auto firstSignificant = std::find_if(bytes.begin(), bytes.end(), [](quint8 b) { return b != 0; });
    const int significant = int(bytes.end() - firstSignificant);
    // A hex report of an ISO UID is taken at its length ("00A1B2C3D4E5F6" is a 7-byte UID).
    const bool keepLength = encoding == Encoding::Hex && fixedBytes(credential) == 0;
    const int size = sizeFor(credential, keepLength ? std::max(significant, int(bytes.size())) : significant);
    if (size == 0)
        return Result<QString>::failure(
            tr("UID \"%1\" is too long for a %2 reader.").arg(reported, displayName().section(QLatin1Char(','), 0, 0)));
    bytes.erase(bytes.begin(), firstSignificant);
    bytes.insert(bytes.begin(), size_t(size) - bytes.size(), quint8(0));
    if (byteOrder == ByteOrder::LsbFirst)
        std::reverse(bytes.begin(), bytes.end());
    return hexOf(bytes);
}

QString ReaderFormat::project(const QString& uidKey) const
{
    if (credential != Credential::Wiegand26 || uidKey.size() < 8)
        return uidKey;
    // The reader keeps the low 24 bits of its 32-bit number: with LSB first that number is
    // UID3..UID0 (low bytes UID2 UID1 UID0), with MSB first UID0..UID3 (low bytes UID1..UID3).
    return byteOrder == ByteOrder::LsbFirst ? uidKey.left(6) : uidKey.mid(2, 6);
}

} // namespace atrium
