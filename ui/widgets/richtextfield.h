// SPDX-License-Identifier: EUPL-1.2
// A long text of a practice sheet: a text box with light formatting (headings, bold,
// italic, lists, links, inline images of attachments), stored as Markdown through
// SafeTextDocument, so nothing typed or pasted can load a file or reach the network.
#pragma once

#include "report/safetextdocument.h"

#include <QWidget>

class QTextEdit;
class QToolButton;

namespace pactesur {

class RichTextField : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextField(QWidget *parent = nullptr);

    QString markdown() const;
    // Replaces the content without counting as an edit; the text's own undo starts afresh.
    void setMarkdown(const QString &markdown);
    void setAttachmentLoader(SafeTextDocument::AttachmentLoader loader);
    void setPlaceholderText(const QString &text);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    bool isEmpty() const;
    int wordCount() const;

    QTextEdit *editor() const { return m_edit; }
    // The small format bar; the row that holds the field places it beside the label.
    QWidget *formatBar() const { return m_bar; }
    // Inserts the image attachment `sha256` at the cursor, shown as `![name](attachment:…)`.
    void insertImage(const QString &sha256, const QString &name);
    // Asks for a web address and makes the selection (or the address itself) a link.
    void insertLink();

    static int countWords(const QString &text);

signals:
    // The person changed the text (typing, formatting, pasting), not setMarkdown().
    void edited();
    // The text box lost the focus: what was typed should be stored now.
    void focusLeft();
    // The image button: the sheet's editor offers its image attachments at `globalPos`.
    void imageRequested(const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createFormatBar();
    QToolButton *formatButton(const QString &objectName, const QString &text);
    void retranslateUi();
    void toggleHeading();
    void toggleBold();
    void toggleItalic();
    void toggleList(bool numbered);
    void updateFormatButtons();
    void updateHeight();
    void fitImages();
    int maxImageWidth() const;

    SafeTextDocument *m_document = nullptr;
    QTextEdit *m_edit = nullptr;
    QWidget *m_bar = nullptr;
    QToolButton *m_heading = nullptr;
    QToolButton *m_bold = nullptr;
    QToolButton *m_italic = nullptr;
    QToolButton *m_bullets = nullptr;
    QToolButton *m_numbers = nullptr;
    QToolButton *m_link = nullptr;
    QToolButton *m_image = nullptr;
    bool m_loading = false;
};

} // namespace pactesur
