// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/SvgScan.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSizeF>
#include <QTransform>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <vector>

namespace atrium {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::FloorPlan", text);
}

QStringView localName(QStringView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(u':');
    return colon < 0 ? qualified : qualified.mid(colon + 1);
}

// An SVG length in user units; CSS units at 96 px per inch, percentages of `reference`.
double parseLength(QStringView text, double reference, double fallback)
{
    const QString s = text.trimmed().toString();
    if (s.isEmpty())
        return fallback;
    static const QRegularExpression re(QStringLiteral("^([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-z%]*)$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return fallback;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (unit.isEmpty() || unit == u"px")
        return v;
    if (unit == u"%")
        return v * reference / 100.0;
    if (unit == u"mm")
        return v * 96.0 / 25.4;
    if (unit == u"cm")
        return v * 96.0 / 2.54;
    if (unit == u"in")
        return v * 96.0;
    if (unit == u"pt")
        return v * 96.0 / 72.0;
    if (unit == u"pc")
        return v * 16.0;
    return v; // em/ex without a font context: treat as user units rather than refuse the plan
}

// x y width height, separated by spaces and/or commas; empty when absent or malformed.
std::vector<double> parseViewBox(QStringView text)
{
    static const QRegularExpression sep(QStringLiteral("[\\s,]+"));
    const QStringList parts = text.trimmed().toString().split(sep, Qt::SkipEmptyParts);
    std::vector<double> values;
    for (const QString& part : parts) {
        bool ok = false;
        values.push_back(part.toDouble(&ok));
        if (!ok)
            return {};
    }
    if (values.size() != 4 || values[2] <= 0 || values[3] <= 0)
        return {};
    return values;
}

struct Viewport
{
    QSizeF size;
};

// The transform from a nested <svg>'s content to its parent's user space, and the size of the
// coordinate system its children see (for their percentages).
QTransform nestedViewportTransform(const QXmlStreamAttributes& attributes, QSizeF parent, QSizeF* childViewport)
{
    const double x = parseLength(attributes.value(QLatin1String("x")), parent.width(), 0.0);
    const double y = parseLength(attributes.value(QLatin1String("y")), parent.height(), 0.0);
    const double w = parseLength(attributes.value(QLatin1String("width")), parent.width(), parent.width());
    const double h = parseLength(attributes.value(QLatin1String("height")), parent.height(), parent.height());
    QTransform t = QTransform::fromTranslate(x, y);
    const std::vector<double> vb = parseViewBox(attributes.value(QLatin1String("viewBox")));
    if (vb.empty()) {
        *childViewport = QSizeF(w, h);
        return t;
    }
    *childViewport = QSizeF(vb[2], vb[3]);
    double sx = w / vb[2];
    double sy = h / vb[3];
    const QString par = attributes.value(QLatin1String("preserveAspectRatio")).trimmed().toString();
    const QString align = par.section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (align != u"none") {
        const bool slice = par.contains(QLatin1String("slice"));
        const double s = slice ? std::max(sx, sy) : std::min(sx, sy);
        sx = sy = s;
    }
    double tx = -vb[0] * sx;
    double ty = -vb[1] * sy;
    const QString a = align.isEmpty() ? QStringLiteral("xMidYMid") : align;
    if (a.contains(QLatin1String("xMid")))
        tx += (w - vb[2] * sx) / 2.0;
    else if (a.contains(QLatin1String("xMax")))
        tx += w - vb[2] * sx;
    if (a.contains(QLatin1String("YMid")))
        ty += (h - vb[3] * sy) / 2.0;
    else if (a.contains(QLatin1String("YMax")))
        ty += h - vb[3] * sy;
    // Qt composes left to right: content point * viewBox mapping * viewport position.
    return QTransform(sx, 0, 0, sy, tx, ty) * t;
}

QSizeF rootViewport(const QXmlStreamAttributes& attributes)
{
    const std::vector<double> vb = parseViewBox(attributes.value(QLatin1String("viewBox")));
    if (!vb.empty())
        return QSizeF(vb[2], vb[3]);
    return QSizeF(parseLength(attributes.value(QLatin1String("width")), 100.0, 100.0),
                  parseLength(attributes.value(QLatin1String("height")), 100.0, 100.0));
}

QByteArray flattenNestedSvg(const QByteArray& data)
{
    QXmlStreamReader in(data);
    // Without namespace processing, prefixes and xmlns attributes are copied as written.
    in.setNamespaceProcessing(false);
    QByteArray out;
    QXmlStreamWriter w(&out);
    std::vector<QSizeF> viewports;
    std::vector<bool> openIsSvg;
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement()) {
            const bool isSvg = localName(in.qualifiedName()) == u"svg";
            if (isSvg && viewports.empty()) {
                viewports.push_back(rootViewport(in.attributes()));
                w.writeCurrentToken(in);
            } else if (isSvg) {
                QSizeF inner;
                const QTransform m = nestedViewportTransform(in.attributes(), viewports.back(), &inner);
                viewports.push_back(inner);
                const QString prefix = in.qualifiedName().toString().section(u':', 0, -2);
                w.writeStartElement(prefix.isEmpty() ? QStringLiteral("g") : prefix + QStringLiteral(":g"));
                QString transform = QStringLiteral("matrix(%1,%2,%3,%4,%5,%6)")
                                        .arg(m.m11(), 0, 'g', 12)
                                        .arg(m.m12(), 0, 'g', 12)
                                        .arg(m.m21(), 0, 'g', 12)
                                        .arg(m.m22(), 0, 'g', 12)
                                        .arg(m.dx(), 0, 'g', 12)
                                        .arg(m.dy(), 0, 'g', 12);
                static const QStringList kViewportAttributes = {
                    QStringLiteral("x"),       QStringLiteral("y"),          QStringLiteral("width"),
                    QStringLiteral("height"),  QStringLiteral("viewBox"),    QStringLiteral("preserveAspectRatio"),
                    QStringLiteral("version"), QStringLiteral("baseProfile")};
                for (const QXmlStreamAttribute& attribute : in.attributes()) {
                    const QString name = attribute.qualifiedName().toString();
                    if (name == u"transform")
                        transform = attribute.value().toString() + u' ' + transform; // SVG 2: outside the viewport
                    else if (!kViewportAttributes.contains(name))
                        w.writeAttribute(name, attribute.value().toString());
                }
                w.writeAttribute(QStringLiteral("transform"), transform);
            } else {
                w.writeCurrentToken(in);
            }
            openIsSvg.push_back(isSvg);
        } else if (in.isEndElement()) {
            if (!openIsSvg.empty()) {
                if (openIsSvg.back())
                    viewports.pop_back();
                openIsSvg.pop_back();
            }
            w.writeCurrentToken(in);
        } else {
            w.writeCurrentToken(in);
        }
    }
    return out;
}

} // namespace

