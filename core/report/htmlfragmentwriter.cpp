// SPDX-License-Identifier: EUPL-1.2
#include "htmlfragmentwriter.h"

#include "report/safetextdocument.h"

#include <QFont>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace pactesur {

namespace {

bool isOrdered(const QTextList *list)
{
    // Qt numbers its list styles downwards from ListDisc; every style below ListSquare
    // counts (decimal, letters, roman numerals).
    return list->format().style() < QTextListFormat::ListSquare;
}

QString wrap(const QString &tag, const QString &html)
{
    return QLatin1Char('<') + tag + QLatin1Char('>') + html + QLatin1String("</") + tag
        + QLatin1Char('>');
}

} // namespace

struct HtmlFragmentWriter::State
{
    struct OpenList
    {
        const QTextList *list;
        int indent;
        bool ordered;
    };
    QString out;
    QList<OpenList> lists; // each with its last <li> still open, innermost last
    int quoteLevel = 0;
    bool inCode = false;
};

HtmlFragmentWriter::HtmlFragmentWriter(const SafeTextDocument &document, ImageSource imageSource)
    : m_document(document)
    , m_imageSource(std::move(imageSource))
{ }

QString HtmlFragmentWriter::write() const
{
    State state;
    writeFrame(m_document.rootFrame(), state);
    closeAll(state);
    return state.out;
}

void HtmlFragmentWriter::writeFrame(const QTextFrame *frame, State &state) const
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (const QTextFrame *child = it.currentFrame()) {
            if (const auto *table = qobject_cast<const QTextTable *>(child))
                writeTable(table, state);
            else
                writeFrame(child, state);
        } else {
            writeBlock(it.currentBlock(), state);
        }
    }
}

void HtmlFragmentWriter::writeBlock(const QTextBlock &block, State &state) const
{
    const QTextBlockFormat format = block.blockFormat();
    const bool code = format.hasProperty(QTextFormat::BlockCodeFence)
        || format.hasProperty(QTextFormat::BlockCodeLanguage);
    const QTextList *list = block.textList();
    const int quoteLevel = format.intProperty(QTextFormat::BlockQuoteLevel);

    if (state.inCode && !code) {
        state.out += QLatin1String("</code></pre>\n");
        state.inCode = false;
    }
    if (quoteLevel != state.quoteLevel) {
        // Quotes and lists nest both ways in Markdown; closing the lists first keeps the
        // markup valid at the price of restarting a list around a quote.
        closeAll(state);
        for (; state.quoteLevel < quoteLevel; ++state.quoteLevel)
            state.out += QLatin1String("<blockquote>\n");
    }
    if (!list)
        closeLists(state, 0, nullptr);
    if (code) {
        state.out += state.inCode ? QStringLiteral("\n") : QStringLiteral("<pre><code>");
        state.out += block.text().toHtmlEscaped();
        state.inCode = true;
        return;
    }
    if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
        state.out += QLatin1String("<hr>\n");
        return;
    }
    const int heading = format.headingLevel();
    QString content = inlineHtml(block, heading > 0);
    if (list) {
        const int indent = list->format().indent();
        closeLists(state, indent, list);
        if (!state.lists.isEmpty() && state.lists.constLast().list == list) {
            state.out += QLatin1String("</li>\n<li>");
        } else {
            const bool ordered = isOrdered(list);
            // Qt 6.4 keeps no start number for ordered lists: they count from 1.
            state.out += ordered ? QLatin1String("<ol>\n<li>") : QLatin1String("<ul>\n<li>");
            state.lists.append({list, indent, ordered});
        }
        if (format.marker() == QTextBlockFormat::MarkerType::Checked)
            content.prepend(QStringLiteral("☑ "));
        else if (format.marker() == QTextBlockFormat::MarkerType::Unchecked)
            content.prepend(QStringLiteral("☐ "));
        state.out += content;
        return;
    }
    if (block.text().trimmed().isEmpty() && !content.contains(QLatin1String("<img")))
        return;
    if (heading > 0) {
        const QString tag = QStringLiteral("h%1").arg(qBound(1, heading + m_headingOffset, 6));
        state.out += wrap(tag, content) + QLatin1Char('\n');
    } else {
        state.out += wrap(QStringLiteral("p"), content) + QLatin1Char('\n');
    }
}

