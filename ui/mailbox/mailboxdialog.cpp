// SPDX-License-Identifier: EUPL-1.2
#include "mailboxdialog.h"

#include "connectiontest.h"
#include "mailbox/mailboxsync.h"
#include "mailboxpassword.h"
#include "session/session.h"
#include "syncsettings.h"
#include "widgets/labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace pactesur {

namespace {

const QString kNextcloudExample
    = QStringLiteral("https://cloud.example.eu/remote.php/dav/files/USER/pactesur/");
const QString kFolderExample = QStringLiteral("file:///");
const QColor kWorksColour(0x1d, 0x6b, 0x2c);
const QColor kFailsColour(0xb0, 0x1c, 0x1c);

// A smaller, dimmed line under a field: an example or where the password is kept.
QLabel *hint(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

MailboxDialog::MailboxDialog(Session &session, MailboxPassword &passwords, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_passwords(passwords)
    , m_tester(new ConnectionTest(this))
{
    setObjectName(QStringLiteral("mailboxDialog"));
    setMinimumWidth(580);
    buildUi();
    retranslateUi();
    load();
    connect(m_tester, &ConnectionTest::finished, this, &MailboxDialog::showTestResult);
    connect(&m_passwords, &MailboxPassword::keyringChanged, this, &MailboxDialog::showKeyringNote);
}

void MailboxDialog::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("mailboxUrl"));
    m_url->setClearButtonEnabled(true);
    m_url->setMinimumWidth(m_url->fontMetrics().horizontalAdvance(kNextcloudExample) + 40);
    m_urlHint = hint(QStringLiteral("mailboxUrlHint"), this);
    m_urlError = labels::warning(QStringLiteral("mailboxUrlError"), this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("mailboxUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("mailboxPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keyringNote = hint(QStringLiteral("mailboxKeyringNote"), this);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("mailboxInterval"));
    m_interval->setRange(0, SyncSettings::kMaxInterval);
    m_interval->setSingleStep(5);
    m_review = new QCheckBox(this);
    m_review->setObjectName(QStringLiteral("mailboxReview"));
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("mailboxTest"));
    m_test->setAutoDefault(false);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("mailboxTestResult"));
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setObjectName(QStringLiteral("mailboxOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("mailboxCancel"));

    m_urlLabel = new QLabel(this);
    m_urlLabel->setBuddy(m_url);
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_intervalLabel = new QLabel(this);
    m_intervalLabel->setBuddy(m_interval);

    auto *address = new QVBoxLayout;
    address->setSpacing(2);
    address->addWidget(m_url);
    address->addWidget(m_urlHint);
    address->addWidget(m_urlError);
    auto *password = new QVBoxLayout;
    password->setSpacing(2);
    password->addWidget(m_password);
    password->addWidget(m_keyringNote);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_urlLabel, address);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, password);
    form->addRow(m_intervalLabel, m_interval);
    form->addRow(QString(), m_review);
    auto *test = new QHBoxLayout;
    test->addWidget(m_test, 0, Qt::AlignTop);
    test->addWidget(m_testResult, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(test);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MailboxDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MailboxDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &MailboxDialog::testConnection);
    for (QLineEdit *field : {m_url, m_user, m_password}) {
        connect(field, &QLineEdit::textChanged, this, [this] {
            m_testResult->clear();
            updateState();
        });
    }
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordTyped = true; });
    // Once the address and user are typed, the keyring may already know their password.
    connect(m_url, &QLineEdit::editingFinished, this, &MailboxDialog::readPassword);
    connect(m_user, &QLineEdit::editingFinished, this, &MailboxDialog::readPassword);
}

