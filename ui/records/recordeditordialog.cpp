// SPDX-License-Identifier: EUPL-1.2
// The form that adds or edits one record of any kind, generated from its KindSpec; the
// write goes through the session, so it is validated by core and undoable.
#include "recordeditordialog.h"

#include "fieldeditor.h"
#include "session/session.h"
#include "store/replica.h"
#include "widgets/mnemonics.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pactesur {

RecordEditorDialog::RecordEditorDialog(
    Session &session, const KindSpec &kind, const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_id(id)
    , m_isNew(id.isEmpty())
{
    setObjectName(QStringLiteral("recordEditor_%1").arg(kind.name));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral(
        "QLabel#editorError { color: #a4000f; background: #fde7e9; border: 1px solid #e8a1a8;"
        " border-radius: 3px; padding: 6px; }"));
    m_error->hide();

    createForm();

    m_requiredNote = new QLabel(this);
    m_requiredNote->setObjectName(QStringLiteral("editorRequiredNote"));
    m_requiredNote->setForegroundRole(QPalette::PlaceholderText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("editorButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("editorOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("editorCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordEditorDialog::reject);

    auto *formPage = new QWidget;
    formPage->setLayout(m_form);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_requiredNote);
    layout->addWidget(m_buttons);

    retranslateUi();
    // Field labels come from the catalogue in the language shown: their Alt+letters are
    // chosen at run time, clear of the dialog's buttons.
    new MnemonicKeeper(this, QList<QWidget *>(m_labels.cbegin(), m_labels.cend()));
    // Tall kinds (practice sheets) scroll; short ones get a form of their own height.
    const int height = qMin(formPage->sizeHint().height() + 120, 720);
    resize(qMax(560, formPage->sizeHint().width() + 60), height);
    if (!m_editors.isEmpty())
        m_editors.first()->setFocus(Qt::OtherFocusReason);
}

void RecordEditorDialog::createForm()
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    std::optional<Record> record;
    if (!m_isNew)
        record = RecordStore(m_session.database()).get(m_kind, m_id);
    const Identity identity = Replica::load(m_session.database());
    for (const FieldSpec &field : m_kind.fields) {
        if (!FieldEditor::isEditable(field))
            continue;
        auto *editor = new FieldEditor(field, m_session.database());
        if (record) {
            editor->setText(RecordStore::inputText(field, record->value(field.name)));
            // Slugs and the pair that makes an id are fixed once the record exists.
            editor->setReadOnly(field.immutable);
        } else if (!identity.cityId.isEmpty() && field.type == FieldType::CityRef
            && field.name == m_kind.ownerField) {
            // A liaison writes for the own city: start there.
            editor->setSuggestedCity(identity.cityId);
            editor->setText(editor->text());
        }
        auto *label = new QLabel;
        label->setObjectName(QStringLiteral("label_%1").arg(field.name));
        label->setBuddy(editor->input());
        m_form->addRow(label, editor);
        m_editors << editor;
        m_labels << label;
    }
}

FieldEditor *RecordEditorDialog::fieldEditor(const QString &field) const
{
    for (FieldEditor *editor : m_editors) {
        if (editor->field().name == field)
            return editor;
    }
    return nullptr;
}

TextValues RecordEditorDialog::values() const
{
    TextValues values;
    for (const FieldEditor *editor : m_editors) {
        if (m_isNew ? !editor->text().isEmpty() : editor->isModified())
            values.insert(editor->field().name, editor->text());
    }
    return values;
}

QString RecordEditorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RecordEditorDialog::accept()
{
    const TextValues values = this->values();
    if (m_isNew) {
        const Result<QString> created = m_session.createRecord(m_kind, values);
        if (!created) {
            showError(created.error().message);
            return;
        }
        m_id = created.value();
    } else if (!values.isEmpty()) {
        const Status edited = m_session.editRecord(m_kind, m_id, values);
        if (!edited) {
            showError(edited.error().message);
            return;
        }
    }
    QDialog::accept();
}

void RecordEditorDialog::showError(const QString &message)
{
    // Everything typed stays in the form: the user corrects it and tries again.
    m_error->setText(message);
    m_error->setAccessibleName(tr("Error"));
    m_error->show();
}

void RecordEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecordEditorDialog::retranslateUi()
{
    setWindowTitle(m_isNew ? tr("New record: %1").arg(m_kind.translatedLabel())
                           : tr("Edit record: %1").arg(m_kind.translatedLabel()));
    setAccessibleName(windowTitle());
    for (int i = 0; i < m_editors.size(); ++i) {
        const FieldSpec &field = m_editors.at(i)->field();
        const QString label = field.translatedLabel();
        m_labels.at(i)->setText(field.required ? tr("%1 *").arg(label) : label);
        m_editors.at(i)->input()->setAccessibleDescription(
            field.required ? tr("Required") : QString());
    }
    m_requiredNote->setText(tr("* Required"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_isNew ? tr("Add") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleName(m_buttons->button(QDialogButtonBox::Ok)->text());
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_error->setAccessibleName(tr("Error"));
}

} // namespace pactesur
