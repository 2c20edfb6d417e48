// SPDX-License-Identifier: EUPL-1.2
// A long text of a practice sheet: a text box with light formatting (headings, bold,
// italic, lists, links, inline images of attachments), stored as Markdown through
// SafeTextDocument, so nothing typed or pasted can load a file or reach the network.
#include "richtextfield.h"

#include "messages.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QInputDialog>
#include <QMimeData>
#include <QPixmap>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace pactesur {

namespace {

// A sheet's text boxes grow with their text up to this many lines, then scroll; the form
// around them scrolls as one page.
constexpr int kMinLines = 4;
constexpr int kMaxLines = 22;
// Headings inside a field sit below the form's own section titles.
constexpr int kHeadingLevel = 3;
constexpr int kDocumentMargin = 8;

// Pasted or dropped content arrives as plain text only: formatting from a web page or a
// word processor (and any image or remote reference in it) is left behind.
class PlainPasteEdit : public QTextEdit
{
public:
    using QTextEdit::QTextEdit;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override { return source->hasText(); }
    void insertFromMimeData(const QMimeData *source) override
    {
        if (source->hasText())
            insertPlainText(source->text());
    }
};

} // namespace

RichTextField::RichTextField(QWidget *parent)
    : QWidget(parent)
    , m_document(new SafeTextDocument(this))
{
    m_edit = new PlainPasteEdit(this);
    m_edit->setObjectName(QStringLiteral("richTextEdit"));
    m_document->setDocumentMargin(kDocumentMargin);
    m_edit->setDocument(m_document);
    m_edit->setAcceptRichText(false);
    m_edit->setTabChangesFocus(true);
    m_edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    createFormatBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);

    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &RichTextField::updateFormatButtons);
    connect(
        m_edit, &QTextEdit::currentCharFormatChanged, this, &RichTextField::updateFormatButtons);
    connect(m_document->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &RichTextField::updateHeight);
    retranslateUi();
    updateHeight();
}

void RichTextField::createFormatBar()
{
    m_bar = new QWidget(this);
    m_bar->setObjectName(QStringLiteral("formatBar"));
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_heading = formatButton(QStringLiteral("formatHeading"), QStringLiteral("H"));
    m_bold = formatButton(QStringLiteral("formatBold"), QStringLiteral("B"));
    m_italic = formatButton(QStringLiteral("formatItalic"), QStringLiteral("I"));
    m_bullets = formatButton(QStringLiteral("formatBullets"), QStringLiteral("•"));
    m_numbers = formatButton(QStringLiteral("formatNumbers"), QStringLiteral("1."));
    m_link = formatButton(QStringLiteral("formatLink"), QString());
    m_image = formatButton(QStringLiteral("formatImage"), QString());
    QFont font = m_bold->font();
    font.setBold(true);
    m_heading->setFont(font);
    m_bold->setFont(font);
    font.setBold(false);
    font.setItalic(true);
    m_italic->setFont(font);
    for (QToolButton *button : {m_link, m_image})
        button->setCheckable(false);
    for (QToolButton *button : {m_heading, m_bold, m_italic, m_bullets, m_numbers, m_link, m_image})
        layout->addWidget(button);

    connect(m_heading, &QToolButton::clicked, this, &RichTextField::toggleHeading);
    connect(m_bold, &QToolButton::clicked, this, &RichTextField::toggleBold);
    connect(m_italic, &QToolButton::clicked, this, &RichTextField::toggleItalic);
    connect(m_bullets, &QToolButton::clicked, this, [this] { toggleList(false); });
    connect(m_numbers, &QToolButton::clicked, this, [this] { toggleList(true); });
    connect(m_link, &QToolButton::clicked, this, &RichTextField::insertLink);
    connect(m_image, &QToolButton::clicked, this,
        [this] { emit imageRequested(m_image->mapToGlobal(QPoint(0, m_image->height()))); });

    // The usual shortcuts, inside this text box only.
    auto shortcut = [this](const QKeySequence &keys, void (RichTextField::*slot)()) {
        auto *action = new QAction(m_edit);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_edit->addAction(action);
    };
    shortcut(QKeySequence::Bold, &RichTextField::toggleBold);
    shortcut(QKeySequence::Italic, &RichTextField::toggleItalic);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), &RichTextField::insertLink);

    // Shown while the text has the focus, without moving the form when it appears.
    QSizePolicy policy = m_bar->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_bar->setSizePolicy(policy);
    m_bar->hide();
}

