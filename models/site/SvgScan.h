// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace atrium {

// One streaming pass over an SVG file (QXmlStreamReader, no DOM): checks that it is
// well-formed XML with an <svg> root, collects every id with its line, and prepares the bytes
// QSvgRenderer gets. Qt 6.4 mishandles nested <svg> elements (their content loses the parent
// transforms and every id after the first one becomes unreachable), so a file that has them
// is rewritten with each nested <svg> turned into a <g> carrying its viewport transform
// (SVG 1.1 section 7.7: x/y translation, viewBox scaling, preserveAspectRatio alignment).
struct SvgScan
{
    QStringList ids;             // document order, first occurrence of each
    QHash<QString, int> idLines; // id -> 1-based line of the element
    int nestedSvgCount = 0;
    QByteArray renderable; // what to give QSvgRenderer: the file, or its flattened copy

    // `fileName` prefixes errors: "floor.svg line 12, column 4: ...".
    static Result<SvgScan> read(const QByteArray& data, const QString& fileName);
};

} // namespace atrium
