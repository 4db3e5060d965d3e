// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedData.h"
#include "feeds/FlatJson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <array>

using namespace atrium;

namespace {

constexpr std::array<QLatin1String, 8> kNames = {
    QLatin1String("temperature"), QLatin1String("humidity"), QLatin1String("co2"),       QLatin1String("occupancy"),
    QLatin1String("illuminance"), QLatin1String("battery"),  QLatin1String("last_seen"), QLatin1String("state")};

// What a decoder would see: type and value, with integers and doubles both as numbers.
QString shown(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("(absent)");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        // toInteger() too: QJsonDocument keeps integers exactly in 64 bits, beyond a double.
        return QStringLiteral("number %1 (integer %2)").arg(v.toDouble(), 0, 'g', 17).arg(v.toInteger(-1));
    case QJsonValue::String:
        return QStringLiteral("string \"%1\"").arg(v.toString());
    default:
        return QStringLiteral("container");
    }
}

// True when the one-pass reader took the text; then QJsonDocument must read the same values.
bool agreesWithQJsonDocument(const QByteArray& text, QString* why)
{
    std::array<QJsonValue, kNames.size()> fast;
    if (!payload::scanFlatObject(text, kNames, fast))
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("taken by the fast pass but refused by QJsonDocument (%1): %2")
                   .arg(error.errorString(), QString::fromUtf8(text));
        return true;
    }
    const QJsonObject object = doc.object();
    for (size_t i = 0; i < kNames.size(); ++i) {
        const QJsonValue expected =
            object.contains(kNames[i]) ? object.value(kNames[i]) : QJsonValue(QJsonValue::Undefined);
        if (shown(fast[i]) != shown(expected)) {
            *why = QStringLiteral("%1: %2 instead of %3 in %4")
                       .arg(kNames[i], shown(fast[i]), shown(expected), QString::fromUtf8(text));
            return true;
        }
    }
    return true;
}

} // namespace

class TestFlatJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsPlainObjects_data();
    void readsPlainObjects();
    void leavesTheRestToQJsonDocument_data();
    void leavesTheRestToQJsonDocument();
    void agreesOnSharedPayloads();
};

void TestFlatJson::readsPlainObjects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("bench") << QByteArray(
        R"({"humidity":36.2,"co2":1073,"temperature":20.35,"battery":73,"linkquality":167})");
    QTest::addRow("motion") << QByteArray(
        R"({"battery":100,"illuminance":11,"linkquality":60,"occupancy":false,"voltage":3005})");
    QTest::addRow("spaces-and-newlines") << QByteArray("\n { \"temperature\" : -0.5 ,\r\n\t\"state\":\"ON\" } \n");
    QTest::addRow("nested-elsewhere") << QByteArray(
        R"({"update":{"state":"idle","installed_version":[1,2,{"a":null}]},"temperature":21,"update_available":false})");
    QTest::addRow("exponent") << QByteArray(R"({"co2":4.2e2,"humidity":1E1,"battery":5e-1})");
    QTest::addRow("null-and-string-number") << QByteArray(R"({"temperature":null,"humidity":"45.5"})");
    QTest::addRow("last-seen-ms") << QByteArray(R"({"co2":363,"last_seen":1765292604979})");
    QTest::addRow("last-seen-iso") << QByteArray(R"({"co2":363,"last_seen":"2025-12-09T15:03:24.979Z"})");
    QTest::addRow("integer-15-digits") << QByteArray(R"({"last_seen":999999999999999,"co2":-999999999999999})");
    QTest::addRow("empty") << QByteArray("{}");
}

