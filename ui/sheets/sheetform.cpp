// SPDX-License-Identifier: EUPL-1.2
// The scrolling form of the sheet editor: one card per section, in the order of
// SheetFormSpec, each with its heading, a line on what it is for, and its fields.
#include "sheetform.h"

#include "sheetattachments.h"
#include "sheetfieldinput.h"
#include "sheetfieldrow.h"
#include "sheetformspec.h"
#include "sheetreviewnotes.h"
#include "widgets/mnemonics.h"
#include "widgets/richtextfield.h"

#include <QApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace pactesur {

namespace {
const QString kReviewNotes = QStringLiteral("review_notes");
// A line of text people read comfortably: about 80 characters.
constexpr int kColumnWidth = 800;
constexpr int kWideColumnWidth = 1280;
constexpr int kCardPadding = 20;
} // namespace

SheetForm::SheetForm(Session &session, QWidget *parent)
    : QScrollArea(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("sheetForm"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("sheetFormPage"));
    m_column = new QWidget(page);
    m_column->setMaximumWidth(kColumnWidth);
    auto *column = new QVBoxLayout(m_column);
    column->setContentsMargins(0, 16, 0, 32);
    column->setSpacing(18);

    m_generalNote = new SheetNoteBox(SheetReviewNotes::kGeneral, m_column);
    column->addWidget(m_generalNote);
    int number = 0;
    for (const SheetSection &section : SheetFormSpec::sections())
        column->addWidget(createSection(section, ++number));
    column->addStretch(1);

    auto *centre = new QHBoxLayout(page);
    centre->setContentsMargins(24, 0, 24, 0);
    centre->addStretch(0);
    centre->addWidget(m_column, 100);
    centre->addStretch(0);
    setWidget(page);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &SheetForm::checkCurrentSection);
    for (SheetFieldRow *row : std::as_const(m_rows))
        connectRow(row);
    connect(m_generalNote, &SheetNoteBox::edited, this, [this] { emit fieldEdited(kReviewNotes); });
    connect(m_generalNote, &SheetNoteBox::focusLeft, this, &SheetForm::fieldLeft);
    retranslateUi();
    // Alt+letter reaches a field by its label; the letters are chosen in the language shown.
    // In the order of the form, so that its first fields get their first letters.
    QList<QWidget *> labels;
    for (const SheetSection &section : SheetFormSpec::sections()) {
        for (const QString &field : section.fields) {
            SheetFieldRow *row = m_rows.value(field);
            if (!row)
                continue;
            if (!row->label()->isHidden())
                labels << row->label();
            row->input()->focusTarget()->installEventFilter(this);
        }
    }
    new MnemonicKeeper(this, labels);
}

bool SheetForm::eventFilter(QObject *watched, QEvent *event)
{
    // A field reached by its Alt+letter may be far down the form: bring it into view, as
    // Tab does.
    if (event->type() == QEvent::FocusIn
        && static_cast<QFocusEvent *>(event)->reason() == Qt::ShortcutFocusReason) {
        if (auto *field = qobject_cast<QWidget *>(watched))
            ensureWidgetVisible(field, 20, 60);
    }
    return QScrollArea::eventFilter(watched, event);
}

QWidget *SheetForm::createSection(const SheetSection &section, int number)
{
    auto *card = new QFrame(m_column);
    card->setObjectName(QStringLiteral("sheetSection_%1").arg(section.key));
    card->setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(base);"
                                       " border: 1px solid #d9dce1; border-radius: 8px; }")
                            .arg(card->objectName()));
    auto *numberLabel = new QLabel(QString::number(number), card);
    numberLabel->setAlignment(Qt::AlignCenter);
    numberLabel->setFixedSize(26, 26);
    numberLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #2f5d8a; color: white; border-radius: 13px; font-weight: bold; }"));
    auto *title = new QLabel(card);
    title->setObjectName(QStringLiteral("sheetSectionTitle_%1").arg(section.key));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(card);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    m_titles.insert(section.key, title);
    m_intros.insert(section.key, intro);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(10);
    heading->addWidget(numberLabel);
    heading->addWidget(title, 1);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(kCardPadding, 16, kCardPadding, kCardPadding);
    layout->setSpacing(14);
    layout->addLayout(heading);
    layout->addWidget(intro);
    layout->addSpacing(2);
    if (section.key == QLatin1String("identity")) {
        layout->addWidget(createIdentityFields(section, card));
    } else {
        for (const QString &field : section.fields) {
            auto *row = new SheetFieldRow(field, m_session, card);
            m_rows.insert(field, row);
            layout->addWidget(row);
            // A section of one field (Contact, Attachments) is headed by the section title.
            row->setLabelVisible(section.fields.size() > 1);
        }
    }
    m_sections.insert(section.key, card);
    return card;
}

