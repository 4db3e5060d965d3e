// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"
#include "analytics/Layer.h"
#include "feeds/PayloadValues.h"
#include "site/Site.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace atrium;

namespace {

// One <message> of a .ts file: what the program asks for and what the translator wrote.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString translation;
    QStringList numerusForms;
    QString type; // "unfinished", "vanished", "obsolete" or empty
};

QList<TsMessage> readTs(const QString& path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, {}, {}, {}};
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            current.comment = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (numerus) {
                while (xml.readNextStartElement())
                    current.numerusForms << xml.readElementText();
            } else {
                current.translation = xml.readElementText();
            }
            messages << current;
        }
    }
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTranslator m_french;

private Q_SLOTS:
    void initTestCase()
    {
        // The same call as app/main.cpp, for a French desktop.
        QVERIFY(m_french.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("atrium"), QStringLiteral("_"),
                              i18n::resourceDirectory()));
        QVERIFY(QCoreApplication::installTranslator(&m_french));
    }

    void bothLanguagesAreEmbedded()
    {
        QCOMPARE(i18n::availableLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("fr")}));
    }

    void modelNamesComeOutInFrench_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("expected");
        QTest::addRow("layer-occupancy") << layerDisplayName(Layer::Occupancy)
                                         << QStringLiteral("Occupation en direct");
        QTest::addRow("layer-popularity")
            << layerDisplayName(Layer::Popularity) << QStringLiteral("Fréquentation (7\u00a0jours)");
        QTest::addRow("layer-illuminance") << layerDisplayName(Layer::Illuminance) << QStringLiteral("Luminosité");
        QTest::addRow("layer-comfort") << layerDisplayName(Layer::Comfort) << QStringLiteral("Confort (EN 16798-1)");
        QTest::addRow("room-meeting") << roomTypeDisplayName(RoomType::MeetingRoom)
                                      << QStringLiteral("Salle de réunion");
        QTest::addRow("room-phone-booth")
            << roomTypeDisplayName(RoomType::PhoneBooth) << QStringLiteral("Cabine téléphonique");
        // A string behind a file-local tr() helper: lupdate files it under the wrong context
        // unless fix_contexts.py moved it.
        QTest::addRow("payload-empty") << payload::checkBytes(QByteArray()) << QStringLiteral("message vide");
    }

    void modelNamesComeOutInFrench()
    {
        QFETCH(QString, shown);
        QFETCH(QString, expected);
        QCOMPARE(shown, expected);
    }

    void widgetTextsComeOutInFrench_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("expected");
        QTest::addRow("legend-no-data") << "atrium::LegendWidget"
                                        << "No data" << QString() << "Aucune donnée";
        QTest::addRow("legend-stale") << "atrium::LegendWidget"
                                      << "Stale" << QString() << "Données périmées";
        QTest::addRow("tab-floor") << "atrium::MainWindow"
                                   << "&Floor"
                                   << "tab title"
                                   << "&Plan";
        QTest::addRow("tab-diagnostics") << "atrium::MainWindow"
                                         << "&Diagnostics"
                                         << "tab title"
                                         << "&Diagnostic";
        QTest::addRow("assign-action") << "atrium::DiagnosticsPage"
                                       << "&Assign to room…" << QString() << "&Affecter à une salle…";
        // Non-breaking space before the colon, as French typography wants.
        QTest::addRow("floor-label") << "atrium::FloorPage"
                                     << "Fl&oor:" << QString() << "É&tage\u00a0:";
        QTest::addRow("help-site") << "atrium::CommandLine"
                                   << "Site file (JSON, see docs/site-file.md)." << QString()
                                   << "Fichier du site (JSON, voir docs/site-file.md).";
    }

    void widgetTextsComeOutInFrench()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, comment);
        QFETCH(QString, expected);
        const QByteArray c = context.toUtf8(), s = source.toUtf8(), d = comment.toUtf8();
        QCOMPARE(QCoreApplication::translate(c.constData(), s.constData(), comment.isEmpty() ? nullptr : d.constData()),
                 expected);
    }

    void pluralsFollowTheCount_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        // French: 0 and 1 take the singular.
        QTest::addRow("zero") << 0 << "Impossible d’enregistrer 0 relevé dans x\u00a0: y";
        QTest::addRow("one") << 1 << "Impossible d’enregistrer 1 relevé dans x\u00a0: y";
        QTest::addRow("three") << 3 << "Impossible d’enregistrer 3 relevés dans x\u00a0: y";
    }

    void pluralsFollowTheCount()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(
            QCoreApplication::translate("atrium::ReadingWriter", "Cannot store %n reading(s) in %1: %2", nullptr, count)
                .arg(QStringLiteral("x"), QStringLiteral("y")),
            expected);
    }

    void englishHasItsPluralForms()
    {
        QTranslator english;
        QVERIFY(english.load(QLocale(QLocale::English, QLocale::UnitedKingdom), QStringLiteral("atrium"),
                             QStringLiteral("_"), i18n::resourceDirectory()));
        // QTranslator picks the form; QCoreApplication::translate() then puts the count in.
        QCOMPARE(english.translate("atrium::ReadingWriter", "Cannot store %n reading(s) in %1: %2", nullptr, 1),
                 QStringLiteral("Cannot store %n reading in %1: %2"));
        QCOMPARE(english.translate("atrium::ReadingWriter", "Cannot store %n reading(s) in %1: %2", nullptr, 2),
                 QStringLiteral("Cannot store %n readings in %1: %2"));
        // Only the plural forms: everything else falls back to the English source.
        QVERIFY(english.translate("atrium::LegendWidget", "No data").isEmpty());
    }

    // Every string of the French catalogue is finished and reaches the program: the compiled
    // .qm answers each (context, source, comment) with the translator's text.
    void everyFrenchEntryIsFinishedAndCompiled()
    {
        const QList<TsMessage> messages = readTs(QStringLiteral(ATRIUM_TS_FR));
        QVERIFY2(messages.size() > 300, qPrintable(QString::number(messages.size())));
        int differentFromEnglish = 0;
        for (const TsMessage& m : messages) {
            const QString where = m.context + QLatin1String(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(where + QLatin1String(" is ") + m.type));
            const QByteArray c = m.context.toUtf8(), s = m.source.toUtf8(), d = m.comment.toUtf8();
            const char* comment = m.comment.isEmpty() ? nullptr : d.constData();
            if (!m.numerusForms.isEmpty()) {
                QCOMPARE(m.numerusForms.size(), 2); // French: singular (0, 1) and plural
                QCOMPARE(m_french.translate(c.constData(), s.constData(), comment, 1), m.numerusForms.first());
                QCOMPARE(m_french.translate(c.constData(), s.constData(), comment, 2), m.numerusForms.last());
                continue;
            }
            QVERIFY2(!m.translation.isEmpty(), qPrintable(where + QLatin1String(" has no translation")));
            QCOMPARE(m_french.translate(c.constData(), s.constData(), comment), m.translation);
            // Same placeholders, in any order the sentence needs.
            for (int n = 1; n <= 9; ++n) {
                const QString p = QLatin1Char('%') + QString::number(n);
                QVERIFY2(m.source.contains(p) == m.translation.contains(p), qPrintable(where + QLatin1Char(' ') + p));
            }
            QVERIFY2(m.source.count(QLatin1Char('&')) == m.translation.count(QLatin1Char('&')),
                     qPrintable(where + QLatin1String(": accelerator")));
            if (m.translation != m.source)
                ++differentFromEnglish;
        }
        // Identical texts are the exceptions (Atrium, CO₂, "%1 (%2)", URL...), not the rule.
        QVERIFY2(differentFromEnglish > messages.size() * 9 / 10, qPrintable(QString::number(differentFromEnglish)));
    }

    void englishCatalogueHoldsOnlyPlurals()
    {
        const QList<TsMessage> messages = readTs(QStringLiteral(ATRIUM_TS_EN));
        QVERIFY(!messages.isEmpty());
        for (const TsMessage& m : messages) {
            QVERIFY2(m.type.isEmpty(), qPrintable(m.source));
            QCOMPARE(m.numerusForms.size(), 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
