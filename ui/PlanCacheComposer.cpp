// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCacheComposer.h"

#include <QBrush>
#include <QHash>
#include <QPainter>

#include <algorithm>

namespace atrium {

namespace {

inline int div255(int v)
{
    return (v + 128 + ((v + 128) >> 8)) >> 8; // v / 255 rounded, for 0 <= v <= 255 * 255
}

inline const QRgb* line(const QImage& image, int y)
{
    return reinterpret_cast<const QRgb*>(image.constScanLine(y));
}

inline QRgb* line(QImage& image, int y)
{
    return reinterpret_cast<QRgb*>(image.scanLine(y));
}

// The pixel as painted over an opaque `under`: x' = tint * a + (1 - a * alpha(tint)) * x.
inline void layerOver(int x[3], QRgb tint, int a)
{
    const int keep = 255 - div255(a * qAlpha(tint));
    const int c[3] = {qRed(tint), qGreen(tint), qBlue(tint)};
    for (int i = 0; i < 3; ++i)
        x[i] = std::min(255, div255(c[i] * a) + div255(x[i] * keep));
}

} // namespace

void PlanCacheComposer::clear()
{
    m_frame = QImage();
    m_base = nullptr;
    m_overlay = nullptr;
    m_layers.clear();
    m_shared.clear();
    m_sharedLayers.clear();
}

void PlanCacheComposer::reset(const QImage& base, const QImage& overlay, std::vector<Layer> layers)
{
    clear();
    m_base = &base;
    m_overlay = &overlay;
    m_frame = QImage(base.size(), QImage::Format_RGB32);
    m_frame.setDevicePixelRatio(base.devicePixelRatio());
    {
        QPainter p(&m_frame);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.drawImage(0, 0, base);
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        p.drawImage(0, 0, overlay);
    }
    const int w = m_frame.width();
    const int h = m_frame.height();

    // How many rooms cover each pixel: one (the fast path) or more.
    std::vector<quint8> count(size_t(w) * h, 0);
    auto forCovered = [&](const Layer& layer, auto&& visit) {
        const QImage& alpha = *layer.alpha;
        const int y0 = std::max(0, -layer.offset.y());
        const int y1 = std::min(alpha.height(), h - layer.offset.y());
        const int x0 = std::max(0, -layer.offset.x());
        const int x1 = std::min(alpha.width(), w - layer.offset.x());
        for (int y = y0; y < y1; ++y) {
            const QRgb* a = line(alpha, y);
            for (int x = x0; x < x1; ++x) {
                if (qAlpha(a[x]) > 0)
                    visit(x, y, qAlpha(a[x]));
            }
        }
    };
    for (const Layer& layer : layers)
        forCovered(layer, [&](int x, int y, int) {
            quint8& c = count[size_t(y + layer.offset.y()) * w + x + layer.offset.x()];
            c = quint8(std::min(2, c + 1));
        });

    QHash<int, int> sharedIndex; // frame pixel -> m_shared
    std::vector<std::vector<int>> sharedLayers;
    m_layers.resize(layers.size());
    for (size_t i = 0; i < layers.size(); ++i) {
        LayerState& s = m_layers[i];
        s.layer = layers[i];
        s.weights = QImage(s.layer.alpha->size(), QImage::Format_ARGB32);
        s.weights.fill(0);
        Run run{-1, 0, 0, false};
        forCovered(s.layer, [&](int x, int y, int a) {
            const int fx = x + s.layer.offset.x();
            const int fy = y + s.layer.offset.y();
            if (count[size_t(fy) * w + fx] > 1) {
                const int key = fy * w + fx;
                auto it = sharedIndex.find(key);
                if (it == sharedIndex.end()) {
                    it = sharedIndex.insert(key, int(m_shared.size()));
                    m_shared.push_back(SharedPixel{fx, fy, 0, 0});
                    sharedLayers.emplace_back();
                }
                sharedLayers[size_t(*it)].push_back(int(i));
                s.shared.push_back(*it);
                return;
            }
            const QRgb b = line(base, fy)[fx];
            const QRgb o = line(overlay, fy)[fx];
            const int under = 255 - qAlpha(o);
            const int keep = under * (255 - a); // / 255^2
            const int wgt = div255(under * a);
            // K + w <= 255 holds exactly (premultiplied O <= its alpha); clamping it against
            // rounding lets tint() add the tint's share without carrying into the next channel.
            auto k = [&](int oc, int bc) { return std::min(255 - wgt, oc + keep * bc / (255 * 255)); };
            const QRgb kw = qRgba(k(qRed(o), qRed(b)), k(qGreen(o), qGreen(b)), k(qBlue(o), qBlue(b)), wgt);
            line(s.weights, y)[x] = kw;
            // Most of a room is its bare floor: those runs are filled without reading weights.
            const bool plain = kw == 0xff000000u;
            if (run.y == y && run.x1 == x && run.plain == plain) {
                run.x1 = x + 1;
            } else {
                if (run.y >= 0)
                    s.runs.push_back(run);
                run = Run{y, x, x + 1, plain};
            }
        });
        if (run.y >= 0)
            s.runs.push_back(run);
    }
    for (size_t p = 0; p < m_shared.size(); ++p) {
        m_shared[p].firstLayer = int(m_sharedLayers.size());
        m_shared[p].layerCount = int(sharedLayers[p].size());
        m_sharedLayers.insert(m_sharedLayers.end(), sharedLayers[p].begin(), sharedLayers[p].end());
    }
}

QRgb PlanCacheComposer::tintAt(const LayerState& s, int lx, int ly) const
{
    return s.pattern.isNull() ? s.color : line(s.pattern, ly)[lx];
}

QRgb PlanCacheComposer::composeGeneric(int fx, int fy, const int* layers, int count) const
{
    const QRgb b = line(*m_base, fy)[fx];
    int x[3] = {qRed(b), qGreen(b), qBlue(b)};
    for (int i = 0; i < count; ++i) {
        const LayerState& s = m_layers[size_t(layers[i])];
        const int lx = fx - s.layer.offset.x();
        const int ly = fy - s.layer.offset.y();
        layerOver(x, tintAt(s, lx, ly), qAlpha(line(*s.layer.alpha, ly)[lx]));
    }
    const QRgb o = line(*m_overlay, fy)[fx];
    const int under = 255 - qAlpha(o);
    return qRgb(std::min(255, qRed(o) + div255(x[0] * under)), std::min(255, qGreen(o) + div255(x[1] * under)),
                std::min(255, qBlue(o) + div255(x[2] * under)));
}

void PlanCacheComposer::composeShared(const SharedPixel& pixel)
{
    line(m_frame, pixel.y)[pixel.x] =
        composeGeneric(pixel.x, pixel.y, m_sharedLayers.data() + pixel.firstLayer, pixel.layerCount);
}

void PlanCacheComposer::tint(int index, const QBrush& brush, const QPoint& brushOrigin)
{
    if (index < 0 || size_t(index) >= m_layers.size() || m_frame.isNull())
        return;
    LayerState& s = m_layers[size_t(index)];
    if (brush.style() == Qt::SolidPattern) {
        s.pattern = QImage();
        s.color = qPremultiply(brush.color().rgba());
        s.opaque = qAlpha(s.color) == 255;
    } else {
        if (s.pattern.size() != s.layer.alpha->size())
            s.pattern = QImage(s.layer.alpha->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&s.pattern);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.setBrushOrigin(brushOrigin);
        p.fillRect(s.pattern.rect(), brush);
        p.end();
        // QBrush::isOpaque() says no for any texture with an alpha channel, even when every
        // pixel is opaque (the hatch tiles): look at the pixels.
        s.opaque = true;
        for (int y = 0; y < s.pattern.height() && s.opaque; ++y) {
            const QRgb* px = reinterpret_cast<const QRgb*>(s.pattern.constScanLine(y));
            for (int x = 0; x < s.pattern.width(); ++x) {
                if (qAlpha(px[x]) != 255) {
                    s.opaque = false;
                    break;
                }
            }
        }
    }
    const QPoint off = s.layer.offset;
    uchar* frameBits = m_frame.bits();
    const qsizetype frameStride = m_frame.bytesPerLine();
    auto frameLine = [&](int y) { return reinterpret_cast<QRgb*>(frameBits + (y + off.y()) * frameStride) + off.x(); };
    const uchar* weightBits = s.weights.constBits();
    const qsizetype weightStride = s.weights.bytesPerLine();
    auto weightLine = [&](int y) { return reinterpret_cast<const QRgb*>(weightBits + y * weightStride); };
    if (s.opaque && s.pattern.isNull()) {
        // The fast path: frame = K + w * C, with w * C / 255 from a table of the 256 weights
        // (each channel stays <= 255, see reset(), so the three add without carries).
        quint32 share[256];
        const int c[3] = {qRed(s.color), qGreen(s.color), qBlue(s.color)};
        for (int w = 0; w < 256; ++w)
            share[w] = quint32((w * c[0] / 255) << 16 | (w * c[1] / 255) << 8 | (w * c[2] / 255));
        const QRgb plain = 0xff000000u | share[255];
        for (const Run& run : s.runs) {
            QRgb* out = frameLine(run.y) + run.x0;
            const int n = run.x1 - run.x0;
            if (run.plain) {
                std::fill_n(out, n, plain);
                continue;
            }
            const QRgb* kw = weightLine(run.y) + run.x0;
            for (int x = 0; x < n; ++x)
                out[x] = 0xff000000u | ((kw[x] & 0x00ffffffu) + share[kw[x] >> 24]);
        }
    } else if (s.opaque) {
        for (const Run& run : s.runs) {
            const QRgb* kw = weightLine(run.y) + run.x0;
            const QRgb* pat = reinterpret_cast<const QRgb*>(s.pattern.constScanLine(run.y)) + run.x0;
            QRgb* out = frameLine(run.y) + run.x0;
            const int n = run.x1 - run.x0;
            for (int x = 0; x < n; ++x) {
                const int w = int(kw[x] >> 24);
                out[x] = 0xff000000u |
                         ((kw[x] & 0x00ffffffu) + quint32((w * qRed(pat[x]) / 255) << 16 |
                                                          (w * qGreen(pat[x]) / 255) << 8 | (w * qBlue(pat[x]) / 255)));
            }
        }
    } else {
        const int self = index;
        for (const Run& run : s.runs) {
            QRgb* out = frameLine(run.y);
            for (int x = run.x0; x < run.x1; ++x)
                out[x] = composeGeneric(x + off.x(), run.y + off.y(), &self, 1);
        }
    }
    for (int p : s.shared)
        composeShared(m_shared[size_t(p)]);
}

} // namespace atrium
