// SPDX-License-Identifier: EUPL-1.2
// One field of the sheet form as the person sees it: its label, the coordinator's note on
// it, for a translation the source text beside it, the input, and what went wrong saving it.
#include "sheetfieldrow.h"

#include "session/session.h"
#include "sheetattachments.h"
#include "sheetfieldinput.h"
#include "sheetformspec.h"
#include "sheetreviewnotes.h"
#include "widgets/labels.h"
#include "widgets/richtextfield.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace pactesur {

namespace {
constexpr int kMaxSourceLines = 22;
} // namespace

SheetFieldRow::SheetFieldRow(const QString &field, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_session(session)
{
    setObjectName(QStringLiteral("sheetRow_%1").arg(field));
    m_input = new SheetFieldInput(field, session, this);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("sheetLabel_%1").arg(field));
    QFont labelFont = m_label->font();
    labelFont.setBold(true);
    m_label->setFont(labelFont);
    m_label->setBuddy(m_input->focusTarget());
    m_required = new QLabel(this);
    m_required->setObjectName(QStringLiteral("sheetRequired_%1").arg(field));
    m_required->setForegroundRole(QPalette::PlaceholderText);
    m_required->hide();
    m_addNote = new QToolButton(this);
    m_addNote->setObjectName(QStringLiteral("addReviewNote_%1").arg(field));
    m_addNote->setAutoRaise(true);
    m_addNote->setFocusPolicy(Qt::TabFocus);
    m_addNote->hide();

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_label);
    header->addWidget(m_required);
    header->addStretch(1);
    if (RichTextField *rich = m_input->richText())
        header->addWidget(rich->formatBar());
    header->addWidget(m_addNote);

    m_note = new SheetNoteBox(field, this);
    connect(m_addNote, &QToolButton::clicked, m_note, &SheetNoteBox::startEditing);

    m_outdatedMark = new QLabel(this);
    m_outdatedMark->setObjectName(QStringLiteral("sheetOutdated_%1").arg(field));
    m_outdatedMark->setWordWrap(true);
    m_outdatedMark->setStyleSheet(QStringLiteral(
        "QLabel { color: #7a4b00; background: #ffe9b8; border-radius: 4px; padding: 3px 8px; }"));
    m_outdatedMark->hide();

    m_sourceColumn = new QWidget(this);
    m_sourceCaption = new QLabel(m_sourceColumn);
    m_sourceCaption->setForegroundRole(QPalette::PlaceholderText);
    m_source = new QTextBrowser(m_sourceColumn);
    m_source->setObjectName(QStringLiteral("sheetSource_%1").arg(field));
    // Links in the source are shown, never followed by a click.
    m_source->setOpenLinks(false);
    m_source->setOpenExternalLinks(false);
    auto *sourceDocument = new SafeTextDocument(m_source);
    sourceDocument->setAttachmentLoader(SheetAttachments::loader(session.database()));
    sourceDocument->setDocumentMargin(8);
    m_source->setDocument(sourceDocument);
    m_source->setFrameShape(QFrame::StyledPanel);
    QPalette sourcePalette = m_source->palette();
    sourcePalette.setColor(QPalette::Base, sourcePalette.color(QPalette::AlternateBase));
    m_source->setPalette(sourcePalette);
    auto *sourceLayout = new QVBoxLayout(m_sourceColumn);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->setSpacing(2);
    sourceLayout->addWidget(m_sourceCaption);
    sourceLayout->addWidget(m_source);
    m_sourceColumn->hide();
    connect(sourceDocument->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
        this, [this](const QSizeF &size) {
            const int line = m_source->fontMetrics().lineSpacing();
            const int height
                = qBound(line * 3, int(std::ceil(size.height())), line * kMaxSourceLines);
            m_source->setFixedHeight(height + m_source->frameWidth() * 2);
        });

    m_inputCaption = new QLabel(this);
    m_inputCaption->setForegroundRole(QPalette::PlaceholderText);
    m_inputCaption->hide();
    auto *inputColumn = new QVBoxLayout;
    inputColumn->setSpacing(2);
    inputColumn->addWidget(m_inputCaption);
    inputColumn->addWidget(m_input);
    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(m_sourceColumn, 1, Qt::AlignTop);
    body->addLayout(inputColumn, 1);
    inputColumn->setAlignment(Qt::AlignTop);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("sheetHint_%1").arg(field));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    // Text boxes carry their hint as a placeholder; choices and lists need it written out.
    const bool hintAsText = !m_input->richText() && field != QLatin1String("title")
        && !SheetFormSpec::hint(field).isEmpty();
    m_hint->setVisible(hintAsText);

    m_error = labels::warning(QStringLiteral("sheetError_%1").arg(field), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(5);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_outdatedMark);
    layout->addLayout(body);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    // Side by side in the identity grid, a short field keeps to the top of its cell.
    layout->addStretch(1);
    retranslateUi();
}

void SheetFieldRow::setRequired(bool required)
{
    m_required->setVisible(required);
    m_input->focusTarget()->setAccessibleDescription(
        required ? tr("Required to submit") : QString());
}

void SheetFieldRow::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString SheetFieldRow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SheetFieldRow::setNoteEditable(bool editable)
{
    m_note->setEditable(editable);
    m_addNote->setVisible(editable);
}

void SheetFieldRow::setSource(
    const QString &value, const QString &languageName, const QString &translationLanguageName)
{
    m_sourceLanguage = languageName;
    m_translationLanguage = translationLanguageName;
    m_inputCaption->show();
    auto *document = static_cast<SafeTextDocument *>(m_source->document());
    if (SheetFormSpec::isRichText(m_field))
        document->setSafeMarkdown(value);
    else
        document->setPlainText(value);
    m_sourceColumn->show();
    retranslateUi();
}

void SheetFieldRow::setOutdated(bool outdated)
{
    m_outdated = outdated;
    m_outdatedMark->setVisible(outdated);
    m_source->setStyleSheet(outdated
            ? QStringLiteral("QTextBrowser { border: 2px solid #e0a526; border-radius: 3px; }")
            : QString());
}

void SheetFieldRow::setLabelVisible(bool visible)
{
    m_label->setVisible(visible);
}

void SheetFieldRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SheetFieldRow::retranslateUi()
{
    m_label->setText(SheetFormSpec::label(m_field));
    m_required->setText(tr("required"));
    m_hint->setText(SheetFormSpec::hint(m_field));
    m_addNote->setText(tr("Note…"));
    m_addNote->setToolTip(tr("Write a review note on this field for the city"));
    m_addNote->setAccessibleName(tr("Review note on %1").arg(SheetFormSpec::label(m_field)));
    //: Caption of the source text shown beside a translated field; %1 is a language.
    m_sourceCaption->setText(tr("Source (%1)").arg(m_sourceLanguage));
    //: Caption of a translated field, beside its source; %1 is a language.
    m_inputCaption->setText(tr("Translation (%1)").arg(m_translationLanguage));
    m_source->setAccessibleName(tr("%1 in the source sheet").arg(SheetFormSpec::label(m_field)));
    m_outdatedMark->setText(
        tr("The source changed this field since the translation was last brought up to date."));
}

} // namespace pactesur
