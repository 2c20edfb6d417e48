// SPDX-License-Identifier: EUPL-1.2
// The input of one field of the sheet editor, whatever its type (a rich text, a line, a
// choice, a list, a date, the attachments), read and written as typed text (TextValues),
// with one signal for "the person changed it" and one for "the person left it".
#include "sheetfieldinput.h"

#include "records/fieldeditor.h"
#include "session/session.h"
#include "sheetattachments.h"
#include "sheetformspec.h"
#include "util/translations.h"
#include "widgets/richtextfield.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTextEdit>
#include <QVBoxLayout>

namespace pactesur {

namespace {
constexpr int kMaxListRows = 10;
} // namespace

SheetFieldInput::SheetFieldInput(const QString &field, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_session(session)
{
    setObjectName(QStringLiteral("sheetInput_%1").arg(field));
    QWidget *input = nullptr;
    if (SheetFormSpec::isRichText(field)) {
        m_rich = new RichTextField(this);
        m_rich->setAttachmentLoader(SheetAttachments::loader(session.database()));
        m_rich->setPlaceholderText(SheetFormSpec::hint(field));
        connect(m_rich, &RichTextField::edited, this, &SheetFieldInput::checkEdited);
        input = m_rich;
    } else if (field == QLatin1String("title")) {
        m_line = new QLineEdit(this);
        QFont font = m_line->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        m_line->setFont(font);
        m_line->setPlaceholderText(SheetFormSpec::hint(field));
        m_line->setMaxLength(300);
        connect(m_line, &QLineEdit::textChanged, this, &SheetFieldInput::checkEdited);
        input = m_line;
    } else if (field == QLatin1String("language")) {
        createLanguageChoice();
        input = m_language;
    } else if (field == QLatin1String("attachments")) {
        m_attachments = new SheetAttachments(session, this);
        connect(m_attachments, &SheetAttachments::edited, this, &SheetFieldInput::checkEdited);
        input = m_attachments;
    } else {
        m_editor = new FieldEditor(SheetFormSpec::spec(field), session.database(), this);
        watchFieldEditor();
        input = m_editor;
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(input);
    if (m_emptyList)
        layout->addWidget(m_emptyList);
    setFocusProxy(input);
    // Every part of the input reports losing the focus, so leaving the field is noticed
    // whatever inner widget (a date's tick box, a list) had it.
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *child : children)
        child->installEventFilter(this);
    m_shown = value();
    retranslateUi();
}

void SheetFieldInput::createLanguageChoice()
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("field_language"));
    m_language->addItem(QStringLiteral("—"), QString());
    for (const UiLanguage &language : Translations::languages())
        m_language->addItem(
            QStringLiteral("%1 (%2)").arg(language.nativeName, language.code), language.code);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SheetFieldInput::checkEdited);
}

void SheetFieldInput::watchFieldEditor()
{
    // FieldEditor has no change signal of its own: any of its parts changing is a candidate
    // edit, confirmed by comparing the value with the one shown.
    for (QComboBox *combo : m_editor->findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, &SheetFieldInput::checkEdited);
    for (QListWidget *list : m_editor->findChildren<QListWidget *>()) {
        connect(list, &QListWidget::itemChanged, this, &SheetFieldInput::checkEdited);
        // Short lists (the project's themes) show every choice without a scroll bar.
        if (list->count() > 0) {
            const int rows = qMin(int(list->count()), kMaxListRows);
            list->setFixedHeight(rows * list->sizeHintForRow(0) + 2 * list->frameWidth() + 4);
        } else {
            // Nothing to tick: say so rather than show an empty box.
            list->hide();
            m_emptyList = new QLabel(this);
            m_emptyList->setWordWrap(true);
            m_emptyList->setForegroundRole(QPalette::PlaceholderText);
        }
    }
    for (QCheckBox *box : m_editor->findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &SheetFieldInput::checkEdited);
    for (QDateEdit *date : m_editor->findChildren<QDateEdit *>())
        connect(date, &QDateEdit::dateChanged, this, &SheetFieldInput::checkEdited);
}

QString SheetFieldInput::value() const
{
    if (m_rich)
        return m_rich->markdown();
    if (m_line)
        return m_line->text().trimmed();
    if (m_language)
        return m_language->currentData().toString();
    if (m_attachments)
        return m_attachments->value();
    return m_editor->text();
}

void SheetFieldInput::setValue(const QString &value)
{
    m_loading = true;
    if (m_rich) {
        m_rich->setMarkdown(value);
    } else if (m_line) {
        if (m_line->text().trimmed() != value)
            m_line->setText(value);
    } else if (m_language) {
        int index = m_language->findData(value);
        if (index < 0) {
            // A language outside the interface's list: shown by its code, kept as it is.
            m_language->addItem(value, value);
            index = m_language->count() - 1;
        }
        m_language->setCurrentIndex(index);
    } else if (m_attachments) {
        m_attachments->setValue(value);
    } else {
        m_editor->setText(value);
    }
    m_shown = this->value();
    m_loading = false;
}

bool SheetFieldInput::isEmpty() const
{
    if (m_rich)
        return m_rich->isEmpty();
    if (m_field == QLatin1String("ongoing"))
        return value() != QLatin1String("true");
    return value().trimmed().isEmpty();
}

int SheetFieldInput::wordCount() const
{
    return m_rich ? m_rich->wordCount() : 0;
}

void SheetFieldInput::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_rich)
        m_rich->setReadOnly(readOnly);
    else if (m_line)
        m_line->setReadOnly(readOnly);
    else if (m_language)
        m_language->setEnabled(!readOnly);
    else if (m_attachments)
        m_attachments->setReadOnly(readOnly);
    else
        m_editor->setReadOnly(readOnly);
}

QWidget *SheetFieldInput::focusTarget() const
{
    if (m_rich)
        return m_rich->editor();
    if (m_line)
        return m_line;
    if (m_language)
        return m_language;
    if (m_attachments)
        return m_attachments;
    return m_editor->input();
}

void SheetFieldInput::checkEdited()
{
    if (m_loading)
        return;
    const QString now = value();
    // Rich text reports formatting too: a change of Markdown is an edit either way.
    if (now == m_shown)
        return;
    m_shown = now;
    emit edited();
}

bool SheetFieldInput::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // The widget that gets the focus is already known when the old one loses it; a popup
        // of the field (a list, a calendar) is not leaving it. (Another window is the
        // editor's business: it stores everything when it is deactivated.)
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        QWidget *next = QApplication::focusWidget();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason && next
            && next != this && !isAncestorOf(next))
            emit focusLeft();
    } else if (event->type() == QEvent::ChildAdded) {
        if (auto *child = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child()))
            child->installEventFilter(this);
    }
    return QWidget::eventFilter(watched, event);
}

void SheetFieldInput::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SheetFieldInput::retranslateUi()
{
    const QString label = SheetFormSpec::label(m_field);
    focusTarget()->setAccessibleName(label);
    if (m_rich)
        m_rich->setPlaceholderText(SheetFormSpec::hint(m_field));
    else if (m_line)
        m_line->setPlaceholderText(SheetFormSpec::hint(m_field));
    if (m_emptyList)
        m_emptyList->setText(tr("None recorded yet."));
    if (m_field == QLatin1String("ongoing")) {
        if (auto *box = qobject_cast<QCheckBox *>(m_editor->input()))
            box->setText(tr("Still running"));
    }
}

} // namespace pactesur
