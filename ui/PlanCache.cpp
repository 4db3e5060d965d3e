// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCache.h"

#include "UiLogging.h"
#include "site/FloorPlan.h"

#include <QBrush>
#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <cmath>
#include <deque>

namespace atrium {

namespace {

constexpr int kCovered = 128;         // alpha at which a pixel counts as inside the room
constexpr double kTryEnclosed = 0.30; // below this coverage, look for an outline's interior
constexpr double kAlmostEmpty = 0.12; // below this after that, use the bounding box

inline QRgb* row(QImage& image, int y)
{
    return reinterpret_cast<QRgb*>(image.scanLine(y));
}

inline int alphaAtPixel(const QImage& image, int x, int y)
{
    return qAlpha(reinterpret_cast<const QRgb*>(image.constScanLine(y))[x]);
}

// Source-over of premultiplied pixels.
inline QRgb over(QRgb src, QRgb dst)
{
    const int inv = 255 - qAlpha(src);
    auto ch = [inv](int s, int d) { return s + (d * inv + 127) / 255; };
    return qRgba(ch(qRed(src), qRed(dst)), ch(qGreen(src), qGreen(dst)), ch(qBlue(src), qBlue(dst)),
                 ch(qAlpha(src), qAlpha(dst)));
}

// Stretches the alpha so a half-transparent fill still makes a full mask; returns the share
// of covered pixels.
double normaliseAlpha(QImage& image)
{
    int maxAlpha = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb* line = row(image, y);
        for (int x = 0; x < image.width(); ++x)
            maxAlpha = qMax(maxAlpha, qAlpha(line[x]));
    }
    if (maxAlpha == 0)
        return 0.0;
    qint64 covered = 0;
    for (int y = 0; y < image.height(); ++y) {
        QRgb* line = row(image, y);
        for (int x = 0; x < image.width(); ++x) {
            const int a = qMin(255, qAlpha(line[x]) * 255 / maxAlpha);
            line[x] = qRgba(0, 0, 0, a);
            covered += a >= kCovered ? 1 : 0;
        }
    }
    return double(covered) / (qint64(image.width()) * image.height());
}

// An outline drawn without fill leaves its interior empty: everything not reachable from the
// image border through uncovered pixels (4-connected, so an antialiased diagonal stroke does
// not leak) is inside the room.
double fillEnclosed(QImage& image)
{
    const int w = image.width();
    const int h = image.height();
    std::vector<quint8> outside(size_t(w) * h, 0);
    std::deque<int> queue;
    auto seed = [&](int x, int y) {
        const int i = y * w + x;
        if (!outside[i] && alphaAtPixel(image, x, y) < kCovered) {
            outside[i] = 1;
            queue.push_back(i);
        }
    };
    for (int x = 0; x < w; ++x) {
        seed(x, 0);
        seed(x, h - 1);
    }
    for (int y = 0; y < h; ++y) {
        seed(0, y);
        seed(w - 1, y);
    }
    while (!queue.empty()) {
        const int i = queue.front();
        queue.pop_front();
        const int x = i % w;
        const int y = i / w;
        if (x > 0)
            seed(x - 1, y);
        if (x + 1 < w)
            seed(x + 1, y);
        if (y > 0)
            seed(x, y - 1);
        if (y + 1 < h)
            seed(x, y + 1);
    }
    qint64 covered = 0;
    for (int y = 0; y < h; ++y) {
        QRgb* line = row(image, y);
        for (int x = 0; x < w; ++x) {
            if (!outside[size_t(y) * w + x])
                line[x] = qRgba(0, 0, 0, 255);
            covered += qAlpha(line[x]) >= kCovered ? 1 : 0;
        }
    }
    return double(covered) / (qint64(w) * h);
}

// Distance in pixels (4-connected) from each covered pixel to the nearest uncovered one or
// the image border, capped at `cap`; 0 outside.
std::vector<quint8> insideDistance(const QImage& image, int cap)
{
    const int w = image.width();
    const int h = image.height();
    constexpr quint8 kUnset = 255;
    std::vector<quint8> dist(size_t(w) * h, 0);
    for (int y = 0; y < h; ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        quint8* d = dist.data() + size_t(y) * w;
        for (int x = 0; x < w; ++x)
            d[x] = qAlpha(line[x]) >= kCovered ? kUnset : 0;
    }
    // Peel one ring per pass; a pixel peeled in this pass (value k) must not count as the
    // previous ring for its neighbours, hence the comparison with k - 1.
    for (int k = 1; k <= cap; ++k) {
        const quint8 prev = quint8(k - 1);
        for (int y = 0; y < h; ++y) {
            quint8* d = dist.data() + size_t(y) * w;
            const quint8* up = y > 0 ? d - w : nullptr;
            const quint8* down = y + 1 < h ? d + w : nullptr;
            for (int x = 0; x < w; ++x) {
                if (d[x] != kUnset)
                    continue;
                const bool edge = k == 1 && (x == 0 || y == 0 || x + 1 == w || y + 1 == h);
                if (edge || (x > 0 && d[x - 1] == prev) || (x + 1 < w && d[x + 1] == prev) || (up && up[x] == prev) ||
                    (down && down[x] == prev))
                    d[x] = quint8(k);
            }
        }
    }
    for (quint8& d : dist) {
        if (d == kUnset)
            d = quint8(cap + 1);
    }
    return dist;
}

} // namespace