QWidget *SheetForm::createIdentityFields(const SheetSection &section, QWidget *parent)
{
    // Short fields in two columns, so the identity of a sheet fits on one screen.
    auto *fields = new QWidget(parent);
    for (const QString &field : section.fields)
        m_rows.insert(field, new SheetFieldRow(field, m_session, fields));
    auto *grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(14);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto place = [&](const char *field, int row, int column, int span = 1) {
        grid->addWidget(m_rows.value(QString::fromLatin1(field)), row, column, 1, span);
    };
    place("title", 0, 0, 2);
    place("city", 1, 0);
    place("language", 1, 1);
    place("themes", 2, 0);
    place("groups", 2, 1);
    place("period_start", 3, 0);
    place("period_end", 3, 1);
    place("ongoing", 4, 1);
    place("sensitivity", 5, 0);
    m_rows.value(QStringLiteral("ongoing"))->setLabelVisible(false);
    return fields;
}

void SheetForm::connectRow(SheetFieldRow *row)
{
    const QString field = row->field();
    SheetFieldInput *input = row->input();
    connect(input, &SheetFieldInput::edited, this, [this, field] { emit fieldEdited(field); });
    connect(input, &SheetFieldInput::focusLeft, this, &SheetForm::fieldLeft);
    connect(
        row->noteBox(), &SheetNoteBox::edited, this, [this] { emit fieldEdited(kReviewNotes); });
    connect(row->noteBox(), &SheetNoteBox::focusLeft, this, &SheetForm::fieldLeft);
    if (RichTextField *rich = input->richText()) {
        connect(rich, &RichTextField::focusLeft, this, [this, field] { m_lastTextField = field; });
        connect(rich, &RichTextField::imageRequested, this, [this, field](const QPoint &pos) {
            m_lastTextField = field;
            emit imageRequested(field, pos);
        });
    }
    if (SheetAttachments *attachments = input->attachments()) {
        connect(attachments, &SheetAttachments::insertImageRequested, this,
            &SheetForm::attachmentImageRequested);
    }
}

QString SheetForm::value(const QString &field) const
{
    if (field == kReviewNotes) {
        QMap<QString, QString> notes;
        notes.insert(SheetReviewNotes::kGeneral, m_generalNote->note());
        for (const SheetFieldRow *row : m_rows)
            notes.insert(row->field(), row->noteBox()->note());
        return SheetReviewNotes::serialize(notes);
    }
    const SheetFieldRow *row = m_rows.value(field);
    return row ? row->input()->value() : QString();
}

void SheetForm::showRecord(const Record &sheet, const std::function<bool(const QString &)> &keep)
{
    for (SheetFieldRow *row : std::as_const(m_rows)) {
        const QString field = row->field();
        if (keep && keep(field))
            continue;
        const QString stored
            = RecordStore::inputText(SheetFormSpec::spec(field), sheet.value(field));
        // Unchanged text is left alone: the cursor and the text's own undo stay.
        if (stored != row->input()->value())
            row->input()->setValue(stored);
    }
    if (keep && keep(kReviewNotes))
        return;
    const QMap<QString, QString> notes
        = SheetReviewNotes::parse(sheet.value(kReviewNotes).toString());
    auto show = [&notes](SheetNoteBox *box, const QString &key) {
        const bool writing = box->isAncestorOf(QApplication::focusWidget());
        if (!writing && box->note() != notes.value(key))
            box->setNote(notes.value(key));
    };
    show(m_generalNote, SheetReviewNotes::kGeneral);
    for (SheetFieldRow *row : std::as_const(m_rows))
        show(row->noteBox(), row->field());
}

