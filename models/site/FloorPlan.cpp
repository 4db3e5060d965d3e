// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/FloorPlan.h"

#include "site/SvgScan.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSvgRenderer>
#include <QTransform>

Q_LOGGING_CATEGORY(lcFloorPlan, "atrium.site")

namespace atrium {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::FloorPlan", text);
}

QString quotedList(const QStringList& ids)
{
    QStringList quoted;
    for (const QString& id : ids)
        quoted.append(u'\'' + id + u'\'');
    return quoted.join(QStringLiteral(", "));
}
} // namespace

struct FloorPlan::Private
{
    QString path;
    SvgScan scan;
    std::unique_ptr<QSvgRenderer> renderer;
};

FloorPlan::FloorPlan() : d(std::make_unique<Private>()) {}

FloorPlan::~FloorPlan() = default;

Result<std::shared_ptr<FloorPlan>> FloorPlan::load(const QString& path, const QStringList& requiredElementIds)
{
    using R = Result<std::shared_ptr<FloorPlan>>;
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("cannot open the floor plan %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    if (data.startsWith("\x1f\x8b"))
        return R::failure(tr("%1 is a compressed SVG (svgz): save it as plain SVG").arg(fileName));

    Result<SvgScan> scan = SvgScan::read(data, fileName);
    if (!scan)
        return R::failure(scan.error());

    std::shared_ptr<FloorPlan> plan(new FloorPlan());
    plan->d->path = QFileInfo(path).absoluteFilePath();
    plan->d->scan = std::move(scan).value();
    plan->d->renderer = std::make_unique<QSvgRenderer>();
    if (!plan->d->renderer->load(plan->d->scan.renderable) || !plan->d->renderer->isValid())
        return R::failure(
            tr("%1: Qt SVG cannot draw this file (see the log for the element it stopped at)").arg(fileName));
    if (plan->d->scan.nestedSvgCount > 0)
        qCDebug(lcFloorPlan) << fileName << "has" << plan->d->scan.nestedSvgCount << "nested <svg>, drawn as groups";

    QStringList absent;
    QStringList undrawable;
    for (const QString& id : requiredElementIds) {
        if (plan->hasElement(id))
            continue;
        if (plan->d->scan.idLines.contains(id))
            undrawable.append(tr("'%1' (line %2)").arg(id).arg(plan->d->scan.idLines.value(id)));
        else
            absent.append(id);
    }
    if (!absent.isEmpty()) {
        return R::failure(absent.size() == 1 ? tr("%1: no element has the id %2").arg(fileName, quotedList(absent))
                                             : tr("%1: no elements have the ids %2").arg(fileName, quotedList(absent)));
    }
    if (!undrawable.isEmpty()) {
        return R::failure(tr("%1: Qt SVG cannot draw the element %2 (definitions and metadata are not rooms)")
                              .arg(fileName, undrawable.join(QStringLiteral(", "))));
    }
    return plan;
}

QString FloorPlan::path() const
{
    return d->path;
}

QRectF FloorPlan::viewBox() const
{
    return d->renderer->viewBoxF();
}

bool FloorPlan::hasElement(const QString& id) const
{
    return !id.isEmpty() && d->renderer->elementExists(id);
}

QRectF FloorPlan::elementBounds(const QString& id) const
{
    if (!hasElement(id))
        return {};
    // boundsOnElement() includes the element's own transform (and its stroke); the parents'
    // transforms come from transformForElement(). The root viewBox-to-viewport scaling is in
    // neither, so the result is in document (viewBox) coordinates.
    return d->renderer->transformForElement(id).mapRect(d->renderer->boundsOnElement(id));
}

QStringList FloorPlan::elementIds() const
{
    return d->scan.ids;
}

int FloorPlan::elementLine(const QString& id) const
{
    return d->scan.idLines.value(id, 0);
}

QSvgRenderer* FloorPlan::renderer() const
{
    return d->renderer.get();
}

} // namespace atrium
