// SPDX-License-Identifier: EUPL-1.2
// What the two PDF writers (one document with a header and footer, and the booklet)
// share about laying a QTextDocument out on pages: the page in device units, the root
// frame's margins, and where a block's first and last lines fall.
#pragma once

#include <QFont>
#include <QRectF>
#include <QSizeF>

class QAbstractTextDocumentLayout;
class QPagedPaintDevice;
class QTextBlock;
class QTextDocument;

namespace pactesur::pagegeometry {

constexpr qreal kSideMargin = 20; // millimetres, on every report

struct Page
{
    QSizeF size; // device units
    qreal mm = 1; // device units per millimetre
    QFont font;
};

// The device's page, and its resolution.
Page pageOf(const QPagedPaintDevice &device);

// Lays `document` out on `device`'s pages of `page.size` with the side margin and the
// given top and bottom margins (millimetres), which hold on every page as in
// QTextDocument::print().
void layOut(QTextDocument &document, QPagedPaintDevice &device, const Page &page, qreal topMargin,
    qreal bottomMargin);

// Where the first (last) line of a block is. A line pushed to the next page keeps its
// block's position and moves down inside the block: the place comes from both.
QRectF firstLine(QAbstractTextDocumentLayout *layout, const QTextBlock &block);
QRectF lastLine(QAbstractTextDocumentLayout *layout, const QTextBlock &block);

} // namespace pactesur::pagegeometry