void MailboxDialog::retranslateUi()
{
    setWindowTitle(tr("Mailbox"));
    m_intro->setText(tr("Through a mailbox, Pactesur sends your changes to your partners and "
                        "imports theirs by itself. The mailbox is a folder on a WebDAV server "
                        "such as Nextcloud, or a folder on this computer that a sync client "
                        "shares with them. Leave the address empty to exchange by hand only."));
    m_urlLabel->setText(tr("&Address:"));
    m_url->setPlaceholderText(kNextcloudExample);
    m_url->setAccessibleName(tr("Mailbox address"));
    m_urlHint->setText(
        tr("Nextcloud: %1\nA folder: %2path/to/folder").arg(kNextcloudExample, kFolderExample));
    m_userLabel->setText(tr("&User:"));
    m_user->setAccessibleName(tr("User name on the server"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password on the server"));
    m_intervalLabel->setText(tr("Sync &every:"));
    m_interval->setSpecialValueText(tr("Only by hand"));
    m_interval->setSuffix(tr(" min"));
    m_interval->setAccessibleName(tr("Minutes between automatic syncs"));
    m_interval->setToolTip(tr("While Pactesur is open; 0: only when you choose File ▸ Sync Now"));
    m_review->setText(tr("&Review every incoming package before importing it"));
    m_test->setText(tr("&Test Connection"));
    m_testResult->setAccessibleName(tr("Result of the connection test"));
    okButton()->setAccessibleName(tr("Save the mailbox settings"));
    showKeyringNote();
    updateState();
}

void MailboxDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MailboxDialog::load()
{
    const MailboxSettings saved = MailboxSettings::load(m_session.database());
    m_url->setText(saved.url);
    m_user->setText(saved.user);
    m_interval->setValue(SyncSettings::intervalMinutes());
    m_review->setChecked(SyncSettings::reviewIncoming());
    updateState();
    readPassword();
}

MailboxSettings MailboxDialog::settings() const
{
    MailboxSettings settings;
    settings.url = m_url->text().trimmed();
    settings.user = m_user->text().trimmed();
    return settings;
}

QPushButton *MailboxDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString MailboxDialog::addressError() const
{
    return m_urlError->isVisibleTo(this) ? m_urlError->text() : QString();
}

QString MailboxDialog::testResult() const
{
    return m_testResult->text();
}

bool MailboxDialog::isTesting() const
{
    return m_tester->isRunning();
}

bool MailboxDialog::isWebDav() const
{
    const QString scheme = QUrl(m_url->text().trimmed()).scheme();
    return scheme == QLatin1String("https") || scheme == QLatin1String("http");
}

void MailboxDialog::updateState()
{
    const QString url = m_url->text().trimmed();
    const Status checked = url.isEmpty() ? Status() : MailboxSync::checkAddress(url);
    m_urlError->setText(checked ? QString() : checked.error().message);
    m_urlError->setVisible(!checked);
    // A folder needs neither user nor password.
    const bool webDav = checked && isWebDav();
    const QList<QWidget *> credentials = {m_user, m_userLabel, m_password, m_passwordLabel};
    for (QWidget *widget : credentials)
        widget->setEnabled(webDav || url.isEmpty());
    m_keyringNote->setVisible(webDav);
    if (webDav && m_passwords.keyring() == MailboxPassword::Keyring::Unknown && !m_keyringAsked) {
        // Whether there is a keyring at all, for the note under the password.
        m_keyringAsked = true;
        m_passwords.read(settings(), this, [](const QString &) {});
    }
    okButton()->setEnabled(bool(checked));
    m_test->setEnabled(checked && !url.isEmpty() && !m_tester->isRunning());
    // Once the layout took in a message shown or hidden.
    QTimer::singleShot(0, this, &MailboxDialog::fitHeight);
}

void MailboxDialog::fitHeight()
{
    // The wrapped texts need more height than a window's layout asks for at first (Qt sizes
    // a window without height-for-width): grow until nothing is squeezed.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void MailboxDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void MailboxDialog::readPassword()
{
    const MailboxSettings typed = settings();
    if (!MailboxPassword::isNeeded(typed) || m_passwordTyped
        || m_passwordReadFor == MailboxPassword::key(typed))
        return;
    m_passwordReadFor = MailboxPassword::key(typed);
    m_passwords.read(typed, this, [this, typed](const QString &password) {
        // Only if nothing else was typed meanwhile.
        if (!m_passwordTyped && MailboxPassword::key(settings()) == MailboxPassword::key(typed))
            m_password->setText(password);
    });
}

void MailboxDialog::showKeyringNote()
{
    switch (m_passwords.keyring()) {
    case MailboxPassword::Keyring::Missing:
        m_keyringNote->setText(tr("No desktop keyring: the password is asked once per session."));
        break;
    case MailboxPassword::Keyring::Unknown:
    case MailboxPassword::Keyring::Available:
        m_keyringNote->setText(tr("The password is kept in the desktop keyring."));
        break;
    }
}

void MailboxDialog::testConnection()
{
    if (!m_tester->start(settings(), m_password->text()))
        return;
    QPalette palette = this->palette();
    m_testResult->setPalette(palette);
    m_testResult->setText(tr("Testing the connection…"));
    updateState();
}

void MailboxDialog::showTestResult(const QString &error)
{
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, error.isEmpty() ? kWorksColour : kFailsColour);
    m_testResult->setPalette(palette);
    m_testResult->setText(error.isEmpty() ? tr("Connection works.") : error);
    updateState();
}

void MailboxDialog::accept()
{
    const MailboxSettings typed = settings();
    if (typed.isSet()) {
        if (const Status checked = MailboxSync::checkAddress(typed.url); !checked) {
            updateState();
            return;
        }
    }
    if (const Status saved = typed.save(m_session.database()); !saved) {
        m_urlError->setText(saved.error().message);
        m_urlError->show();
        return;
    }
    SyncSettings::setIntervalMinutes(m_interval->value());
    SyncSettings::setReviewIncoming(m_review->isChecked());
    if (MailboxPassword::isNeeded(typed) && !m_password->text().isEmpty())
        m_passwords.store(typed, m_password->text());
    QDialog::accept();
}

} // namespace pactesur
