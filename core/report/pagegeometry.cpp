// SPDX-License-Identifier: EUPL-1.2
#include "pagegeometry.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

namespace pactesur::pagegeometry {

namespace {

// QTextDocument measures margins in CSS pixels and scales them to the paint device.
constexpr qreal kCssPixelsPerMm = 96 / 25.4;

QRectF line(QAbstractTextDocumentLayout *layout, const QTextBlock &block, bool last)
{
    const QTextLayout *lines = block.layout();
    const qreal top = layout->blockBoundingRect(block).top();
    if (!lines || lines->lineCount() == 0)
        return QRectF(0, top, 0, 0);
    const QTextLine found = lines->lineAt(last ? lines->lineCount() - 1 : 0);
    return QRectF(0, top + found.y(), found.width(), found.height());
}

} // namespace

Page pageOf(const QPagedPaintDevice &device)
{
    Page page;
    page.size = QSizeF(device.width(), device.height());
    page.mm = device.logicalDpiY() / 25.4;
    return page;
}

void layOut(QTextDocument &document, QPagedPaintDevice &device, const Page &page, qreal topMargin,
    qreal bottomMargin)
{
    document.documentLayout()->setPaintDevice(&device);
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setLeftMargin(kSideMargin * kCssPixelsPerMm);
    frame.setRightMargin(kSideMargin * kCssPixelsPerMm);
    frame.setTopMargin(topMargin * kCssPixelsPerMm);
    frame.setBottomMargin(bottomMargin * kCssPixelsPerMm);
    document.rootFrame()->setFrameFormat(frame);
    document.setPageSize(page.size);
}

QRectF firstLine(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    return line(layout, block, false);
}

QRectF lastLine(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    return line(layout, block, true);
}

} // namespace pactesur::pagegeometry
