// SPDX-License-Identifier: EUPL-1.2
// Asks once per database who is using it: the coordinator, or the liaison of one city.
#include "roledialog.h"

#include "store/database.h"
#include "store/replica.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace pactesur {

RoleDialog::RoleDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("roleDialog"));
    m_question = new QLabel(this);
    QFont questionFont = m_question->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.2);
    questionFont.setBold(true);
    m_question->setFont(questionFont);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);

    m_coordinator = new QRadioButton(this);
    m_coordinator->setObjectName(QStringLiteral("roleCoordinator"));
    m_liaison = new QRadioButton(this);
    m_liaison->setObjectName(QStringLiteral("roleLiaison"));
    m_coordinator->setChecked(true);
    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("roleCity"));
    m_cityLabel = new QLabel(this);
    m_cityLabel->setBuddy(m_city);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("roleError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("roleOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("roleCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoleDialog::reject);
    connect(m_liaison, &QRadioButton::toggled, this, &RoleDialog::updateState);
    connect(m_city, &QComboBox::currentIndexChanged, this, &RoleDialog::updateState);

    auto *cityRow = new QFormLayout;
    cityRow->setContentsMargins(24, 0, 0, 0);
    cityRow->addRow(m_cityLabel, m_city);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_explanation);
    layout->addSpacing(6);
    layout->addWidget(m_coordinator);
    layout->addWidget(m_liaison);
    layout->addLayout(cityRow);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    loadCities();
    retranslateUi();
    updateState();
    setMinimumWidth(420);
}

void RoleDialog::accept()
{
    const bool liaison = m_liaison->isChecked();
    const Result<Identity> result = Replica::initialise(m_database,
        liaison ? QStringLiteral("liaison") : QStringLiteral("coordinator"),
        liaison ? m_city->currentData().toString() : QString());
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void RoleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RoleDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Pactesur"));
    m_question->setText(tr("Who are you in the project?"));
    m_explanation->setText(tr("This is asked once for this database: the records you write "
                              "are stamped with your role, so it cannot be changed later."));
    m_coordinator->setText(tr("&Coordinator"));
    m_coordinator->setAccessibleName(tr("Coordinator"));
    m_liaison->setText(tr("City &liaison"));
    m_liaison->setAccessibleName(tr("City liaison"));
    m_cityLabel->setText(tr("C&ity:"));
    m_city->setAccessibleName(tr("Your city"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Confirm the role"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

void RoleDialog::loadCities()
{
    QSqlQuery query(m_database.sql());
    if (!query.exec(QStringLiteral(
            "SELECT id, name FROM city WHERE deleted = 0 ORDER BY name COLLATE NOCASE")))
        return;
    while (query.next())
        m_city->addItem(query.value(1).toString(), query.value(0).toString());
}

void RoleDialog::updateState()
{
    const bool liaison = m_liaison->isChecked();
    m_city->setEnabled(liaison);
    m_cityLabel->setEnabled(liaison);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!liaison || m_city->currentIndex() >= 0);
    m_error->hide();
}

} // namespace pactesur