Result<SvgScan> SvgScan::read(const QByteArray& data, const QString& fileName)
{
    SvgScan scan;
    QXmlStreamReader xml(data);
    bool rootSeen = false;
    // The reader's line is where a token ends; an Inkscape tag spans many lines, and people look
    // for the line where it opens: the last '<' before the token's end ('<' cannot appear
    // unescaped inside attribute values). A forward-only cursor keeps the newline count linear.
    const QString text = QString::fromUtf8(data);
    qsizetype cursor = 0;
    int cursorLine = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const qsizetype tagStart = std::max(cursor, text.lastIndexOf(u'<', qsizetype(xml.characterOffset()) - 1));
        for (; cursor < tagStart; ++cursor) {
            if (text.at(cursor) == u'\n')
                ++cursorLine;
        }
        const int line = cursorLine;
        if (!rootSeen) {
            rootSeen = true;
            if (xml.name() != u"svg") {
                return Result<SvgScan>::failure(tr("%1 line %2: the root element is <%3>, not <svg>: this is not an "
                                                   "SVG drawing")
                                                    .arg(fileName)
                                                    .arg(line)
                                                    .arg(xml.qualifiedName().toString()));
            }
        } else if (xml.name() == u"svg") {
            ++scan.nestedSvgCount;
        }
        const QString id = xml.attributes().value(QLatin1String("id")).toString();
        if (!id.isEmpty() && !scan.idLines.contains(id)) {
            scan.ids.append(id);
            scan.idLines.insert(id, line);
        }
    }
    if (xml.hasError()) {
        return Result<SvgScan>::failure(tr("%1 line %2, column %3: %4")
                                            .arg(fileName)
                                            .arg(xml.lineNumber())
                                            .arg(xml.columnNumber())
                                            .arg(xml.errorString()));
    }
    if (!rootSeen)
        return Result<SvgScan>::failure(tr("%1: the file holds no XML element").arg(fileName));
    scan.renderable = scan.nestedSvgCount > 0 ? flattenNestedSvg(data) : data;
    return scan;
}

} // namespace atrium
