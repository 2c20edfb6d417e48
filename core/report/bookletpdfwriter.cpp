// SPDX-License-Identifier: EUPL-1.2
#include "bookletpdfwriter.h"

#include "report/pagedpdfwriter.h"
#include "report/pagegeometry.h"
#include "report/reportfile.h"
#include "report/reportstyle.h"
#include "report/safetextdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>

#include <map>

namespace pactesur {

namespace {

constexpr qreal kTopMargin = 26; // millimetres
constexpr qreal kBottomMargin = 24;
// Building again changes no page count in practice; this bounds a pathological document.
constexpr int kMaxBuilds = 4;

using pagegeometry::firstLine;
using pagegeometry::kSideMargin;
using pagegeometry::lastLine;
using pagegeometry::Page;

// A heading left alone at the foot of a page moves to the next one, with its text; so does
// a short paragraph (a note, a lead) that would be cut in two, with its heading if any.
void keepTogether(QTextDocument &document)
{
    constexpr int kShortParagraph = 4; // lines
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    auto pageOf = [&](qreal y) { return int(y / pageHeight); };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (QTextCursor(block).currentTable())
            continue; // a cell cannot start a page of its own
        const QTextBlock next = block.next();
        QTextBlock moved;
        if (block.blockFormat().headingLevel() > 0) {
            if (next.isValid()
                && pageOf(firstLine(layout, block).top())
                    != pageOf(firstLine(layout, next).bottom()))
                moved = block;
        } else if (block.layout() && block.layout()->lineCount() <= kShortParagraph
            && pageOf(firstLine(layout, block).top()) != pageOf(lastLine(layout, block).bottom())) {
            const QTextBlock previous = block.previous();
            moved = previous.isValid() && previous.blockFormat().headingLevel() > 0 ? previous
                                                                                    : block;
        }
        if (moved.isValid()) {
            QTextBlockFormat format = moved.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(moved).setBlockFormat(format);
        }
    }
}

void layOut(QTextDocument &document, QPagedPaintDevice &device, const Page &page)
{
    pagegeometry::layOut(document, device, page, kTopMargin, kBottomMargin);
    keepTogether(document);
}

// Where each named anchor of the document is, in layout units from the top of page one.
QHash<QString, qreal> anchorPositions(QTextDocument &document)
{
    QHash<QString, qreal> positions;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names)
                positions.insert(name, firstLine(layout, block).top());
        }
    }
    return positions;
}

BookletPdfWriter::AnchorPages pagesOf(
    const QHash<QString, qreal> &positions, qreal pageHeight, int firstPage)
{
    BookletPdfWriter::AnchorPages pages;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        pages.insert(it.key(), firstPage + int(it.value() / pageHeight));
    return pages;
}

// The running head of each page: the chapter that opens in the page's first third, else
// the one in force at its top.
QStringList runningHeads(const QHash<QString, qreal> &positions,
    const QHash<QString, QString> &chapters, qreal pageHeight, int pageCount)
{
    std::map<qreal, QString> opened;
    for (auto it = chapters.cbegin(); it != chapters.cend(); ++it) {
        if (const auto at = positions.constFind(it.key()); at != positions.constEnd())
            opened[*at] = it.value();
    }
    QStringList heads;
    QString inForce;
    auto next = opened.cbegin();
    for (int index = 0; index < pageCount; ++index) {
        const qreal top = index * pageHeight;
        const QString atTop = inForce;
        QString head;
        for (bool first = true; next != opened.cend() && next->first < top + pageHeight;
             ++next, first = false) {
            if (first && next->first < top + pageHeight / 3)
                head = next->second;
            inForce = next->second;
        }
        heads << (head.isEmpty() ? atTop : head);
    }
    return heads;
}

