// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomPanel.h"

#include "ReadingText.h"
#include "RoomHistoryChart.h"
#include "analytics/Comfort.h"
#include "core/Clock.h"
#include "site/Site.h"
#include "telemetry/LiveState.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace atrium {

namespace {

QString orientationWords(const QString& key)
{
    static const QHash<QString, const char*> words = {
        {QStringLiteral("N"), QT_TRANSLATE_NOOP("atrium::RoomPanel", "north")},
        {QStringLiteral("NE"), QT_TRANSLATE_NOOP("atrium::RoomPanel", "north-east")},
        {QStringLiteral("E"), QT_TRANSLATE_NOOP("atrium::RoomPanel", "east")},
        {QStringLiteral("SE"), QT_TRANSLATE_NOOP("atrium::RoomPanel", "south-east")},
        {QStringLiteral("S"), QT_TRANSLATE_NOOP("atrium::RoomPanel", "south")},
        {QStringLiteral("SW"), QT_TRANSLATE_NOOP("atrium::RoomPanel", "south-west")},
        {QStringLiteral("W"), QT_TRANSLATE_NOOP("atrium::RoomPanel", "west")},
        {QStringLiteral("NW"), QT_TRANSLATE_NOOP("atrium::RoomPanel", "north-west")},
    };
    const char* word = words.value(key.toUpper());
    return word ? QCoreApplication::translate("atrium::RoomPanel", word) : key;
}

QLabel* valueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Keyboard users can step onto the values and copy them; screen readers announce them.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}

} // namespace

