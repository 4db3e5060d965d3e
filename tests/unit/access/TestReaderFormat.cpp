// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessData.h"
#include "access/ReaderFormat.h"

#include <QTest>

using namespace atrium;

class TestReaderFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalises_data();
    void normalises();
    void refuses_data();
    void refuses();
    void sameCardFromTwoReadersIsOneBadge_data();
    void sameCardFromTwoReadersIsOneBadge();
    void formatKeysRoundTrip();
};

void TestReaderFormat::normalises_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("reported");
    QTest::addColumn<QString>("key");
    // Tasmota's RC522 prints the UID bytes in card order (shared data: tasmota/rc522_rfid_badge.json).
    QTest::addRow("tasmota-rc522-hex") << "iso14443:hex:msb"
                                       << "BA839D07"
                                       << "BA839D07";
    QTest::addRow("hex-leading-zero-kept") << "iso14443:hex:msb"
                                           << "00A1B2C3"
                                           << "00A1B2C3";
    QTest::addRow("hex-lower-case-colons") << "iso14443:hex:msb"
                                           << "04:a1:b2:c3"
                                           << "04A1B2C3";
    QTest::addRow("hex-0x-prefix") << "iso14443:hex:msb"
                                   << "0x04A1B2C3"
                                   << "04A1B2C3";
    QTest::addRow("hex-dropped-leading-zero") << "iso14443:hex:msb"
                                              << "A1B2C3"
                                              << "00A1B2C3";
    QTest::addRow("hex-7-byte-uid") << "iso14443:hex:msb"
                                    << "04 11 22 33 44 55 66"
                                    << "04112233445566";
    QTest::addRow("hex-7-byte-uid-leading-zero") << "iso14443:hex:msb"
                                                 << "00112233445566"
                                                 << "00112233445566";
    QTest::addRow("hex-lsb-first-reversed") << "iso14443:hex:lsb"
                                            << "C3B2A104"
                                            << "04A1B2C3";
    // 0x00BC614E = 12345678: an integer would lose the first byte.
    QTest::addRow("decimal-msb-leading-zero-byte") << "iso14443:dec:msb"
                                                   << "12345678"
                                                   << "00BC614E";
    QTest::addRow("decimal-lsb") << "iso14443:dec:lsb"
                                 << "1315027968"
                                 << "00BC614E";
    QTest::addRow("decimal-10-digit-with-zeros") << "iso14443:dec:msb"
                                                 << "0012345678"
                                                 << "00BC614E";
    QTest::addRow("decimal-7-byte") << "iso14443:dec:msb"
                                    << "1162575632559341"
                                    << "04215B3B9A6CED";
    QTest::addRow("wiegand34-decimal-lsb") << "wiegand34:dec:lsb"
                                           << "3283263748"
                                           << "04A1B2C3";
    QTest::addRow("wiegand26-facility-card") << "wiegand26:dec:msb"
                                             << "161,45763"
                                             << "A1B2C3";
    QTest::addRow("wiegand26-decimal-lsb") << "wiegand26:dec:lsb"
                                           << "11706628"
                                           << "04A1B2";
}

void TestReaderFormat::normalises()
{
    QFETCH(QString, format);
    QFETCH(QString, reported);
    QFETCH(QString, key);
    const auto f = ReaderFormat::fromKey(format);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const auto normalised = f->normalise(reported);
    QVERIFY2(normalised.ok(), qPrintable(normalised.error()));
    QCOMPARE(normalised.value(), key);
}