QToolButton *RichTextField::formatButton(const QString &objectName, const QString &text)
{
    auto *button = new QToolButton(m_bar);
    button->setObjectName(objectName);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    // Clicking must leave the cursor where it was in the text.
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumWidth(button->fontMetrics().horizontalAdvance(QLatin1String("MM")) + 6);
    return button;
}

QString RichTextField::markdown() const
{
    if (isEmpty())
        return {};
    return m_document->safeMarkdown().trimmed();
}

void RichTextField::setMarkdown(const QString &markdown)
{
    m_loading = true;
    m_document->setSafeMarkdown(markdown);
    fitImages();
    m_document->clearUndoRedoStacks();
    m_loading = false;
    updateHeight();
}

void RichTextField::setAttachmentLoader(SafeTextDocument::AttachmentLoader loader)
{
    m_document->setAttachmentLoader(std::move(loader));
}

void RichTextField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void RichTextField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    // Read-only text can still be selected and copied.
    m_edit->setTextInteractionFlags(readOnly
            ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
            : Qt::TextEditorInteraction);
    if (readOnly)
        m_bar->hide();
}

bool RichTextField::isReadOnly() const
{
    return m_edit->isReadOnly();
}

bool RichTextField::isEmpty() const
{
    return m_document->isEmpty() || m_document->toPlainText().trimmed().isEmpty();
}

int RichTextField::wordCount() const
{
    return countWords(m_document->toPlainText());
}

int RichTextField::countWords(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("[\\w’'-]+"), QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

void RichTextField::insertImage(const QString &sha256, const QString &name)
{
    QTextImageFormat format;
    format.setName(QStringLiteral("attachment:%1").arg(sha256));
    format.setProperty(QTextFormat::ImageAltText, name);
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    // An image stands in its own paragraph, as it will in the reports.
    if (!cursor.atBlockStart())
        cursor.insertBlock();
    cursor.insertImage(format);
    cursor.insertBlock();
    cursor.endEditBlock();
    m_edit->setTextCursor(cursor);
    fitImages();
}

void RichTextField::insertLink()
{
    if (m_edit->isReadOnly())
        return;
    QTextCursor cursor = m_edit->textCursor();
    const QString address = QInputDialog::getText(this, tr("Insert Link"),
        tr("Web or e-mail address (https://…, mailto:…):"), QLineEdit::Normal,
        cursor.charFormat().anchorHref())
                                .trimmed();
    if (address.isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(address);
    if (!SafeTextDocument::isAllowedLink(url)) {
        Messages::critical(
            this, tr("Only web (http, https) and e-mail (mailto) addresses can be linked."));
        return;
    }
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url.toString());
    format.setFontUnderline(true);
    format.setForeground(palette().link());
    cursor.beginEditBlock();
    if (!cursor.hasSelection())
        cursor.insertText(url.toString(), format);
    else
        cursor.mergeCharFormat(format);
    cursor.endEditBlock();
}

void RichTextField::toggleHeading()
{
    QTextCursor cursor = m_edit->textCursor();
    const bool heading = cursor.blockFormat().headingLevel() == 0;
    cursor.beginEditBlock();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(heading ? kHeadingLevel : 0);
    cursor.setBlockFormat(block);
    QTextCharFormat chars;
    chars.setFontWeight(heading ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, heading ? 1 : 0);
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
    m_edit->mergeCurrentCharFormat(chars);
    updateFormatButtons();
}

void RichTextField::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(format);
    updateFormatButtons();
}

void RichTextField::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!m_edit->fontItalic());
    m_edit->mergeCurrentCharFormat(format);
    updateFormatButtons();
}