void PlanCache::setPlan(std::shared_ptr<FloorPlan> plan, std::vector<RoomEntry> rooms)
{
    m_plan = std::move(plan);
    // A plan that carries its own labels keeps them (they are lifted above the fills); only
    // plans without any text get the site file's room names drawn in.
    m_planHasText = false;
    if (m_plan) {
        QFile file(m_plan->path());
        m_planHasText = file.open(QIODevice::ReadOnly) && file.readAll().contains("<text");
    }
    m_rooms = std::move(rooms);
    m_valid = false;
}

QRect PlanCache::canvasRect(qreal scale) const
{
    if (!m_plan)
        return {};
    const QRectF vb = m_plan->viewBox();
    return QRect(0, 0, int(std::ceil(vb.width() * scale)), int(std::ceil(vb.height() * scale)));
}

void PlanCache::rebuild(qreal scale, const QRect& region, qreal devicePixelRatio, const QFont& labelFont)
{
    m_scale = scale;
    m_region = region;
    m_dpr = devicePixelRatio;
    m_composer.clear();
    m_masks.clear();
    m_maskIndex.clear();
    m_valid = true;
    if (!m_plan || region.isEmpty()) {
        m_base = QImage();
        m_overlay = QImage();
        return;
    }
    const QSize deviceSize = (QSizeF(region.size()) * m_dpr).toSize();
    m_base = QImage(deviceSize, QImage::Format_ARGB32_Premultiplied);
    m_base.setDevicePixelRatio(m_dpr);
    m_base.fill(Qt::white);
    {
        QPainter p(&m_base);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(-region.topLeft());
        m_plan->renderer()->render(&p, QRectF(QPointF(0, 0), m_plan->viewBox().size() * scale));
    }
    m_overlay = QImage(deviceSize, QImage::Format_ARGB32_Premultiplied);
    m_overlay.setDevicePixelRatio(m_dpr);
    m_overlay.fill(Qt::transparent);

    m_masks.reserve(m_rooms.size());
    for (const RoomEntry& room : m_rooms) {
        Mask mask;
        mask.roomId = room.roomId;
        buildMask(mask, room);
        if (mask.alpha.isNull())
            continue;
        liftInk(mask);
        drawOutlineAndLabel(mask, room, labelFont);
        m_maskIndex.insert(room.roomId, int(m_masks.size()));
        m_masks.push_back(std::move(mask));
    }
    std::vector<PlanCacheComposer::Layer> layers;
    layers.reserve(m_masks.size());
    for (const Mask& mask : m_masks)
        layers.push_back({deviceOffset(mask), &mask.alpha});
    m_composer.reset(m_base, m_overlay, std::move(layers));
}

void PlanCache::buildMask(Mask& mask, const RoomEntry& room)
{
    const QRectF doc = m_plan->elementBounds(room.elementId);
    if (doc.isNull())
        return;
    const QRectF vb = m_plan->viewBox();
    mask.canvasBounds = QRectF((doc.topLeft() - vb.topLeft()) * m_scale, doc.size() * m_scale);
    mask.rect = mask.canvasBounds.toAlignedRect() & m_region;
    if (mask.rect.isEmpty())
        return;
    QImage image((QSizeF(mask.rect.size()) * m_dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_dpr);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(-mask.rect.topLeft());
        m_plan->renderer()->render(&p, room.elementId, mask.canvasBounds);
    }
    double coverage = normaliseAlpha(image);
    if (coverage > 0.0 && coverage < kTryEnclosed)
        coverage = fillEnclosed(image);
    if (coverage < kAlmostEmpty) {
        // Stroke-only open shapes, invisible hit areas, empty groups: the bounding box is the
        // best guess of the room's extent.
        qCDebug(lcUi) << "SVG element" << room.elementId << "covers" << coverage << "of its box; using the box";
        mask.boxFallback = true;
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(-mask.rect.topLeft());
        p.fillRect(mask.canvasBounds, Qt::black);
    }
    mask.alpha = std::move(image);

    const QPointF corner(mask.canvasBounds.right() - 14.0, mask.canvasBounds.bottom() - 14.0);
    if (mask.canvasBounds.width() > 48 && mask.canvasBounds.height() > 48 && alphaAt(mask, corner) >= kCovered) {
        mask.markCentre = corner;
    } else {
        mask.markCentre = mask.canvasBounds.center();
    }
}

