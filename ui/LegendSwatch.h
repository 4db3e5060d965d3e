// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QWidget>

namespace atrium {

// One legend sample: a flat scale colour, or the hatched no-data / stale looks exactly as the
// floor plan draws them (same brushes, same clock mark).
class LegendSwatch : public QWidget
{
    Q_OBJECT
public:
    LegendSwatch(const QBrush& brush, bool staleMark, QWidget* parent = nullptr);
    QBrush brush() const { return m_brush; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QBrush m_brush;
    bool m_staleMark = false;
};

} // namespace atrium
