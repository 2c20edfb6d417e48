// SPDX-License-Identifier: EUPL-1.2
// "Translate…": chooses the language of a new translation of a sheet and creates it as a
// linked draft (SheetTranslations), which the editor then shows beside its source.
#include "translatesheetdialog.h"

#include "model/kinds.h"
#include "session/session.h"
#include "sheeteditorstate.h"
#include "sheets/sheettranslations.h"
#include "store/database.h"
#include "util/translations.h"
#include "widgets/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pactesur {

TranslateSheetDialog::TranslateSheetDialog(
    Session &session, const QString &sourceId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_sourceId(sourceId)
{
    setObjectName(QStringLiteral("translateSheetDialog"));
    const KindSpec &sheets = Kinds::get(QStringLiteral("sheets"));
    if (const auto source = RecordStore(session.database()).get(sheets, sourceId)) {
        m_sourceTitle = source->value(QStringLiteral("title")).toString();
        m_sourceLanguage = source->value(QStringLiteral("language")).toString();
    }
    m_intro = new QLabel(this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_existing = new QLabel(this);
    m_existing->setTextFormat(Qt::PlainText);
    m_existing->setWordWrap(true);
    m_existing->setForegroundRole(QPalette::PlaceholderText);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("translateLanguage"));
    m_error = labels::warning(QStringLiteral("translateError"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("translateOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TranslateSheetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TranslateSheetDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_existing);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    fillLanguages();
    retranslateUi();
    resize(480, sizeHint().height());
}

void TranslateSheetDialog::fillLanguages()
{
    QStringList taken {m_sourceLanguage};
    for (const auto &[id, language] :
        SheetTranslations::translationsOf(m_session.database(), m_sourceId))
        taken << language;
    for (const UiLanguage &language : Translations::languages()) {
        if (!taken.contains(language.code))
            m_language->addItem(
                QStringLiteral("%1 (%2)").arg(language.nativeName, language.code), language.code);
    }
    // The interface language first: the likeliest reason to translate.
    const int current = m_language->findData(Translations::current());
    m_language->setCurrentIndex(qMax(0, current));
}

QString TranslateSheetDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TranslateSheetDialog::accept()
{
    const QString language = m_language->currentData().toString();
    Result<TextValues> values
        = SheetTranslations::newTranslationValues(m_session.database(), m_sourceId, language);
    if (!values) {
        m_error->setText(values.error().message);
        m_error->show();
        return;
    }
    const Result<QString> created
        = m_session.createRecord(Kinds::get(QStringLiteral("sheets")), values.value());
    if (!created) {
        m_error->setText(created.error().message);
        m_error->show();
        return;
    }
    m_openedId = created.value();
    QDialog::accept();
}

void TranslateSheetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TranslateSheetDialog::retranslateUi()
{
    setWindowTitle(tr("Translate Practice Sheet"));
    m_intro->setText(tr("A translation of “%1” (%2) is a sheet of its own, linked to it. The "
                        "editor shows the original beside each field and marks the fields "
                        "the original changes later.")
                         .arg(m_sourceTitle, SheetEditorState::languageName(m_sourceLanguage)));
    QStringList existing;
    for (const auto &[id, language] :
        SheetTranslations::translationsOf(m_session.database(), m_sourceId))
        existing << SheetEditorState::languageName(language);
    m_existing->setText(existing.isEmpty()
            ? QString()
            : tr("Already translated into %1.").arg(QLocale().createSeparatedList(existing)));
    m_existing->setVisible(!existing.isEmpty());
    m_language->setAccessibleName(tr("Language of the translation"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Translation"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_language->count() > 0);
}

} // namespace pactesur
