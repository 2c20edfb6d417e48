// SPDX-License-Identifier: EUPL-1.2
// Writes the content of a checked SafeTextDocument as plain HTML5 markup of our own:
// headings, paragraphs, lists, quotes, code, tables, emphasis, allowed links and images.
// Every text is escaped, and no style or attribute of the data is copied, so the output
// carries only what this writer chose to write. Qt's toHtml() is not used: its markup is
// noisy and names image sources as they are.
#pragma once

#include <QString>

#include <functional>

class QTextBlock;
class QTextFrame;
class QTextList;
class QTextTable;

namespace pactesur {

class SafeTextDocument;

class HtmlFragmentWriter
{
public:
    // The src to write for an image of the document (its name is "attachment:SHA256"),
    // or empty to write its alt text instead.
    using ImageSource = std::function<QString(const QString &name)>;

    HtmlFragmentWriter(const SafeTextDocument &document, ImageSource imageSource);

    // Headings of the content move down by this many levels (a "# Title" in a section
    // under an <h2> becomes an <h3>); default 2.
    void setHeadingOffset(int offset) { m_headingOffset = offset; }
    // Images wider than this (in CSS pixels) get a width that fits: QTextDocument does not
    // know max-width. 0 leaves sizes to the reader's CSS.
    void setMaxImageWidth(int pixels) { m_maxImageWidth = pixels; }

    QString write() const;

private:
    struct State;
    void writeFrame(const QTextFrame *frame, State &state) const;
    void writeBlock(const QTextBlock &block, State &state) const;
    void writeTable(const QTextTable *table, State &state) const;
    void closeLists(State &state, int indent, const QTextList *keep) const;
    void closeAll(State &state) const;
    QString inlineHtml(const QTextBlock &block, bool plainWeight) const;
    QString imageHtml(const QString &name, const QString &alt) const;

    const SafeTextDocument &m_document;
    ImageSource m_imageSource;
    int m_headingOffset = 2;
    int m_maxImageWidth = 0;
};

} // namespace pactesur