void HtmlFragmentWriter::writeTable(const QTextTable *table, State &state) const
{
    if (state.inCode) {
        state.out += QLatin1String("</code></pre>\n");
        state.inCode = false;
    }
    closeLists(state, 0, nullptr);
    state.out += QLatin1String("<table>\n");
    for (int row = 0; row < table->rows(); ++row) {
        state.out += QLatin1String("<tr>");
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue; // covered by a merged cell
            // The importer marks header cells by a bold cell format.
            const bool header = cell.format().fontWeight() > QFont::Medium;
            QStringList lines;
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                if (const QTextBlock block = it.currentBlock(); block.isValid())
                    lines << inlineHtml(block, header);
            }
            const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
            const QString span = cell.columnSpan() > 1
                ? QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan())
                : QString();
            state.out += QLatin1Char('<') + tag + span + QLatin1Char('>')
                + lines.join(QLatin1String("<br>")) + QLatin1String("</") + tag + QLatin1Char('>');
        }
        state.out += QLatin1String("</tr>\n");
    }
    state.out += QLatin1String("</table>\n");
}

void HtmlFragmentWriter::closeLists(State &state, int indent, const QTextList *keep) const
{
    while (!state.lists.isEmpty()) {
        const State::OpenList &open = state.lists.constLast();
        if (open.indent < indent || (open.indent == indent && open.list == keep))
            break;
        state.out
            += open.ordered ? QLatin1String("</li>\n</ol>\n") : QLatin1String("</li>\n</ul>\n");
        state.lists.removeLast();
    }
}

void HtmlFragmentWriter::closeAll(State &state) const
{
    if (state.inCode) {
        state.out += QLatin1String("</code></pre>\n");
        state.inCode = false;
    }
    closeLists(state, 0, nullptr);
    for (; state.quoteLevel > 0; --state.quoteLevel)
        state.out += QLatin1String("</blockquote>\n");
}

QString HtmlFragmentWriter::inlineHtml(const QTextBlock &block, bool plainWeight) const
{
    QString html;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        QString text;
        if (format.isImageFormat()) {
            const QTextImageFormat image = format.toImageFormat();
            for (int i = 0; i < fragment.length(); ++i)
                text += imageHtml(image.name(), image.stringProperty(QTextFormat::ImageAltText));
            html += text;
            continue;
        }
        text = fragment.text().toHtmlEscaped();
        text.replace(QChar::LineSeparator, QLatin1String("<br>"));
        if (format.fontFixedPitch())
            text = wrap(QStringLiteral("code"), text);
        if (format.fontStrikeOut())
            text = wrap(QStringLiteral("s"), text);
        if (format.fontItalic())
            text = wrap(QStringLiteral("em"), text);
        if (!plainWeight && format.fontWeight() > QFont::Medium)
            text = wrap(QStringLiteral("strong"), text);
        if (format.isAnchor()) {
            const QUrl url(format.anchorHref());
            if (SafeTextDocument::isAllowedLink(url)) {
                text = QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text);
            }
        } else if (format.fontUnderline()) {
            text = wrap(QStringLiteral("u"), text);
        }
        html += text;
    }
    return html;
}

QString HtmlFragmentWriter::imageHtml(const QString &name, const QString &alt) const
{
    const QUrl url(name);
    const QString source = SafeTextDocument::isAttachmentImage(url) && m_imageSource
        ? m_imageSource(name)
        : QString();
    if (source.isEmpty())
        return alt.toHtmlEscaped();
    QSize size = m_document.resource(QTextDocument::ImageResource, url).value<QImage>().size();
    if (m_maxImageWidth > 0 && size.width() > m_maxImageWidth)
        size = QSize(m_maxImageWidth, size.height() * m_maxImageWidth / size.width());
    const QString dimensions = size.isEmpty()
        ? QString()
        : QStringLiteral(" width=\"%1\" height=\"%2\"").arg(size.width()).arg(size.height());
    return QStringLiteral("<img src=\"%1\" alt=\"%2\"%3>")
        .arg(source.toHtmlEscaped(), alt.toHtmlEscaped(), dimensions);
}

} // namespace pactesur
