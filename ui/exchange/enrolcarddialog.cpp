// SPDX-License-Identifier: EUPL-1.2
#include "enrolcarddialog.h"

#include "fingerprintlabel.h"
#include "exchange/peerdirectory.h"
#include "store/database.h"
#include "widgets/labels.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pactesur {

EnrolCardDialog::EnrolCardDialog(const Database &db, const Card &card, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_card(card)
{
    setObjectName(QStringLiteral("enrolCardDialog"));
    m_claimed = PeerDirectory(db).describeRole(card.role, card.city);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("enrolHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("enrolWho"));
    m_who->setTextFormat(Qt::PlainText);
    m_who->setWordWrap(true);
    m_who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont whoFont = m_who->font();
    whoFont.setBold(true);
    m_who->setFont(whoFont);
    m_replica = new QLabel(this);
    m_replica->setObjectName(QStringLiteral("enrolReplica"));
    m_replica->setTextFormat(Qt::PlainText);
    m_replica->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprintCaption = new QLabel(this);
    m_fingerprintCaption->setObjectName(QStringLiteral("enrolFingerprintCaption"));
    m_fingerprint = new FingerprintLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("enrolFingerprint"));
    m_fingerprint->setFingerprint(card.keys.fingerprint());
    m_fingerprintCaption->setBuddy(m_fingerprint);
    m_instructions = new QLabel(this);
    m_instructions->setObjectName(QStringLiteral("enrolInstructions"));
    m_instructions->setWordWrap(true);
    m_typedLabel = new QLabel(this);
    m_typedLabel->setObjectName(QStringLiteral("enrolTypedLabel"));
    m_typedLabel->setWordWrap(true);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("enrolTypedFingerprint"));
    m_typed->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_typed->setClearButtonEnabled(true);
    m_typedLabel->setBuddy(m_typed);
    m_error = labels::warning(QStringLiteral("enrolError"), this);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_typed, &QLineEdit::textEdited, m_error, &QWidget::hide);

    m_buttons = new QDialogButtonBox(this);
    m_enrol = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_enrol->setObjectName(QStringLiteral("enrolConfirm"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("enrolCancel"));
    // Nothing is trusted by pressing Enter by mistake: the safe answer is the default.
    m_enrol->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolCardDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolCardDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_who);
    layout->addWidget(m_replica);
    layout->addSpacing(8);
    layout->addWidget(m_fingerprintCaption);
    layout->addWidget(m_fingerprint);
    layout->addSpacing(8);
    layout->addWidget(m_instructions);
    layout->addSpacing(4);
    layout->addWidget(m_typedLabel);
    layout->addWidget(m_typed);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslateUi();
    setMinimumWidth(640);
    // The person types what they hear; the fingerprint above is there to read.
    m_typed->setFocus();
}

QString EnrolCardDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EnrolCardDialog::accept()
{
    const Result<Roster::Enrolled> enrolled = Roster::enrol(m_db, m_card, m_typed->text());
    if (!enrolled) {
        m_error->setText(enrolled.error().message);
        m_error->show();
        // Grow to show the sentence rather than squeeze what is above it.
        layout()->activate();
        if (const int wanted = heightForWidth(width()); wanted > height())
            resize(width(), wanted);
        return;
    }
    m_outcome = enrolled.value();
    QDialog::accept();
}

void EnrolCardDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EnrolCardDialog::retranslateUi()
{
    setWindowTitle(tr("Enrol a Card"));
    m_heading->setText(tr("Compare the fingerprint before you trust this card"));
    m_who->setText(tr("This card says it belongs to: %1").arg(m_claimed));
    m_replica->setText(tr("Replica %1").arg(m_card.replica));
    m_fingerprintCaption->setText(tr("Fingerprint of the card:"));
    m_fingerprint->setAccessibleName(tr("Fingerprint of the card"));
    m_instructions->setText(
        tr("Call the person it belongs to, or meet them, and ask them to read their fingerprint "
           "aloud (Exchanges ▸ Keys in their Pactesur). Enrol the card only if every group of "
           "digits is the same: anyone can make a card that claims to be someone else."));
    m_typedLabel->setText(
        tr("&Fingerprint they read to you (optional: if you type it, Pactesur compares it):"));
    m_typed->setAccessibleName(tr("Fingerprint they read to you"));
    m_typed->setPlaceholderText(tr("e.g. 12345 67890 …"));
    m_enrol->setText(tr("&Enrol: the Fingerprints Match"));
    m_enrol->setAccessibleName(tr("Enrol the card"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
}

} // namespace pactesur
