// SPDX-License-Identifier: EUPL-1.2
// A contact's data-protection duties in its detail panel: the review date, erasure and
// the export of what is held about the person (GDPR arts. 15 and 17).
#include "contactactions.h"

#include "util/localformat.h"

#include "model/kinds.h"
#include "session/session.h"
#include "store/database.h"
#include "store/personaldata.h"
#include "widgets/filedialogs.h"
#include "widgets/labels.h"
#include "widgets/messages.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace pactesur {

namespace {

const KindSpec &contacts()
{
    return Kinds::get(QStringLiteral("contacts"));
}

} // namespace

ContactActions::ContactActions(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("contactActions"));
    m_review = labels::warning(QStringLiteral("reviewDue"), this);
    m_eraseButton = new QPushButton(this);
    m_eraseButton->setObjectName(QStringLiteral("erasePersonalData"));
    connect(m_eraseButton, &QPushButton::clicked, this, &ContactActions::erasePersonalData);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportPersonalData"));
    connect(m_exportButton, &QPushButton::clicked, this, &ContactActions::exportPersonalData);
    m_error = labels::warning(QStringLiteral("contactError"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_eraseButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_review);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    retranslateUi();
}

void ContactActions::setContactId(const QString &contactId)
{
    m_contactId = contactId;
    reload();
}

bool ContactActions::isReviewDue(const QVariant &reviewBy)
{
    const QDate date = QDate::fromString(reviewBy.toString(), Qt::ISODate);
    return date.isValid() && date < QDate::currentDate();
}

QString ContactActions::reviewDueText(const QVariant &reviewBy)
{
    if (!isReviewDue(reviewBy))
        return {};
    const QDate date = QDate::fromString(reviewBy.toString(), Qt::ISODate);
    return tr("Review due since %1").arg(LocalFormat::longDate(date));
}

QString ContactActions::exportFileName(const QString &contactName)
{
    // Decomposed, the accents are separate marks and drop out: "López" gives "lopez".
    const QString decomposed = contactName.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (c.category() != QChar::Mark_NonSpacing && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    slug = slug.left(60);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("contact");
    return QStringLiteral("personal-data-%1.json").arg(slug);
}

bool ContactActions::erasePersonalData()
{
    if (m_contactId.isEmpty())
        return false;
    const QString question
        = tr("Erase the personal data of %1?\n\nErasure is final: it cannot be undone, and it "
             "travels to every partner with the next exchange.")
              .arg(m_name);
    if (!Messages::confirm(this, question, tr("Erase")))
        return false;
    const Status status = m_session.deleteRecord(contacts(), m_contactId);
    if (!status) {
        showError(status.error().message);
        return false;
    }
    showError({});
    return true;
}

bool ContactActions::exportPersonalData()
{
    if (m_contactId.isEmpty())
        return false;
    const Result<QJsonObject> report = PersonalData::report(m_session.database(), m_contactId);
    if (!report) {
        showError(report.error().message);
        return false;
    }
    const QString path = FileDialogs::getSaveFileName(
        this, tr("Export Personal Data"), exportFileName(m_name), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(report.value()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("The file %1 could not be saved: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showError({});
    return true;
}

QString ContactActions::reviewText() const
{
    return m_review->isHidden() ? QString() : m_review->text();
}

QString ContactActions::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ContactActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ContactActions::retranslateUi()
{
    m_eraseButton->setText(tr("Erase personal data…"));
    m_eraseButton->setAccessibleName(tr("Erase this contact's personal data for good"));
    m_exportButton->setText(tr("Export personal data…"));
    m_exportButton->setAccessibleName(tr("Export what is held about this contact"));
    m_review->setAccessibleName(tr("Review date"));
    m_error->setAccessibleName(tr("Error"));
    reload();
}

void ContactActions::reload()
{
    m_name.clear();
    m_review->hide();
    const std::optional<Record> contact = m_contactId.isEmpty()
        ? std::nullopt
        : RecordStore(m_session.database()).get(contacts(), m_contactId);
    const bool present = contact && !contact->deleted;
    m_eraseButton->setEnabled(present);
    m_exportButton->setEnabled(bool(contact));
    if (!present)
        return;
    m_name = contact->value(QStringLiteral("name")).toString();
    const QVariant reviewBy = contact->value(QStringLiteral("review_by"));
    if (isReviewDue(reviewBy)) {
        m_review->setText(reviewDueText(reviewBy));
        m_review->show();
    }
}

void ContactActions::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace pactesur