void RichTextField::toggleList(bool numbered)
{
    const QTextListFormat::Style style
        = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList()) {
        if (list->format().style() == style) {
            // The same button again: these paragraphs leave the list.
            QTextBlock block = m_document->findBlock(cursor.selectionStart());
            const QTextBlock last = m_document->findBlock(cursor.selectionEnd());
            while (block.isValid()) {
                if (QTextList *blockList = block.textList())
                    blockList->remove(block);
                QTextCursor blockCursor(block);
                QTextBlockFormat format = blockCursor.blockFormat();
                format.setIndent(0);
                blockCursor.setBlockFormat(format);
                if (block == last)
                    break;
                block = block.next();
            }
        } else {
            QTextListFormat format = list->format();
            format.setStyle(style);
            list->setFormat(format);
        }
    } else {
        cursor.createList(style);
    }
    cursor.endEditBlock();
    updateFormatButtons();
}

void RichTextField::updateFormatButtons()
{
    const QTextCursor cursor = m_edit->textCursor();
    m_heading->setChecked(cursor.blockFormat().headingLevel() > 0);
    m_bold->setChecked(m_edit->fontWeight() >= QFont::Bold);
    m_italic->setChecked(m_edit->fontItalic());
    const QTextList *list = cursor.currentList();
    m_bullets->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    m_numbers->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
}

void RichTextField::updateHeight()
{
    const int line = m_edit->fontMetrics().lineSpacing();
    const int chrome = m_edit->frameWidth() * 2 + 2 * kDocumentMargin;
    const int content = int(std::ceil(m_document->size().height())) + m_edit->frameWidth() * 2;
    const int height = qBound(line * kMinLines + chrome, content, line * kMaxLines + chrome);
    if (m_edit->height() != height || m_edit->minimumHeight() != height)
        m_edit->setFixedHeight(height);
    m_edit->setVerticalScrollBarPolicy(
        content > height ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
}

int RichTextField::maxImageWidth() const
{
    return qMax(120, m_edit->viewport()->width() - 2 * kDocumentMargin - 8);
}

void RichTextField::fitImages()
{
    // Photos are usually far wider than the text: they are shown at the text's width
    // (the stored Markdown keeps only the reference, not a size).
    struct Placed
    {
        int position;
        QTextImageFormat format;
    };
    QList<Placed> images;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                images.append({fragment.position(), fragment.charFormat().toImageFormat()});
        }
    }
    const bool wasLoading = std::exchange(m_loading, true);
    const int maxWidth = maxImageWidth();
    for (Placed &placed : images) {
        const QVariant resource
            = m_document->resource(QTextDocument::ImageResource, QUrl(placed.format.name()));
        QImage image;
        if (resource.canConvert<QImage>() && resource.typeId() == QMetaType::QImage)
            image = resource.value<QImage>();
        else if (resource.typeId() == QMetaType::QPixmap)
            image = resource.value<QPixmap>().toImage();
        else if (resource.typeId() == QMetaType::QByteArray)
            image = QImage::fromData(resource.toByteArray());
        if (image.isNull() || image.width() <= maxWidth)
            continue;
        placed.format.setWidth(maxWidth);
        placed.format.setHeight(double(image.height()) * maxWidth / image.width());
        QTextCursor cursor(m_document);
        cursor.setPosition(placed.position);
        cursor.setPosition(placed.position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(placed.format);
    }
    m_loading = wasLoading;
}

bool RichTextField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::FocusIn && !m_edit->isReadOnly()) {
            m_bar->show();
        } else if (event->type() == QEvent::FocusOut) {
            m_bar->hide();
            emit focusLeft();
        } else if (event->type() == QEvent::Resize) {
            updateHeight();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RichTextField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RichTextField::retranslateUi()
{
    m_heading->setToolTip(tr("Heading"));
    m_bold->setToolTip(
        tr("Bold (%1)").arg(QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText)));
    m_italic->setToolTip(
        tr("Italic (%1)")
            .arg(QKeySequence(QKeySequence::Italic).toString(QKeySequence::NativeText)));
    m_bullets->setToolTip(tr("Bulleted list"));
    m_numbers->setToolTip(tr("Numbered list"));
    m_link->setText(tr("Link"));
    m_link->setToolTip(
        tr("Make the selection a link to a web or e-mail address (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
    m_image->setText(tr("Image"));
    m_image->setToolTip(tr("Show an image attached to this sheet inside the text"));
    for (QToolButton *button : {m_heading, m_bold, m_italic, m_bullets, m_numbers, m_link, m_image})
        button->setAccessibleName(button->toolTip());
}

} // namespace pactesur
