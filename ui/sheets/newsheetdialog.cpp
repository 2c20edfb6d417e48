// SPDX-License-Identifier: EUPL-1.2
// A new practice sheet: from a blank form or as a copy of an existing sheet (a template),
// with its title, language and, for the coordinator, the city it belongs to.
#include "newsheetdialog.h"

#include "model/kinds.h"
#include "session/session.h"
#include "sheetformspec.h"
#include "store/database.h"
#include "store/replica.h"
#include "util/translations.h"
#include "widgets/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace pactesur {

namespace {

constexpr int kMaxTemplates = 500;

const KindSpec &sheetKind()
{
    return Kinds::get(QStringLiteral("sheets"));
}

} // namespace

NewSheetDialog::NewSheetDialog(Session &session, const QString &templateId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("newSheetDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_blank = new QRadioButton(this);
    m_blank->setObjectName(QStringLiteral("newSheetBlank"));
    m_fromCopy = new QRadioButton(this);
    m_fromCopy->setObjectName(QStringLiteral("newSheetCopy"));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("newSheetTemplate"));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_template->setMinimumContentsLength(36);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("newSheetTitle"));
    m_title->setMaxLength(300);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("newSheetLanguage"));
    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("newSheetCity"));
    m_titleLabel = new QLabel(this);
    m_titleLabel->setBuddy(m_title);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_cityLabel = new QLabel(this);
    m_cityLabel->setBuddy(m_city);
    m_error = labels::warning(QStringLiteral("newSheetError"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newSheetOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewSheetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewSheetDialog::reject);
    connect(m_blank, &QRadioButton::toggled, this, &NewSheetDialog::updateEnabled);
    connect(m_title, &QLineEdit::textChanged, this, &NewSheetDialog::updateEnabled);

    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_fromCopy);
    copyRow->addWidget(m_template, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_cityLabel, m_city);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addWidget(m_blank);
    layout->addLayout(copyRow);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    fillChoices();
    const int index = m_template->findData(templateId);
    (index >= 0 ? m_fromCopy : m_blank)->setChecked(true);
    if (index >= 0)
        m_template->setCurrentIndex(index);
    retranslateUi();
    updateEnabled();
    resize(560, sizeHint().height());
}

void NewSheetDialog::fillChoices()
{
    QSqlQuery query(m_session.database().sql());
    query.setForwardOnly(true);
    // Originals only: a translation is copied through its source.
    query.exec(QStringLiteral("SELECT s.id, s.title, c.name FROM sheet s "
                              "LEFT JOIN city c ON c.id = s.city "
                              "WHERE s.deleted = 0 AND s.translation_of IS NULL "
                              "ORDER BY s.title COLLATE NOCASE LIMIT %1")
                   .arg(kMaxTemplates));
    while (query.next()) {
        m_template->addItem(tr("%1 (%2)").arg(query.value(1).toString(), query.value(2).toString()),
            query.value(0).toString());
    }
    for (const UiLanguage &language : Translations::languages())
        m_language->addItem(
            QStringLiteral("%1 (%2)").arg(language.nativeName, language.code), language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::current())));

    const Identity identity = Replica::load(m_session.database());
    QSqlQuery cities(m_session.database().sql());
    cities.setForwardOnly(true);
    cities.exec(QStringLiteral("SELECT id, name FROM city WHERE deleted = 0 ORDER BY name"));
    while (cities.next())
        m_city->addItem(cities.value(1).toString(), cities.value(0).toString());
    // A liaison writes for the own city only.
    if (!identity.isCoordinator()) {
        m_city->setCurrentIndex(qMax(0, m_city->findData(identity.cityId)));
        m_city->setEnabled(false);
    }
}

void NewSheetDialog::updateEnabled()
{
    m_template->setEnabled(m_fromCopy->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_title->text().trimmed().isEmpty()
            && (m_blank->isChecked() || m_template->count() > 0));
}

QString NewSheetDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Result<TextValues> NewSheetDialog::copyValues(
    Database &db, const QString &sourceId, const Identity &identity)
{
    const std::optional<Record> source = RecordStore(db).get(sheetKind(), sourceId);
    if (!source || source->deleted)
        return Error::rejected(RecordStore::tr("No %1 has the id %2.")
                                   .arg(sheetKind().translatedLabel().toLower(), sourceId));
    TextValues values;
    for (const QString &field : SheetFormSpec::formFields()) {
        const QString text
            = RecordStore::inputText(SheetFormSpec::spec(field), source->value(field));
        if (!text.isEmpty())
            values.insert(field, text);
    }
    if (!identity.isCoordinator())
        values.insert(QStringLiteral("city"), identity.cityId);
    values.insert(QStringLiteral("status"), QStringLiteral("draft"));
    return values;
}

Result<QString> NewSheetDialog::duplicate(Session &session, const QString &sourceId)
{
    Result<TextValues> values
        = copyValues(session.database(), sourceId, Replica::load(session.database()));
    if (!values)
        return values.error();
    const QString title = values->value(QStringLiteral("title"));
    values->insert(QStringLiteral("title"), tr("Copy of %1").arg(title));
    return session.createRecord(sheetKind(), values.value());
}

void NewSheetDialog::accept()
{
    TextValues values;
    if (m_fromCopy->isChecked()) {
        Result<TextValues> copied = copyValues(m_session.database(),
            m_template->currentData().toString(), Replica::load(m_session.database()));
        if (!copied) {
            m_error->setText(copied.error().message);
            m_error->show();
            return;
        }
        values = copied.value();
    }
    values.insert(QStringLiteral("title"), m_title->text().trimmed());
    values.insert(QStringLiteral("language"), m_language->currentData().toString());
    values.insert(QStringLiteral("city"), m_city->currentData().toString());
    values.insert(QStringLiteral("status"), QStringLiteral("draft"));
    const Result<QString> created = m_session.createRecord(sheetKind(), values);
    if (!created) {
        m_error->setText(created.error().message);
        m_error->show();
        return;
    }
    m_createdId = created.value();
    QDialog::accept();
}

void NewSheetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewSheetDialog::retranslateUi()
{
    setWindowTitle(tr("New Practice Sheet"));
    m_intro->setText(tr("Describe a practice of your city for the partnership. Start from a "
                        "blank sheet, or from a copy of a sheet that already looks like yours. "
                        "Everything you write is saved as you type."));
    m_blank->setText(tr("&Blank sheet"));
    m_fromCopy->setText(tr("A &copy of:"));
    m_template->setAccessibleName(tr("Sheet to copy"));
    m_titleLabel->setText(tr("&Title:"));
    m_title->setPlaceholderText(SheetFormSpec::hint(QStringLiteral("title")));
    m_languageLabel->setText(tr("&Written in:"));
    m_cityLabel->setText(tr("C&ity:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and Open"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace pactesur