void TestReaderFormat::refuses_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("reported");
    QTest::addColumn<QString>("error");
    QTest::addRow("not-hex") << "iso14443:hex:msb"
                             << "04A1B2G3"
                             << "\"G\" is not a hexadecimal digit";
    QTest::addRow("empty") << "iso14443:hex:msb"
                           << "  "
                           << "empty UID";
    QTest::addRow("decimal-letters") << "iso14443:dec:msb"
                                     << "12A4"
                                     << "\"A\" is not a decimal digit";
    QTest::addRow("too-long-for-wiegand34") << "wiegand34:dec:msb"
                                            << "4294967296"
                                            << "too long for a Wiegand 34";
    QTest::addRow("facility-too-big") << "wiegand26:dec:msb"
                                      << "300,12"
                                      << "facility code is 0 to 255";
    QTest::addRow("facility-on-iso") << "iso14443:dec:msb"
                                     << "12,345"
                                     << "Wiegand 26 notation";
}

void TestReaderFormat::refuses()
{
    QFETCH(QString, format);
    QFETCH(QString, reported);
    QFETCH(QString, error);
    const auto normalised = ReaderFormat::fromKey(format)->normalise(reported);
    QVERIFY(!normalised.ok());
    QVERIFY2(normalised.error().contains(error), qPrintable(normalised.error()));
}

void TestReaderFormat::sameCardFromTwoReadersIsOneBadge_data()
{
    QTest::addColumn<QString>("formatA");
    QTest::addColumn<QString>("reportA");
    QTest::addColumn<QString>("formatB");
    QTest::addColumn<QString>("reportB");
    // One card, UID 00 BC 61 4E (leading zero byte), read by readers set up differently.
    QTest::addRow("iso-hex-vs-decimal-lsb") << "iso14443:hex:msb"
                                            << "00BC614E"
                                            << "iso14443:dec:lsb"
                                            << "1315027968";
    QTest::addRow("iso-hex-vs-wiegand34") << "iso14443:hex:msb"
                                          << "00BC614E"
                                          << "wiegand34:dec:lsb"
                                          << "1315027968";
    QTest::addRow("hex-lsb-vs-decimal-msb") << "iso14443:hex:lsb"
                                            << "4E61BC00"
                                            << "iso14443:dec:msb"
                                            << "12345678";
    QTest::addRow("iso-vs-wiegand26-lsb") << "iso14443:hex:msb"
                                          << "00BC614E"
                                          << "wiegand26:dec:lsb"
                                          << "6405120";
    QTest::addRow("iso-vs-wiegand26-msb") << "iso14443:hex:msb"
                                          << "00BC614E"
                                          << "wiegand26:dec:msb"
                                          << "188,24910";
}

void TestReaderFormat::sameCardFromTwoReadersIsOneBadge()
{
    QFETCH(QString, formatA);
    QFETCH(QString, reportA);
    QFETCH(QString, formatB);
    QFETCH(QString, reportB);
    AccessData data;
    Door a;
    a.id = QStringLiteral("desk");
    a.format = ReaderFormat::fromKey(formatA).value();
    Door b;
    b.id = QStringLiteral("garage");
    b.format = ReaderFormat::fromKey(formatB).value();
    data.doors = {a, b};
    // The badge was issued at reader A; its key is what A reports, normalised.
    Badge badge;
    badge.id = 7;
    badge.uid = reportA;
    badge.uidKey = a.format.normalise(reportA).value();
    data.badges = {badge};
    QCOMPARE(badge.uidKey, QStringLiteral("00BC614E"));

    const QString readAtB = b.format.normalise(reportB).value();
    const auto found = data.badgesRead(b, readAtB);
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found.front()->id, qint64(7));
    QCOMPARE(found.front()->uid, reportA); // kept as reported
}

void TestReaderFormat::formatKeysRoundTrip()
{
    for (const char* key : {"iso14443:hex:msb", "iso14443:dec:lsb", "wiegand26:dec:lsb", "wiegand34:hex:msb"}) {
        const auto f = ReaderFormat::fromKey(QLatin1String(key));
        QVERIFY(f.ok());
        QCOMPARE(f->key(), QLatin1String(key));
    }
    const auto bad = ReaderFormat::fromKey(QStringLiteral("iso14443:hex"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(QStringLiteral("iso14443:hex")));
}

QTEST_GUILESS_MAIN(TestReaderFormat)
#include "TestReaderFormat.moc"
