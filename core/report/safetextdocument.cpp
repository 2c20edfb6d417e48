// SPDX-License-Identifier: EUPL-1.2
#include "safetextdocument.h"

#include <QBuffer>
#include <QImageReader>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QUrl>

namespace pactesur {

namespace {

constexpr QTextDocument::MarkdownFeatures kFeatures {
    QTextDocument::MarkdownNoHTML | QTextDocument::MarkdownDialectGitHub};

// One change to the parsed content, applied once the walk is over (changing fragments
// while iterating over them would invalidate the iterators).
struct Edit
{
    int position = 0;
    int length = 0;
    QTextCharFormat format;
    bool replace = false; // the image characters become `text`
    QString text;
};

QTextCharFormat withoutImage(QTextCharFormat format)
{
    for (int property : {int(QTextFormat::ObjectType), int(QTextFormat::ImageName),
             int(QTextFormat::ImageTitle), int(QTextFormat::ImageAltText),
             int(QTextFormat::ImageWidth), int(QTextFormat::ImageHeight),
             int(QTextFormat::ImageQuality), int(QTextFormat::TextToolTip)})
        format.clearProperty(property);
    return format;
}

QTextCharFormat withoutAnchor(QTextCharFormat format)
{
    format.setAnchor(false);
    format.clearProperty(QTextFormat::AnchorHref);
    // The importer paints links in the link colour and gives them the title as tooltip.
    format.clearProperty(QTextFormat::ForegroundBrush);
    format.clearProperty(QTextFormat::TextToolTip);
    return format;
}

// A transparent pixel. Qt's image handler reads the file an image names whenever the
// document answers with no image, so a refused source must still get one.
QImage placeholderImage()
{
    QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

} // namespace

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{ }

void SafeTextDocument::setSafeMarkdown(const QString &markdown)
{
    // Parsed in a document without layout: a layout looks for every image as soon as it is
    // inserted (and reads the file it names when no resource answers), before the walk
    // below could drop it. Only the checked content reaches this document.
    QTextDocument parsed;
    parsed.setDefaultFont(defaultFont());
    parsed.setMarkdown(markdown, kFeatures);

    QList<Edit> edits;
    QHash<QUrl, QImage> images;
    for (QTextBlock block = parsed.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            bool changed = false;
            if (format.isAnchor() && !isAllowedLink(QUrl(format.anchorHref()))) {
                format = withoutAnchor(format);
                changed = true;
            }
            Edit edit;
            edit.position = fragment.position();
            edit.length = fragment.length();
            edit.format = format;
            if (format.isImageFormat()) {
                const QUrl url(format.toImageFormat().name());
                if (const QImage image = attachmentImage(url); !image.isNull()) {
                    images.insert(url, image);
                } else {
                    edit.format = withoutImage(format);
                    edit.replace = true;
                    // One character per image: adjacent images of one format share a
                    // fragment.
                    const QString alt = format.stringProperty(QTextFormat::ImageAltText);
                    edit.text
                        = QStringList(fragment.length(), alt).join(QLatin1Char(' ')).trimmed();
                    changed = true;
                }
            }
            if (changed)
                edits << edit;
        }
    }
    // Backwards, so that a replacement does not move the positions still to be edited.
    for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
        QTextCursor cursor(&parsed);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        if (it->replace)
            cursor.insertText(it->text, it->format);
        else
            cursor.setCharFormat(it->format);
    }

    // The new content is not an edit the user could undo, as with setPlainText().
    const bool undo = isUndoRedoEnabled();
    setUndoRedoEnabled(false);
    clear();
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        addResource(ImageResource, it.key(), it.value());
    QTextCursor(this).insertFragment(QTextDocumentFragment(&parsed));
    setUndoRedoEnabled(undo);
}

QString SafeTextDocument::safeMarkdown() const
{
    return toMarkdown(QTextDocument::MarkdownDialectGitHub);
}

bool SafeTextDocument::isAllowedLink(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    return scheme == QLatin1String("mailto") && !url.path().isEmpty();
}

bool SafeTextDocument::isAttachmentImage(const QUrl &url)
{
    return !attachmentSha(url).isEmpty();
}

QString SafeTextDocument::attachmentSha(const QUrl &url)
{
    static const QRegularExpression pattern(QStringLiteral("^attachment:([0-9a-fA-F]{64})$"));
    const QRegularExpressionMatch match = pattern.match(url.toString(QUrl::FullyEncoded));
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QByteArray SafeTextDocument::rasterFormat(const QByteArray &bytes)
{
    static const QList<QByteArray> allowed = {"png", "jpeg", "gif", "bmp", "webp"};
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    const QByteArray format = QImageReader::imageFormat(&buffer);
    return allowed.contains(format) ? format : QByteArray();
}

QImage SafeTextDocument::decodeImage(const QByteArray &bytes)
{
    const QByteArray format = rasterFormat(bytes);
    if (format.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    // The format is fixed, so no other decoder (SVG among them) gets to look at the bytes.
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    return reader.read();
}

QImage SafeTextDocument::attachmentImage(const QUrl &url) const
{
    const QString sha = attachmentSha(url);
    if (sha.isEmpty() || !m_loader)
        return {};
    return decodeImage(m_loader(sha));
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    // Never the base class, which reads files, nor the resource providers it falls back to
    // on an invalid answer: an empty but valid answer ends the search.
    if (type != ImageResource)
        return QByteArray();
    const QImage image = attachmentImage(name);
    if (image.isNull())
        return placeholderImage();
    addResource(ImageResource, name, image); // layouts ask for an image many times
    return image;
}

} // namespace pactesur
