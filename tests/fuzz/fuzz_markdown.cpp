// SPDX-License-Identifier: EUPL-1.2
// The Markdown sanitiser and the sheet renderer on text from a package (DESIGN.md
// section 7): no crash, bounded time (libFuzzer's -timeout, the replay driver's limit),
// and no file opened. For the last, the document answers every resource request itself
// (a null answer would let Qt's image handler read the file the image names) and asks
// only for attachments; the sanitised content names no other image nor any link outside
// http, https and mailto; the HTML page embeds images as data: URIs and nothing else.
// Input: byte 0 picks the sheet's sensitivity and whether to paint the PDF too (slow, so
// one input in eight); then the title up to the first line break, then the Markdown.
#include "fuzzsupport.h"

#include "report/safetextdocument.h"
#include "report/sheetrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>

#include <cstdint>

using namespace pactesur;

namespace {

// The one image the fixture sheet holds; seeds show it as ![alt](attachment:<kImageSha>).
const QString kImageSha = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

QByteArray imageBytes()
{
    static const QByteArray bytes = [] {
        QImage image(4, 3, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    }();
    return bytes;
}

QByteArray loadAttachment(const QString &sha)
{
    return sha == kImageSha ? imageBytes() : QByteArray();
}

// Watches every resource the layout asks for.
class WatchedDocument : public SafeTextDocument
{
protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        const QVariant answer = SafeTextDocument::loadResource(type, name);
        FUZZ_CHECK(answer.isValid(), name.toString());
        if (type == ImageResource) {
            // Only attachments are left to ask for, and every answer is an image.
            FUZZ_CHECK(isAttachmentImage(name), name.toString());
            FUZZ_CHECK(!answer.value<QImage>().isNull(), name.toString());
        }
        return answer;
    }
};

void checkSanitised(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat()) {
                const QString name = format.toImageFormat().name();
                FUZZ_CHECK(SafeTextDocument::isAttachmentImage(QUrl(name)), name);
            }
            if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                FUZZ_CHECK(SafeTextDocument::isAllowedLink(QUrl(format.anchorHref())),
                    format.anchorHref());
            }
        }
    }
}

void checkDocument(const QString &markdown)
{
    WatchedDocument document;
    document.setAttachmentLoader(loadAttachment);
    document.setSafeMarkdown(markdown);
    checkSanitised(document);
    // Layout and painting ask for the images.
    document.setTextWidth(400);
    (void)document.documentLayout()->documentSize();
    QImage canvas(400, 300, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&canvas);
    document.drawContents(&painter, QRectF(0, 0, 400, 300));
    painter.end();
    // What the editor would store goes through the sanitiser again unchanged in kind.
    WatchedDocument again;
    again.setAttachmentLoader(loadAttachment);
    again.setSafeMarkdown(document.safeMarkdown());
    checkSanitised(again);
}

void checkPage(const QString &html)
{
    // Attributes inside tags only: the text of the page is escaped (an "<img src=" typed
    // in a section shows as text).
    static const QRegularExpression sources(
        QStringLiteral("<[^>]*\\bsrc\\s*=\\s*[\"']?([^\"' >]*)"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = sources.globalMatch(html); it.hasNext();) {
        const QString source = it.next().captured(1);
        FUZZ_CHECK(source.startsWith(QLatin1String("data:image/")), source);
    }
    static const QRegularExpression fileLinks(QStringLiteral("<[^>]*\\bhref\\s*=\\s*[\"']?file:"),
        QRegularExpression::CaseInsensitiveOption);
    FUZZ_CHECK(!html.contains(fileLinks));
}

void checkSheet(uint8_t flags, const QString &title, const QString &markdown)
{
    static const QStringList sensitivities
        = {QStringLiteral("public"), QStringLiteral("partners"), QStringLiteral("restricted")};
    SheetContent content;
    content.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    content.title = title;
    content.language = QStringLiteral("fr");
    content.sensitivity = sensitivities.at((flags & 0x7f) % sensitivities.size());
    content.facts = {{QStringLiteral("City"), title}};
    content.sections = {{QStringLiteral("summary"), QStringLiteral("Summary"), markdown}};
    content.attachments = {{kImageSha, QStringLiteral("plan.png"), QStringLiteral("image/png"), 90}};
    content.images.insert(kImageSha, imageBytes());
    content.printedOn = QDate(2026, 12, 7);
    const SheetRenderer renderer(content);
    checkPage(renderer.toHtml());
    if (flags & 0x80) {
        QByteArray pdf;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        FUZZ_CHECK(renderer.print(writer));
    }
}

} // namespace

// Fontconfig keeps its configuration, read on first use, where LeakSanitizer cannot see
// it: not a leak of ours.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication(true);
    // Fonts and image plugins load once, here, rather than inside the first input.
    checkSheet(0x80, QStringLiteral("warm-up"), QStringLiteral("![x](attachment:%1)").arg(kImageSha));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // A sheet section holds at most FieldCodec::kMaxTextLength characters; longer inputs
    // test nothing more and slow the fuzzer down.
    if (size > 64 * 1024)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype lineBreak = text.indexOf(QLatin1Char('\n'));
    const QString title = lineBreak < 0 ? QString() : text.left(lineBreak);
    const QString markdown = lineBreak < 0 ? text : text.mid(lineBreak + 1);
    checkDocument(markdown);
    checkSheet(data[0], title, markdown);
    return 0;
}