void SheetForm::setEditable(bool content, bool city, bool language, bool review)
{
    for (SheetFieldRow *row : std::as_const(m_rows)) {
        const QString &field = row->field();
        const bool fixed = (field == QLatin1String("city") && !city)
            || (field == QLatin1String("language") && !language);
        row->input()->setReadOnly(!content || fixed);
        row->setNoteEditable(review);
    }
    m_generalNote->setEditable(review);
}

void SheetForm::showTranslation(
    const SheetEditorState::TranslationInfo &info, const QString &language)
{
    setWide(info.isTranslation);
    if (!info.isTranslation)
        return;
    for (SheetFieldRow *row : std::as_const(m_rows)) {
        if (!info.sourceValues.contains(row->field()))
            continue;
        row->setSource(info.sourceValues.value(row->field()), info.sourceLanguageName, language);
        row->setOutdated(info.outdatedFields.contains(row->field()));
    }
}

QStringList SheetForm::notedFields() const
{
    QStringList noted;
    for (const QString &field : SheetFormSpec::formFields()) {
        if (!m_rows.value(field)->noteBox()->note().isEmpty())
            noted << field;
    }
    return noted;
}

int SheetForm::wordCount(const QString &sectionKey) const
{
    int words = 0;
    for (const SheetSection &section : SheetFormSpec::sections()) {
        if (section.key != sectionKey)
            continue;
        for (const QString &field : section.fields)
            words += m_rows.value(field)->input()->wordCount();
    }
    return words;
}

void SheetForm::scrollToSection(const QString &key)
{
    if (QWidget *card = m_sections.value(key)) {
        const QPoint top = card->mapTo(widget(), QPoint(0, 0));
        // The section asked for is the current one, even when the last cards are too
        // short to reach the top.
        m_scrollingTo = true;
        verticalScrollBar()->setValue(top.y() - 12);
        m_scrollingTo = false;
        m_current = key;
        emit currentSectionChanged(key);
    }
}

void SheetForm::focusField(const QString &field)
{
    SheetFieldRow *row = m_rows.value(field);
    if (!row)
        return;
    ensureWidgetVisible(row, 20, 60);
    row->input()->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void SheetForm::setWide(bool wide)
{
    m_column->setMaximumWidth(wide ? kWideColumnWidth : kColumnWidth);
}

QString SheetForm::currentSection() const
{
    const int top = verticalScrollBar()->value() + viewport()->height() / 4;
    QString current = SheetFormSpec::sections().first().key;
    for (const SheetSection &section : SheetFormSpec::sections()) {
        const QWidget *card = m_sections.value(section.key);
        if (card->mapTo(widget(), QPoint(0, 0)).y() <= top)
            current = section.key;
    }
    // At the very bottom, the last card is the one being read even if it is short.
    if (verticalScrollBar()->value() >= verticalScrollBar()->maximum()
        && verticalScrollBar()->maximum() > 0)
        current = SheetFormSpec::sections().last().key;
    return current;
}

void SheetForm::checkCurrentSection()
{
    if (m_scrollingTo)
        return;
    const QString current = currentSection();
    if (current != m_current) {
        m_current = current;
        emit currentSectionChanged(current);
    }
}

void SheetForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}

void SheetForm::retranslateUi()
{
    for (const SheetSection &section : SheetFormSpec::sections()) {
        m_titles.value(section.key)->setText(SheetFormSpec::title(section));
        m_intros.value(section.key)->setText(SheetFormSpec::intro(section));
        m_sections.value(section.key)->setAccessibleName(SheetFormSpec::title(section));
    }
    setAccessibleName(tr("Practice sheet form"));
}

} // namespace pactesur