RoomPanel::RoomPanel(const Site& site, LiveState& live, RollupStore* rollups, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_site(site), m_live(live), m_rollups(rollups), m_clock(clock)
{
    setObjectName(QStringLiteral("roomPanel"));
    setAccessibleName(tr("Room details"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    m_name = new QLabel(content);
    m_name->setObjectName(QStringLiteral("roomName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_kind = valueLabel(QStringLiteral("roomKind"), content);
    m_summary = valueLabel(QStringLiteral("roomSummary"), content);
    layout->addWidget(m_name);
    layout->addWidget(m_kind);
    layout->addWidget(m_summary);
    m_book = new QPushButton(tr("&Book this room…"), content);
    m_book->setObjectName(QStringLiteral("bookThisRoom"));
    m_book->setAccessibleName(tr("Book this room"));
    m_book->hide();
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (!m_roomId.isEmpty())
            Q_EMIT bookRequested(m_roomId);
    });
    layout->addWidget(m_book, 0, Qt::AlignLeft);
    layout->addWidget(buildReadings());
    layout->addWidget(buildAttributes());
    layout->addWidget(buildHistory());
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("roomPanelScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_ageTimer.setInterval(15'000);
    connect(&m_ageTimer, &QTimer::timeout, this, &RoomPanel::refreshReadings);
    m_chartTimer.setInterval(5 * 60'000);
    connect(&m_chartTimer, &QTimer::timeout, m_chart, &RoomHistoryChart::reload);
    connect(&m_live, &LiveState::updated, this, &RoomPanel::onLiveUpdated);
    setRoom(QString());
}

QWidget* RoomPanel::buildReadings()
{
    auto* box = new QGroupBox(tr("Now"));
    box->setObjectName(QStringLiteral("roomReadings"));
    auto* grid = new QGridLayout(box);
    m_noReadings = new QLabel(tr("No readings yet."), box);
    m_noReadings->setObjectName(QStringLiteral("noReadings"));
    grid->addWidget(m_noReadings, 0, 0, 1, 3);
    int row = 1;
    for (Metric metric : displayedMetrics()) {
        ReadingRow r;
        r.name = new QLabel(metricDisplayName(metric), box);
        r.value = valueLabel(QStringLiteral("value_%1").arg(metricKey(metric)), box);
        r.age = valueLabel(QStringLiteral("age_%1").arg(metricKey(metric)), box);
        QFont bold = r.value->font();
        bold.setBold(true);
        r.value->setFont(bold);
        grid->addWidget(r.name, row, 0);
        grid->addWidget(r.value, row, 1);
        grid->addWidget(r.age, row, 2);
        m_rows.insert(int(metric), r);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    m_comfort = valueLabel(QStringLiteral("comfortCategory"), box);
    QFont boldComfort = m_comfort->font();
    boldComfort.setBold(true);
    m_comfort->setFont(boldComfort);
    m_comfortReasons = valueLabel(QStringLiteral("comfortReasons"), box);
    grid->addWidget(m_comfort, row++, 0, 1, 3);
    grid->addWidget(m_comfortReasons, row, 0, 1, 3);
    m_sections << box;
    return box;
}

QWidget* RoomPanel::buildAttributes()
{
    auto* box = new QGroupBox(tr("About the room"));
    box->setObjectName(QStringLiteral("roomAttributes"));
    auto* form = new QFormLayout(box);
    auto add = [&](const QString& label, const char* objectName) {
        QLabel* value = valueLabel(QString::fromLatin1(objectName), box);
        value->setAccessibleName(label);
        form->addRow(label, value);
        return value;
    };
    m_light = add(tr("Natural light"), "naturalLight");
    m_windows = add(tr("Windows"), "windowOrientation");
    m_furniture = add(tr("Ergonomic furniture"), "ergonomicFurniture");
    m_screen = add(tr("Screen"), "screen");
    m_features = add(tr("Features"), "features");
    m_sections << box;
    return box;
}

QWidget* RoomPanel::buildHistory()
{
    auto* box = new QGroupBox(tr("Last 24 hours"));
    box->setObjectName(QStringLiteral("roomHistory"));
    auto* layout = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    m_chartMetric = new QComboBox(box);
    m_chartMetric->setObjectName(QStringLiteral("chartMetric"));
    m_chartMetric->setAccessibleName(tr("Metric shown in the chart"));
    for (Metric metric : {Metric::Temperature, Metric::Co2, Metric::Humidity, Metric::Illuminance, Metric::People,
                          Metric::Occupancy, Metric::Noise, Metric::Voc, Metric::Pm25})
        m_chartMetric->addItem(metricDisplayName(metric), int(metric));
    auto* label = new QLabel(tr("&Chart:"), box);
    label->setBuddy(m_chartMetric);
    row->addWidget(label);
    row->addWidget(m_chartMetric, 1);
    layout->addLayout(row);
    m_chart = new RoomHistoryChart(m_rollups, m_clock, m_site.timeZone, box);
    layout->addWidget(m_chart);
    connect(m_chartMetric, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->showRoom(m_roomId, chartMetric()); });
    m_sections << box;
    return box;
}

void RoomPanel::setBookingEnabled(bool enabled)
{
    m_bookingEnabled = enabled;
    m_book->setVisible(enabled && !m_roomId.isEmpty());
}

void RoomPanel::addSection(QWidget* section)
{
    auto* layout = qobject_cast<QVBoxLayout*>(m_summary->parentWidget()->layout());
    if (!layout || m_sections.isEmpty())
        return;
    layout->insertWidget(layout->indexOf(m_sections.front()), section);
}

void RoomPanel::setRoom(const QString& roomId)
{
    m_roomId = roomId;
    Q_EMIT roomChanged(roomId);
    const Room* room = m_site.room(roomId);
    for (QGroupBox* box : std::as_const(m_sections))
        box->setVisible(room != nullptr);
    m_kind->setVisible(room != nullptr);
    m_book->setVisible(room != nullptr && m_bookingEnabled);
    if (!room) {
        m_roomId.clear();
        m_name->setText(tr("No room selected"));
        m_summary->setText(tr("Click a room on the plan, or move to it with the arrow keys, to see its readings."));
        m_summary->setAccessibleName(m_summary->text());
        setAccessibleDescription(m_summary->text());
        return;
    }
    m_name->setText(room->name);
    //: room type and capacity, e.g. "Meeting room · 6 seats"
    m_kind->setText(tr("%1 · %2 seats").arg(roomTypeDisplayName(room->type)).arg(room->capacity));
    m_kind->setAccessibleName(m_kind->text());
    auto yesNo = [](bool b) { return b ? tr("Yes") : tr("No"); };
    m_light->setText(yesNo(room->naturalLight));
    m_windows->setText(room->windowOrientation.isEmpty()
                           ? tr("None")
                           : tr("Facing %1").arg(orientationWords(room->windowOrientation)));
    m_furniture->setText(yesNo(room->ergonomicFurniture));
    m_screen->setText(yesNo(room->screen));
    m_features->setText(room->features.isEmpty() ? tr("None listed") : room->features.join(QStringLiteral(", ")));
    for (QLabel* l : {m_light, m_windows, m_furniture, m_screen, m_features})
        l->setAccessibleDescription(l->text());
    refreshReadings();
    m_chart->showRoom(m_roomId, chartMetric());
}

void RoomPanel::setChartMetric(Metric metric)
{
    const int index = m_chartMetric->findData(int(metric));
    if (index >= 0)
        m_chartMetric->setCurrentIndex(index);
}

Metric RoomPanel::chartMetric() const
{
    return Metric(m_chartMetric->currentData().toInt());
}

QString RoomPanel::summary() const
{
    return m_summary->text();
}

void RoomPanel::onLiveUpdated(const QSet<QString>& roomIds)
{
    if (!m_roomId.isEmpty() && roomIds.contains(m_roomId))
        refreshReadings();
}

void RoomPanel::refreshReadings()
{
    const Room* room = m_site.room(m_roomId);
    if (!room)
        return;
    const qint64 now = m_clock.nowMs();
    QStringList spoken;
    bool any = false;
    const bool counted = roomHasFreshCount(m_live, m_roomId);
    for (Metric metric : displayedMetrics()) {
        const ReadingRow r = m_rows.value(int(metric));
        const auto value = m_live.value(m_roomId, metric);
        r.name->setVisible(value.has_value());
        r.value->setVisible(value.has_value());
        r.age->setVisible(value.has_value());
        if (!value)
            continue;
        any = true;
        const bool stale = m_live.freshness(m_roomId, metric) == LiveState::Freshness::Stale;
        const QString text = formatRoomValue(metric, value->value, room->capacity, counted);
        const QString age = formatAge(now - value->receivedMs);
        r.value->setText(text);
        //: e.g. "2 min ago · stale: sensor silent"
        r.age->setText(stale ? tr("%1 · stale: sensor silent").arg(age) : age);
        r.age->setStyleSheet(stale ? QStringLiteral("color: #a04000;") : QString());
        r.value->setAccessibleName(tr("%1: %2, %3").arg(metricDisplayName(metric), text, r.age->text()));
        r.age->setAccessibleName(tr("%1 updated %2").arg(metricDisplayName(metric), r.age->text()));
        if (!stale)
            spoken << (metric == Metric::Occupancy || metric == Metric::People
                           ? text
                           : tr("%1 %2").arg(metricDisplayName(metric), text));
    }
    m_noReadings->setVisible(!any);

    const ComfortAssessment comfort = assessComfort(comfortInputsFor(m_live, m_roomId, m_site.timeZone, now));
    if (comfort.category) {
        m_comfort->setText(tr("Comfort (EN 16798-1): category %1").arg(comfortCategoryLabel(*comfort.category)));
        m_comfortReasons->setText(comfort.reasons.join(QLatin1Char('\n')));
        spoken << tr("comfort category %1").arg(comfortCategoryLabel(*comfort.category));
    } else {
        m_comfort->setText(tr("Comfort (EN 16798-1): not enough fresh readings"));
        m_comfortReasons->setText(tr("Needs a current temperature, humidity or CO₂ reading."));
    }
    m_comfort->setAccessibleName(m_comfort->text());
    m_comfortReasons->setAccessibleName(m_comfortReasons->text());

    //: summary of a room for a quick look and for screen readers: name, type, capacity, readings
    QString summary =
        tr("%1, %2 for %3.").arg(room->name, roomTypeDisplayName(room->type).toLower()).arg(room->capacity);
    summary += QLatin1Char(' ');
    QString readings = spoken.join(QStringLiteral(", "));
    if (!readings.isEmpty())
        readings[0] = readings[0].toUpper();
    summary += readings.isEmpty() ? tr("No current readings.") : readings + QLatin1Char('.');
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    setAccessibleDescription(summary);
}

void RoomPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_ageTimer.start();
    m_chartTimer.start();
    refreshReadings();
}

void RoomPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_ageTimer.stop();
    m_chartTimer.stop();
}

} // namespace atrium
