// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FloorPage.h"

#include "FloorPlanView.h"
#include "LegendWidget.h"
#include "RoomPanel.h"
#include "automation/OverrideBadgeLayer.h"
#include "automation/RoomAutomationSection.h"
#include "bookings/CheckInMonitor.h"
#include "site/Site.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace atrium {

FloorPage::FloorPage(const ConsoleContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("floorPage"));
    const Site& site = *m_context.site;

    m_floor = new QComboBox(this);
    m_floor->setObjectName(QStringLiteral("floorSelector"));
    m_floor->setAccessibleName(tr("Floor"));
    for (const Floor& floor : site.floors)
        m_floor->addItem(floor.name.isEmpty() ? floor.id : floor.name, floor.id);
    m_floorLabel = new QLabel(tr("Fl&oor:"), this);
    m_floorLabel->setBuddy(m_floor);
    // One floor needs no choice.
    m_floor->setVisible(site.floors.size() > 1);
    m_floorLabel->setVisible(site.floors.size() > 1);

    m_layer = new QComboBox(this);
    m_layer->setObjectName(QStringLiteral("layerSelector"));
    m_layer->setAccessibleName(tr("Colour rooms by"));
    for (Layer layer : kAllLayers)
        m_layer->addItem(layerDisplayName(layer), int(layer));
    auto* layerLabel = new QLabel(tr("Colour rooms &by:"), this);
    layerLabel->setBuddy(m_layer);

    m_fit = new QPushButton(tr("&Fit to window"), this);
    m_fit->setObjectName(QStringLiteral("fitButton"));
    m_fit->setToolTip(tr("Show the whole floor (F or Ctrl+0 on the plan)"));

    auto* hint =
        new QLabel(tr("Arrow keys: move between rooms · Enter: open · + / −: zoom · drag: move the plan"), this);
    hint->setObjectName(QStringLiteral("floorHint"));
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_floorLabel);
    bar->addWidget(m_floor);
    bar->addWidget(layerLabel);
    bar->addWidget(m_layer);
    bar->addWidget(m_fit);
    bar->addStretch(1);
    bar->addWidget(hint);

    m_view = new FloorPlanView(site, *m_context.live, *m_context.clock, this);
    m_legend = new LegendWidget(this);
    m_panel = new RoomPanel(site, *m_context.live, m_context.rollups, *m_context.clock, this);
    m_panel->setMinimumWidth(280);

    auto* planSide = new QWidget(this);
    auto* planLayout = new QVBoxLayout(planSide);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_view, 1);
    planLayout->addWidget(m_legend);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("floorSplitter"));
    m_splitter->addWidget(planSide);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_floor, m_layer);
    setTabOrder(m_layer, m_fit);
    setTabOrder(m_fit, m_view);
    setTabOrder(m_view, m_panel);

    connect(m_layer, &QComboBox::currentIndexChanged, this, &FloorPage::onLayerChosen);
    connect(m_floor, &QComboBox::currentIndexChanged, this, [this] { setFloor(m_floor->currentData().toString()); });
    connect(m_fit, &QPushButton::clicked, m_view, &FloorPlanView::fitToWindow);
    connect(m_view, &FloorPlanView::colorScaleChanged, this, &FloorPage::updateLegend);
    connect(m_view, &FloorPlanView::selectionChanged, m_panel, &RoomPanel::setRoom);
    connect(m_view, &FloorPlanView::roomActivated, this, [this](const QString& roomId) {
        m_panel->setRoom(roomId);
        // Opening a room brings the panel back if it was collapsed.
        const QList<int> sizes = m_splitter->sizes();
        if (sizes.value(1) == 0)
            m_splitter->setSizes({sizes.value(0) * 3 / 4, sizes.value(0) / 4});
    });

    m_panel->setBookingEnabled(m_context.bookings != nullptr);
    connect(m_panel, &RoomPanel::bookRequested, this, &FloorPage::bookRoomRequested);
    if (CheckInMonitor* monitor = m_context.checkIn) {
        m_view->setBookingStates(monitor->roomStates());
        connect(monitor, &CheckInMonitor::roomStatesChanged, m_view,
                [this, monitor] { m_view->setBookingStates(monitor->roomStates()); });
    }

    if (AutomationService* automation = m_context.automation) {
        // Overrides on the floor: a badge on the plan; why and "Override…" in the room panel.
        new OverrideBadgeLayer(*automation, m_view);
        auto* section = new RoomAutomationSection(*automation, m_context.operatorName, m_panel);
        m_panel->addSection(section);
        connect(m_panel, &RoomPanel::roomChanged, section, &RoomAutomationSection::setRoom);
    }

    if (!site.floors.empty())
        setFloor(site.floors.front().id);
    onLayerChosen();
}

void FloorPage::setFloor(const QString& floorId)
{
    const int index = m_floor->findData(floorId);
    if (index < 0)
        return;
    if (m_floor->currentIndex() != index)
        m_floor->setCurrentIndex(index); // comes back here through currentIndexChanged
    if (m_view->floorId() != floorId || floorId.isEmpty())
        m_view->setFloor(floorId, m_context.floorPlans.value(floorId));
}

QString FloorPage::floorId() const
{
    return m_view->floorId();
}

void FloorPage::setLayer(Layer layer)
{
    m_layer->setCurrentIndex(m_layer->findData(int(layer)));
}

Layer FloorPage::layer() const
{
    return m_view->layer();
}

void FloorPage::setPopularity(const QHash<QString, double>& shareByRoom)
{
    m_view->setPopularity(shareByRoom);
}

void FloorPage::onLayerChosen()
{
    const Layer layer = Layer(m_layer->currentData().toInt());
    m_view->setLayer(layer);
    // The chart follows the map: choosing CO₂ on the map shows CO₂ history for the room.
    if (const auto metric = layerMetric(layer))
        m_panel->setChartMetric(*metric);
    updateLegend();
}

void FloorPage::updateLegend()
{
    m_legend->setScale(m_view->colorScale(), layerDisplayName(m_view->layer()));
}

} // namespace atrium
