// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleContext.h"

#include <QHash>
#include <QMainWindow>

class QTabWidget;

namespace atrium {

class BookingsPage;
class BadgesPage;
class AutomationPage;
class DiagnosticsPage;
class FeedStatusBar;
class FloorPage;
class MembersPage;

// Holds the pages (tabs, Ctrl+1, Ctrl+2, ...) and the feed's status bar; nothing else.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ConsoleContext& context, QWidget* parent = nullptr);

    // Colours the floor by a layer given by its key ("co2", "comfort", ...); false if unknown.
    bool showLayer(const QString& layerKey);

    FloorPage* floorPage() const { return m_floor; }
    DiagnosticsPage* diagnosticsPage() const { return m_diagnostics; }
    AutomationPage* automationPage() const { return m_automation; } // null without automation
    BadgesPage* badgesPage() const { return m_badges; }             // null without a badge store
    BookingsPage* bookingsPage() const { return m_bookings; }       // null without a booking store
    MembersPage* membersPage() const { return m_members; }          // null without a member store
    FeedStatusBar* feedStatus() const { return m_status; }
    QTabWidget* pages() const { return m_pages; }

public Q_SLOTS:
    void setPopularity(const QHash<QString, double>& shareByRoom);
    void showStorageError(const QString& message);
    void showFloor();
    void showDiagnostics();
    // The floor's "Book this room": the bookings page with the dialog open for that room.
    void bookRoom(const QString& roomId);

private:
    void addPage(QWidget* page, const QString& title);

    ConsoleContext m_context;
    QTabWidget* m_pages = nullptr;
    FloorPage* m_floor = nullptr;
    DiagnosticsPage* m_diagnostics = nullptr;
    AutomationPage* m_automation = nullptr;
    BadgesPage* m_badges = nullptr;
    BookingsPage* m_bookings = nullptr;
    MembersPage* m_members = nullptr;
    FeedStatusBar* m_status = nullptr;
};

} // namespace atrium
