// SPDX-License-Identifier: EUPL-1.2
// The coordinator's review notes of a sheet (field `review_notes`, a JSON object of one note
// per field plus "general"), and the tinted box that shows one of them beside its field:
// read-only for the city, editable for the coordinator.
#include "sheetreviewnotes.h"

#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pactesur {

QMap<QString, QString> SheetReviewNotes::parse(const QString &json)
{
    QMap<QString, QString> notes;
    if (json.trimmed().isEmpty())
        return notes;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject()) {
        notes.insert(kGeneral, json.trimmed());
        return notes;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString note = it.value().toString().trimmed();
        if (!note.isEmpty())
            notes.insert(it.key(), note);
    }
    return notes;
}

QString SheetReviewNotes::serialize(const QMap<QString, QString> &notes)
{
    QJsonObject object;
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        if (!it.value().trimmed().isEmpty())
            object.insert(it.key(), it.value().trimmed());
    }
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SheetNoteBox::SheetNoteBox(const QString &field, QWidget *parent)
    : QFrame(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("reviewNote_%1").arg(field));
    // A warm tint, apart from the form's colours: a note is a message to the city.
    setStyleSheet(QStringLiteral(
        "QFrame#%1 { background: #fff6dc; border: 1px solid #edd08a; border-radius: 6px; }"
        "QFrame#%1 QLabel { background: transparent; border: none; color: #4a3a0c; }"
        "QFrame#%1 QPlainTextEdit { background: #fffdf5; border: 1px solid #e6cf92;"
        " border-radius: 4px; color: #2f2608; }")
                      .arg(objectName()));
    m_caption = new QLabel(this);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.92);
    m_caption->setFont(captionFont);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("reviewNoteText_%1").arg(field));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("reviewNoteEdit_%1").arg(field));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    m_edit->hide();
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        fitHeight();
        if (!m_loading)
            emit edited();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(3);
    layout->addWidget(m_caption);
    layout->addWidget(m_text);
    layout->addWidget(m_edit);
    retranslateUi();
    fitHeight();
    updateVisibility();
}

QString SheetNoteBox::note() const
{
    return m_editable ? m_edit->toPlainText().trimmed() : m_text->text();
}

void SheetNoteBox::setNote(const QString &note)
{
    m_loading = true;
    m_text->setText(note);
    if (m_edit->toPlainText().trimmed() != note.trimmed())
        m_edit->setPlainText(note);
    m_loading = false;
    updateVisibility();
}

void SheetNoteBox::setEditable(bool editable)
{
    m_editable = editable;
    m_text->setVisible(!editable);
    m_edit->setVisible(editable);
    updateVisibility();
}

void SheetNoteBox::startEditing()
{
    if (!m_editable)
        return;
    m_editing = true;
    updateVisibility();
    m_edit->setFocus(Qt::OtherFocusReason);
}

void SheetNoteBox::updateVisibility()
{
    const bool hasNote = !m_text->text().trimmed().isEmpty()
        || (m_editable && !m_edit->toPlainText().trimmed().isEmpty());
    setVisible(hasNote || (m_editable && m_editing));
}

void SheetNoteBox::fitHeight()
{
    const int lines = qBound(2, int(m_edit->document()->size().height()), 8);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines + 14);
}

bool SheetNoteBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        m_editing = false;
        emit focusLeft();
        updateVisibility();
    }
    return QFrame::eventFilter(watched, event);
}

void SheetNoteBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SheetNoteBox::retranslateUi()
{
    const bool general = m_field == SheetReviewNotes::kGeneral;
    m_caption->setText(
        general ? tr("Coordinator's note on the whole sheet") : tr("Coordinator's note"));
    m_edit->setPlaceholderText(general
            ? tr("What the city should look at first, or why the sheet is not ready yet")
            : tr("What to change or complete in this field"));
    m_edit->setAccessibleName(m_caption->text());
    m_text->setAccessibleName(m_caption->text());
}

} // namespace pactesur
