// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "ConsoleContext.h"
#include "ConsoleServices.h"
#include "FloorPlanView.h"
#include "MainWindow.h"
#include "SignalWatcher.h"
#include "core/Clock.h"
#include "site/FloorPlan.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

using namespace atrium;

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Atrium"));
    QCoreApplication::setOrganizationName(QStringLiteral("Atrium"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATRIUM_VERSION));
}

bool asksOnlyForHelp(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

void installTranslations(QCoreApplication& app)
{
    // Qt's own strings (dialog buttons) and Atrium's, in the user's language when we have it.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("atrium"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

// ATRIUM_EXIT_AFTER_FIRST_PAINT=1 (atrium-bench's startup_ms, docs/PERFORMANCE.md): once the
// floor view has finished its first paint, print the time since main() began and quit. The
// Paint event is seen before the view handles it; the queued call runs after it.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QObject* parent) : QObject(parent) { m_sinceMain.start(); }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    QTextStream(stdout) << "atrium: first floor paint " << m_sinceMain.elapsed() << " ms after main()"
                                        << Qt::endl;
                    QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

int fail(const QString& message)
{
    QTextStream(stderr) << "atrium: " << message << '\n';
    if (QGuiApplication::platformName() != QLatin1String("offscreen") &&
        QGuiApplication::platformName() != QLatin1String("minimal"))
        QMessageBox::critical(nullptr, QApplication::translate("atrium::main", "Atrium cannot start"), message);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    // --help and --version answer without a display (over SSH, in scripts).
    if (asksOnlyForHelp(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        installTranslations(core);
        auto options = parseCommandLine(QCoreApplication::arguments());
        if (!options) {
            QTextStream(stderr) << "atrium: " << options.error() << '\n';
            return 1;
        }
        return 0;
    }

    QApplication app(argc, argv);
    auto* firstPaint =
        qEnvironmentVariableIntValue("ATRIUM_EXIT_AFTER_FIRST_PAINT") ? new FirstPaintProbe(&app) : nullptr;
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("org.atrium.Console"));
    installTranslations(app);

    auto options = parseCommandLine(QApplication::arguments());
    if (!options)
        return fail(options.error());
    if (options->exitAfterParse)
        return 0;

    ConsoleServices services(SystemClock::instance());
    if (!options->operatorName.isEmpty())
        services.setOperatorName(options->operatorName);
    if (Status opened = services.open(options->sitePath, options->databasePath, options->broker); !opened)
        return fail(opened.error());

    ConsoleContext context;
    context.site = &services.site();
    for (const auto& [floorId, plan] : services.floorPlans())
        context.floorPlans.insert(floorId, plan);
    context.live = services.liveState();
    context.rollups = services.rollups();
    context.diagnostics = services.diagnostics();
    context.mqtt = services.session();
    context.clock = &services.clock();
    context.members = services.members();
    context.auditLog = services.auditLog();
    context.control = services.control();
    context.automation = services.automation();
    context.badges = services.badges();
    context.doors = services.doors();
    context.accessLog = services.accessLog();
    context.operatorName = services.operatorName();
    context.bookings = services.bookings();
    context.checkIn = services.checkInMonitor();
    context.assignTopic = [&services](const QString& topic, const QString& profile, const QString& roomId) {
        return services.assignTopic(topic, profile, roomId);
    };

    MainWindow window(context);
    if (!options->layer.isEmpty() && !window.showLayer(options->layer))
        return fail(QApplication::translate("atrium::main", "--layer: unknown layer \"%1\"").arg(options->layer));
    QObject::connect(&services, &ConsoleServices::popularityChanged, &window, &MainWindow::setPopularity);
    QObject::connect(&services, &ConsoleServices::storageError, &window, &MainWindow::showStorageError);

    // Ctrl+C, a service stop and closing the window all end the same way: the feed stops and
    // every message already received is written before the process exits.
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, &QApplication::quit);
    QObject::connect(&app, &QApplication::aboutToQuit, &services, &ConsoleServices::shutdown);

    if (auto* floor = window.findChild<FloorPlanView*>(); floor && firstPaint)
        floor->installEventFilter(firstPaint);
    services.start();
    // The reception PC's screen belongs to the console.
    window.showMaximized();
    return app.exec();
}