void drawHeader(QPainter &painter, const Page &page, const QString &left, const QString &right)
{
    const qreal x = kSideMargin * page.mm;
    const qreal width = page.size.width() - 2 * x;
    const qreal baseline = 14 * page.mm;
    QFont bold = page.font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold, painter.device());
    const QString shownRight = boldMetrics.elidedText(right, Qt::ElideRight, width / 2);
    const qreal rightWidth = boldMetrics.horizontalAdvance(shownRight);
    painter.setFont(bold);
    painter.setPen(ReportStyle::kAccent);
    painter.drawText(QPointF(x + width - rightWidth, baseline), shownRight);
    painter.setFont(page.font);
    painter.setPen(ReportStyle::kQuiet);
    painter.drawText(QPointF(x, baseline),
        QFontMetricsF(page.font, painter.device())
            .elidedText(left, Qt::ElideRight, width - rightWidth - 8 * page.mm));
    painter.setPen(QPen(ReportStyle::kRule, 0.3 * page.mm));
    painter.drawLine(
        QPointF(x, baseline + 3 * page.mm), QPointF(x + width, baseline + 3 * page.mm));
}

void drawFooter(QPainter &painter, const Page &page, const QString &left, const QString &right)
{
    const qreal x = kSideMargin * page.mm;
    const qreal width = page.size.width() - 2 * x;
    const qreal rule = page.size.height() - 16 * page.mm;
    const qreal baseline = rule + 5 * page.mm;
    painter.setPen(QPen(ReportStyle::kRule, 0.3 * page.mm));
    painter.drawLine(QPointF(x, rule), QPointF(x + width, rule));
    painter.setFont(page.font);
    painter.setPen(ReportStyle::kQuiet);
    const QFontMetricsF metrics(page.font, painter.device());
    const qreal rightWidth = metrics.horizontalAdvance(right);
    painter.drawText(QPointF(x + width - rightWidth, baseline), right);
    painter.drawText(QPointF(x, baseline),
        metrics.elidedText(left, Qt::ElideRight, width - rightWidth - 8 * page.mm));
}

} // namespace

Status BookletPdfWriter::write(
    const QString &path, const Decoration &decoration, const Build &build)
{
    return ReportFile::write(path, [&](QIODevice &device) {
        QPdfWriter writer(&device);
        PagedPdfWriter::setUpA4(writer, decoration.title);
        return paint(writer, decoration, build);
    });
}

bool BookletPdfWriter::paint(
    QPagedPaintDevice &device, const Decoration &decoration, const Build &build)
{
    Page page = pagegeometry::pageOf(device);
    const int firstPage = decoration.cover ? 2 : 1;

    SafeTextDocument document;
    AnchorPages pages;
    QHash<QString, qreal> positions;
    for (int round = 0; round < kMaxBuilds; ++round) {
        build(document, pages);
        layOut(document, device, page);
        positions = anchorPositions(document);
        const AnchorPages found = pagesOf(positions, page.size.height(), firstPage);
        if (!decoration.printsPageNumbers || found == pages)
            break;
        pages = found;
    }
    page.font = document.defaultFont();
    page.font.setPointSizeF(7.5);
    const int bodyPages = document.pageCount();
    const int count = bodyPages + firstPage - 1;
    const QStringList heads
        = runningHeads(positions, decoration.chapters, page.size.height(), bodyPages);

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    if (decoration.cover) {
        decoration.cover->paint(
            painter, QRectF(QPointF(0, 0), page.size), page.mm, document.defaultFont());
    }
    for (int index = 0; index < bodyPages; ++index) {
        const int number = firstPage + index;
        if (number > 1 && !device.newPage())
            return false;
        drawHeader(painter, page, decoration.headerLeft, heads.value(index));
        drawFooter(painter, page, decoration.footerLeft,
            decoration.pageLabel ? decoration.pageLabel(number, count) : QString::number(number));
        painter.save();
        const QRectF slice(0, index * page.size.height(), page.size.width(), page.size.height());
        painter.translate(0, -slice.top());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, ReportStyle::kText);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (decoration.pageDrawn && !decoration.pageDrawn(number, count)) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

} // namespace pactesur