void TestFlatJson::readsPlainObjects()
{
    QFETCH(QByteArray, text);
    QString why;
    QVERIFY2(agreesWithQJsonDocument(text, &why), "the plain object was left to QJsonDocument");
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestFlatJson::leavesTheRestToQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("escape-in-key") << QByteArray(R"({"temp\u0065rature":21})");
    QTest::addRow("escape-in-value") << QByteArray(R"({"state":"O\"N"})");
    QTest::addRow("escape-elsewhere") << QByteArray(R"({"name":"a\\b","co2":400})");
    QTest::addRow("nested-asked") << QByteArray(R"({"temperature":{"value":21}})");
    QTest::addRow("array-asked") << QByteArray(R"({"co2":[400]})");
    QTest::addRow("repeated-asked") << QByteArray(R"({"co2":400,"co2":500})");
    QTest::addRow("nan-token") << QByteArray(R"({"temperature":NaN})");
    QTest::addRow("leading-zero") << QByteArray(R"({"co2":0400})");
    QTest::addRow("plus-sign") << QByteArray(R"({"co2":+400})");
    QTest::addRow("bare-point") << QByteArray(R"({"co2":400.})");
    QTest::addRow("out-of-range") << QByteArray(R"({"co2":1e400})");
    QTest::addRow("out-of-range-elsewhere") << QByteArray(R"({"x":-1e400,"co2":400})");
    QTest::addRow("integer-16-digits") << QByteArray(R"({"last_seen":9007199254740993})");
    QTest::addRow("integer-16-digits-elsewhere") << QByteArray(R"({"id":1234567890123456789,"co2":400})");
    // Non-ASCII text: QJsonDocument checks the UTF-8 (a fast pass would replace bad bytes).
    QTest::addRow("utf8-elsewhere") << QByteArray("{\"name\":\"Salle caf\xc3\xa9\",\"co2\":500}");
    QTest::addRow("bad-utf8") << QByteArray("{\"state\":\"\xc0\xaf\",\"co2\":500}");
    QTest::addRow("control-character") << QByteArray("{\"state\":\"O\tN\"}");
    QTest::addRow("trailing-garbage") << QByteArray(R"({"co2":400} x)");
    QTest::addRow("trailing-comma") << QByteArray(R"({"co2":400,})");
    QTest::addRow("truncated") << QByteArray(R"({"co2":400,"humidity":4)");
    QTest::addRow("truncated-nested") << QByteArray(R"({"update":{"state":"idle")");
    QTest::addRow("unterminated-string") << QByteArray(R"({"name":"Meeting ro)");
    QTest::addRow("array") << QByteArray(R"([{"co2":400}])");
    QTest::addRow("number") << QByteArray("42");
    QTest::addRow("bad-literal") << QByteArray(R"({"occupancy":tru})");
    QTest::addRow("too-deep") << QByteArray("{\"x\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}");
    QTest::addRow("empty-text") << QByteArray();
}

void TestFlatJson::leavesTheRestToQJsonDocument()
{
    QFETCH(QByteArray, text);
    QString why;
    QVERIFY2(!agreesWithQJsonDocument(text, &why), qPrintable(why.isEmpty() ? QStringLiteral("taken") : why));
}

void TestFlatJson::agreesOnSharedPayloads()
{
    const QString root = test::sharedDataFile(QStringLiteral("mqtt"));
    if (root.isEmpty())
        QSKIP(qPrintable(QStringLiteral("shared data folder mqtt/ not found under %1 (set -DATRIUM_SHARED_DATA=...)")
                             .arg(test::sharedDataDir())));
    // Every JSON text of the device captures: whole .json files and each line's payload.
    QList<QByteArray> texts;
    QDirIterator files(root, {QStringLiteral("*.json"), QStringLiteral("*.jsonl")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (file.fileName().endsWith(QLatin1String(".json"))) {
            texts << file.readAll();
            continue;
        }
        while (!file.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
            if (line.value(QLatin1String("payload")).isString())
                texts << line.value(QLatin1String("payload")).toString().toUtf8();
        }
    }
    QVERIFY2(texts.size() > 50, qPrintable(QString::number(texts.size())));
    int taken = 0;
    for (const QByteArray& text : texts) {
        QString why;
        if (agreesWithQJsonDocument(text, &why))
            ++taken;
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    // Most device payloads are plain objects: the fast pass serves them.
    qInfo("%d of %lld shared payloads read in one pass, the rest by QJsonDocument", taken, qlonglong(texts.size()));
    QVERIFY2(taken * 2 > texts.size(), qPrintable(QStringLiteral("%1 of %2").arg(taken).arg(texts.size())));
}

QTEST_GUILESS_MAIN(TestFlatJson)
#include "TestFlatJson.moc"