QPoint PlanCache::deviceOffset(const Mask& mask) const
{
    return (QPointF(mask.rect.topLeft() - m_region.topLeft()) * m_dpr).toPoint();
}

void PlanCache::liftInk(const Mask& mask)
{
    const QPoint offset = deviceOffset(mask);
    // Mask pixels that fall inside the cached images (they always do unless rounding at a
    // fractional device pixel ratio pushes an edge out by one).
    const int x0 = qMax(0, -offset.x());
    const int y0 = qMax(0, -offset.y());
    const int x1 = qMin(mask.alpha.width(), m_base.width() - offset.x());
    const int y1 = qMin(mask.alpha.height(), m_base.height() - offset.y());
    auto maskLine = [&](int y) { return reinterpret_cast<const QRgb*>(mask.alpha.constScanLine(y)); };
    auto baseLine = [&](int y) {
        return reinterpret_cast<const QRgb*>(m_base.constScanLine(y + offset.y())) + offset.x();
    };

    // The room's own fill is the most common colour inside it (sampled on a 2 px grid).
    QHash<QRgb, int> counts;
    for (int y = y0; y < y1; y += 2) {
        const QRgb* m = maskLine(y);
        const QRgb* b = baseLine(y);
        for (int x = x0; x < x1; x += 2) {
            if (qAlpha(m[x]) >= kCovered)
                ++counts[b[x]];
        }
    }
    QRgb fill = qRgb(255, 255, 255);
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            fill = it.key();
        }
    }
    // Everything else is "ink" drawn over the room: remove the fill colour from each pixel
    // with the least alpha that explains it (colour-to-alpha), so a grey furniture line becomes
    // a translucent dark line that darkens whatever tint the room gets, and the room's plain
    // floor becomes fully transparent.
    const int f[3] = {qRed(fill), qGreen(fill), qBlue(fill)};
    for (int y = y0; y < y1; ++y) {
        const QRgb* m = maskLine(y);
        const QRgb* b = baseLine(y);
        QRgb* out = row(m_overlay, y + offset.y()) + offset.x();
        for (int x = x0; x < x1; ++x) {
            if (b[x] == fill || qAlpha(m[x]) == 0)
                continue;
            const int c[3] = {qRed(b[x]), qGreen(b[x]), qBlue(b[x])};
            double a = 0.0;
            for (int i = 0; i < 3; ++i) {
                if (c[i] > f[i])
                    a = qMax(a, double(c[i] - f[i]) / (255 - f[i]));
                else if (c[i] < f[i])
                    a = qMax(a, double(f[i] - c[i]) / f[i]);
            }
            if (a < 2.0 / 255.0)
                continue;
            int premultiplied[3];
            for (int i = 0; i < 3; ++i) {
                const double ink = qBound(0.0, (c[i] - f[i]) / a + f[i], 255.0);
                premultiplied[i] = int(std::lround(ink * a));
            }
            out[x] = qRgba(premultiplied[0], premultiplied[1], premultiplied[2], int(std::lround(a * 255.0)));
        }
    }
}

