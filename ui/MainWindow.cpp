// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DiagnosticsPage.h"
#include "FeedStatusBar.h"
#include "FloorPage.h"
#include "access/BadgesPage.h"
#include "analytics/Layer.h"
#include "automation/AutomationPage.h"
#include "bookings/BookingsPage.h"
#include "members/MembersPage.h"
#include "site/Site.h"

#include <QGuiApplication>
#include <QKeySequence>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>

namespace atrium {

MainWindow::MainWindow(const ConsoleContext& context, QWidget* parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_context.site && !m_context.site->name.isEmpty() ? tr("%1 — Atrium").arg(m_context.site->name)
                                                                     : tr("Atrium"));
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);

    m_floor = new FloorPage(m_context, m_pages);
    m_diagnostics = new DiagnosticsPage(m_context, m_pages);
    //: tab title
    addPage(m_floor, tr("&Floor"));
    if (m_context.bookings) {
        m_bookings = new BookingsPage(*m_context.bookings, m_context.members, m_context.checkIn, *m_context.site,
                                      *m_context.clock, m_pages);
        //: tab title
        addPage(m_bookings, tr("&Bookings"));
        connect(m_floor, &FloorPage::bookRoomRequested, this, &MainWindow::bookRoom);
    }
    if (m_context.members) {
        m_members = new MembersPage(*m_context.members, m_context.operatorName, m_pages);
        //: tab title
        addPage(m_members, tr("&Members"));
    }
    if (m_context.badges && m_context.accessLog) {
        m_badges = new BadgesPage(m_context, m_pages);
        //: tab title
        addPage(m_badges, tr("Bad&ges"));
    }
    if (m_context.automation) {
        m_automation = new AutomationPage(*m_context.automation, m_context.operatorName, m_pages);
        //: tab title
        addPage(m_automation, tr("&Automation"));
    }
    //: tab title
    addPage(m_diagnostics, tr("&Diagnostics"));

    m_status = new FeedStatusBar(m_context.mqtt, m_context.diagnostics, *m_context.clock, this);
    statusBar()->addPermanentWidget(m_status);
    connect(m_status, &FeedStatusBar::diagnosticsRequested, this, &MainWindow::showDiagnostics);
    if (m_context.site)
        m_status->setSiteTimeZone(m_context.site->timeZone);

    // Made for a reception PC: 1366x768 is the smallest screen it must work on.
    QSize size(1366, 768);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
}

void MainWindow::addPage(QWidget* page, const QString& title)
{
    const int index = m_pages->addTab(page, title);
    const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
    auto* shortcut = new QShortcut(key, this);
    connect(shortcut, &QShortcut::activated, this, [this, index] { m_pages->setCurrentIndex(index); });
    m_pages->setTabToolTip(index, key.toString(QKeySequence::NativeText));
}

bool MainWindow::showLayer(const QString& layerKey)
{
    const auto layer = layerFromKey(layerKey);
    if (!layer)
        return false;
    m_floor->setLayer(*layer);
    showFloor();
    return true;
}

void MainWindow::setPopularity(const QHash<QString, double>& shareByRoom)
{
    m_floor->setPopularity(shareByRoom);
}

void MainWindow::showStorageError(const QString& message)
{
    m_status->showStorageError(message);
}

void MainWindow::showFloor()
{
    m_pages->setCurrentWidget(m_floor);
}

void MainWindow::bookRoom(const QString& roomId)
{
    if (!m_bookings)
        return;
    m_pages->setCurrentWidget(m_bookings);
    m_bookings->bookRoom(roomId);
}

void MainWindow::showDiagnostics()
{
    m_pages->setCurrentWidget(m_diagnostics);
}

} // namespace atrium
