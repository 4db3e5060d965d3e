// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleContext.h"
#include "analytics/Layer.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;

namespace atrium {

class FloorPlanView;
class LegendWidget;
class RoomPanel;

// The live floor: layer and floor selectors, the plan with its legend, and the selected
// room's panel beside it (in a splitter, so the plan can take the whole width).
class FloorPage : public QWidget
{
    Q_OBJECT
public:
    explicit FloorPage(const ConsoleContext& context, QWidget* parent = nullptr);

    void setLayer(Layer layer);
    Layer layer() const;
    void setFloor(const QString& floorId);
    QString floorId() const;
    void setPopularity(const QHash<QString, double>& shareByRoom);

    FloorPlanView* planView() const { return m_view; }
    LegendWidget* legend() const { return m_legend; }
    RoomPanel* roomPanel() const { return m_panel; }

Q_SIGNALS:
    // The room panel's "Book this room".
    void bookRoomRequested(const QString& roomId);

private:
    void onLayerChosen();
    void updateLegend();

    ConsoleContext m_context;
    QComboBox* m_floor = nullptr;
    QLabel* m_floorLabel = nullptr;
    QComboBox* m_layer = nullptr;
    QPushButton* m_fit = nullptr;
    FloorPlanView* m_view = nullptr;
    LegendWidget* m_legend = nullptr;
    RoomPanel* m_panel = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace atrium