void PlanCache::drawOutlineAndLabel(const Mask& mask, const RoomEntry& room, const QFont& font)
{
    // A 1-device-pixel outline along the room's edge: the opaque fill covers the plan's own
    // walls, so the room's shape has to be redrawn on top.
    const std::vector<quint8> dist = insideDistance(mask.alpha, 1);
    const QPoint offset = deviceOffset(mask);
    const QRgb outline = qPremultiply(qRgba(40, 40, 40, 150));
    const int w = mask.alpha.width();
    for (int y = 0; y < mask.alpha.height(); ++y) {
        const int oy = y + offset.y();
        if (oy < 0 || oy >= m_overlay.height())
            continue;
        QRgb* line = row(m_overlay, oy);
        for (int x = 0; x < w; ++x) {
            const int ox = x + offset.x();
            if (ox >= 0 && ox < m_overlay.width() && dist[size_t(y) * w + x] == 1)
                line[ox] = over(outline, line[ox]);
        }
    }

    if (m_planHasText)
        return;
    const QFontMetricsF fm(font);
    const qreal avail = mask.canvasBounds.width() - 10.0;
    const QString text = fm.elidedText(room.name, Qt::ElideRight, avail);
    if (text.isEmpty() || (text != room.name && text.size() < 5) || mask.canvasBounds.height() < fm.height() + 8)
        return;
    const qreal width = fm.horizontalAdvance(text);
    auto fits = [&](const QRectF& r) {
        for (const QPointF& pt : {r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight(), r.center()}) {
            if (alphaAt(mask, pt) < kCovered)
                return false;
        }
        return true;
    };
    // Names sit at the top of the room, keeping its middle for the colour itself.
    QRectF box(mask.canvasBounds.center().x() - width / 2, mask.canvasBounds.top() + 5, width, fm.height());
    if (!fits(box)) {
        box.moveCenter(mask.canvasBounds.center());
        if (!fits(box))
            return;
    }
    QPainterPath path;
    path.addText(box.left(), box.top() + fm.ascent(), font, text);
    QPainter p(&m_overlay);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-m_region.topLeft());
    // Black text (the palettes keep >= 4.5:1 against black, see ColorScale.cpp); the light halo
    // keeps it readable on the hatching of no-data and stale rooms too.
    p.strokePath(path, QPen(QColor(255, 255, 255, 210), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.fillPath(path, Qt::black);
}

const PlanCache::Mask* PlanCache::mask(const QString& roomId) const
{
    const auto it = m_maskIndex.constFind(roomId);
    return it == m_maskIndex.cend() ? nullptr : &m_masks[size_t(*it)];
}

void PlanCache::tint(const QString& roomId, const QBrush& brush)
{
    const auto it = m_maskIndex.constFind(roomId);
    if (it == m_maskIndex.cend())
        return;
    // Patterns are anchored to the canvas so hatching runs on across neighbouring rooms.
    const Mask& mask = m_masks[size_t(*it)];
    m_composer.tint(*it, brush, -((QPointF(mask.rect.topLeft()) * m_dpr).toPoint()));
}

QImage PlanCache::selectionRing(const QString& roomId) const
{
    const Mask* m = mask(roomId);
    if (!m)
        return {};
    const int dark = qMax(3, int(std::lround(3 * m_dpr)));
    const int light = dark + qMax(2, int(std::lround(2 * m_dpr)));
    const std::vector<quint8> dist = insideDistance(m->alpha, light);
    QImage ring(m->alpha.size(), QImage::Format_ARGB32_Premultiplied);
    ring.setDevicePixelRatio(m_dpr);
    ring.fill(Qt::transparent);
    const int w = ring.width();
    for (int y = 0; y < ring.height(); ++y) {
        QRgb* line = row(ring, y);
        for (int x = 0; x < w; ++x) {
            const int d = dist[size_t(y) * w + x];
            if (d >= 1 && d <= dark)
                line[x] = qRgba(0x10, 0x10, 0x10, 255);
            else if (d > dark && d <= light)
                line[x] = qRgba(255, 255, 255, 255);
        }
    }
    return ring;
}

int PlanCache::alphaAt(const Mask& mask, const QPointF& canvasPoint) const
{
    const int x = int(std::floor((canvasPoint.x() - mask.rect.x()) * m_dpr));
    const int y = int(std::floor((canvasPoint.y() - mask.rect.y()) * m_dpr));
    if (mask.alpha.isNull() || x < 0 || y < 0 || x >= mask.alpha.width() || y >= mask.alpha.height())
        return 0;
    return alphaAtPixel(mask.alpha, x, y);
}

QString PlanCache::roomAt(const QPointF& canvasPoint) const
{
    QString best;
    qint64 bestArea = 0;
    for (const Mask& m : m_masks) {
        if (!QRectF(m.rect).contains(canvasPoint) || alphaAt(m, canvasPoint) < kCovered)
            continue;
        const qint64 area = qint64(m.rect.width()) * m.rect.height();
        if (best.isEmpty() || area < bestArea) {
            best = m.roomId;
            bestArea = area;
        }
    }
    return best;
}

} // namespace atrium
