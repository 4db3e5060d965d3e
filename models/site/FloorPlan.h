// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QSvgRenderer;

namespace atrium {

// An SVG floor plan as people already have them (Inkscape, CAD exports, hand-written),
// rendered and measured with QtSvg. Rooms are elements found by id; their geometry is in
// document (viewBox) coordinates with every parent transform applied.
class FloorPlan
{
public:
    // Refuses a file that is not well-formed XML or not SVG (error names the line), and a plan
    // that lacks any of `requiredElementIds` (error names the missing ids).
    static Result<std::shared_ptr<FloorPlan>> load(const QString& path, const QStringList& requiredElementIds = {});

    ~FloorPlan();

    QString path() const;
    QRectF viewBox() const;
    bool hasElement(const QString& id) const;
    QRectF elementBounds(const QString& id) const; // document coordinates; null when absent
    QStringList elementIds() const;                // every id in the file, in document order
    int elementLine(const QString& id) const;      // 1-based line where the element opens; 0 when absent

    QSvgRenderer* renderer() const; // owned by the plan; GUI thread only

private:
    FloorPlan();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atrium
