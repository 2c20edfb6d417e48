// SPDX-License-Identifier: EUPL-1.2
// The only QTextDocument that shows text from data (DESIGN.md section 7). Content is
// Markdown without raw HTML; resource loading is allow-listed: an image is shown only when
// it names an attachment ("attachment:SHA256") the loader returns, and nothing is ever read
// from a file or the network. Images with any other source become their alt text, and
// links keep only the http, https and mailto schemes. Used by the editor, the viewers and
// every report.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QTextDocument>

#include <functional>

namespace pactesur {

class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    // Returns the bytes of an image attachment by its SHA-256, or empty when unknown or
    // not an image.
    using AttachmentLoader = std::function<QByteArray(const QString &sha256)>;

    explicit SafeTextDocument(QObject *parent = nullptr);

    void setAttachmentLoader(AttachmentLoader loader) { m_loader = std::move(loader); }
    // Replaces the content with this Markdown (raw HTML shows as text), then drops every
    // image source and link the allow-list refuses.
    void setSafeMarkdown(const QString &markdown);
    // The Markdown of the current content (what the editor stores).
    QString safeMarkdown() const;

    static bool isAllowedLink(const QUrl &url);
    static bool isAttachmentImage(const QUrl &url);
    // The SHA-256 an "attachment:" image names (lower case), or empty for any other URL.
    static QString attachmentSha(const QUrl &url);
    // "png", "jpeg", "gif", "bmp" or "webp" when the bytes are such a raster image; empty
    // otherwise. Vector formats are refused: an SVG may name files for the decoder to read.
    static QByteArray rasterFormat(const QByteArray &bytes);
    // The pixels of a raster image (null when rasterFormat() refuses the bytes).
    static QImage decodeImage(const QByteArray &bytes);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    // The image of an allowed attachment URL through the loader; null when refused.
    QImage attachmentImage(const QUrl &url) const;

    AttachmentLoader m_loader;
};

} // namespace pactesur
