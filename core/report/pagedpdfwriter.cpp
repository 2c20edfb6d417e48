// SPDX-License-Identifier: EUPL-1.2
#include "pagedpdfwriter.h"

#include "report/pagegeometry.h"
#include "report/reportfile.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace pactesur {

namespace {

constexpr int kResolution = 300; // dots per inch: fine text, moderate image sizes
constexpr qreal kTopMargin = 24; // millimetres: room for the header
constexpr qreal kBottomMargin = 22; // room for the footer
const QColor kRuleColour(0xc8, 0xcd, 0xd3);
const QColor kQuietColour(0x5f, 0x67, 0x70);

using pagegeometry::firstLine;
using pagegeometry::kSideMargin;
using pagegeometry::Page;

void drawHeader(QPainter &painter, const Page &page, const PagedPdfWriter::Decoration &decoration)
{
    const qreal left = kSideMargin * page.mm;
    const qreal width = page.size.width() - 2 * left;
    const qreal baseline = 13 * page.mm;
    QFont bold = page.font;
    bold.setBold(true);
    const qreal rightWidth
        = QFontMetricsF(bold, painter.device()).horizontalAdvance(decoration.headerRight);
    if (!decoration.headerRight.isEmpty()) {
        painter.setFont(bold);
        painter.setPen(decoration.headerRightColor);
        painter.drawText(QPointF(left + width - rightWidth, baseline), decoration.headerRight);
    }
    painter.setFont(page.font);
    painter.setPen(kQuietColour);
    const QString shown
        = QFontMetricsF(page.font, painter.device())
              .elidedText(decoration.headerLeft, Qt::ElideRight, width - rightWidth - 8 * page.mm);
    painter.drawText(QPointF(left, baseline), shown);
    painter.setPen(QPen(kRuleColour, 0.3 * page.mm));
    painter.drawLine(
        QPointF(left, baseline + 3 * page.mm), QPointF(left + width, baseline + 3 * page.mm));
}

void drawFooter(QPainter &painter, const Page &page, const PagedPdfWriter::Decoration &decoration,
    int number, int count)
{
    const qreal left = kSideMargin * page.mm;
    const qreal width = page.size.width() - 2 * left;
    const qreal rule = page.size.height() - 15 * page.mm;
    const qreal baseline = rule + 5 * page.mm;
    painter.setPen(QPen(kRuleColour, 0.3 * page.mm));
    painter.drawLine(QPointF(left, rule), QPointF(left + width, rule));
    painter.setFont(page.font);
    painter.setPen(kQuietColour);
    const QString pages = PagedPdfWriter::tr("Page %1 of %2").arg(number).arg(count);
    const QFontMetricsF metrics(page.font, painter.device());
    const qreal pagesWidth = metrics.horizontalAdvance(pages);
    painter.drawText(QPointF(left + width - pagesWidth, baseline), pages);
    painter.drawText(QPointF(left, baseline),
        metrics.elidedText(
            decoration.footerLeft, Qt::ElideRight, width - pagesWidth - 8 * page.mm));
}

// A heading left alone at the foot of a page moves to the next one, with its text.
void keepHeadingsWithText(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        if (block.blockFormat().headingLevel() == 0 || !next.isValid())
            continue;
        const qreal top = firstLine(layout, block).top();
        const qreal firstLineBottom = firstLine(layout, next).bottom();
        if (int(top / pageHeight) != int(firstLineBottom / pageHeight)) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
    }
}

} // namespace

void PagedPdfWriter::setUpA4(QPdfWriter &writer, const QString &title)
{
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // Margins are the document's and the header's business: the device is the paper.
    writer.setPageMargins(QMarginsF());
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Pactesur"));
}

Status PagedPdfWriter::write(
    QTextDocument &document, const QString &path, const Decoration &decoration)
{
    return ReportFile::write(path, [&](QIODevice &device) {
        QPdfWriter writer(&device);
        setUpA4(writer, decoration.title);
        return paint(document, writer, decoration);
    });
}

bool PagedPdfWriter::paint(
    QTextDocument &document, QPagedPaintDevice &device, const Decoration &decoration)
{
    Page page = pagegeometry::pageOf(device);
    page.font = document.defaultFont();
    page.font.setPointSizeF(7.5);

    pagegeometry::layOut(document, device, page, kTopMargin, kBottomMargin);
    keepHeadingsWithText(document);
    const int count = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    for (int index = 0; index < count; ++index) {
        if (index > 0 && !device.newPage())
            return false;
        drawHeader(painter, page, decoration);
        drawFooter(painter, page, decoration, index + 1, count);
        painter.save();
        const QRectF slice(0, index * page.size.height(), page.size.width(), page.size.height());
        painter.translate(0, -slice.top());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return painter.end();
}

} // namespace pactesur
