// SPDX-License-Identifier: EUPL-1.2
#include "keysview.h"

#include "enrolcarddialog.h"
#include "fingerprintlabel.h"
#include "exchange/peerdirectory.h"
#include "session/session.h"
#include "store/database.h"
#include "trust/card.h"
#include "trust/keyring.h"
#include "trust/roster.h"
#include "widgets/filedialogs.h"
#include "widgets/labels.h"
#include "widgets/messages.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pactesur {

namespace {
enum Column { WhoColumn, FingerprintColumn, StatusColumn, ReplicaColumn, ColumnCount };
constexpr int kReplicaRole = Qt::UserRole + 1;
constexpr int kRevokedRole = Qt::UserRole + 2;

QString cardFilter()
{
    return KeysView::tr("Pactesur identity cards (*.card);;All files (*)");
}
} // namespace

KeysView::KeysView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("keysView"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("keysIntro"));
    m_intro->setWordWrap(true);

    m_ownBox = new QGroupBox(this);
    auto *own = m_ownBox;
    own->setObjectName(QStringLiteral("keysOwnBox"));
    m_ownRole = new QLabel(own);
    m_ownRole->setObjectName(QStringLiteral("keysOwnRole"));
    m_ownRole->setTextFormat(Qt::PlainText);
    m_ownRole->setWordWrap(true);
    m_ownHeading = new QLabel(own);
    m_ownHeading->setObjectName(QStringLiteral("keysFingerprintCaption"));
    m_ownHeading->setWordWrap(true);
    m_fingerprint = new FingerprintLabel(own);
    m_fingerprint->setObjectName(QStringLiteral("keysFingerprint"));
    m_ownHeading->setBuddy(m_fingerprint);
    m_copy = new QPushButton(own);
    m_copy->setObjectName(QStringLiteral("keysCopyFingerprint"));
    m_exportCard = new QPushButton(own);
    m_exportCard->setObjectName(QStringLiteral("keysExportCard"));
    auto *ownButtons = new QVBoxLayout;
    ownButtons->addWidget(m_copy);
    ownButtons->addWidget(m_exportCard);
    ownButtons->addStretch(1);
    auto *ownLayout = new QGridLayout(own);
    ownLayout->addWidget(m_ownRole, 0, 0, 1, 3);
    ownLayout->addWidget(m_ownHeading, 1, 0, 1, 3);
    ownLayout->addWidget(m_fingerprint, 2, 0, Qt::AlignLeft | Qt::AlignTop);
    ownLayout->addLayout(ownButtons, 2, 1);
    ownLayout->setColumnStretch(2, 1);
    ownLayout->setHorizontalSpacing(24);

    m_rosterHeading = new QLabel(this);
    m_rosterHeading->setObjectName(QStringLiteral("keysRosterHeading"));
    QFont headingFont = m_rosterHeading->font();
    headingFont.setBold(true);
    m_rosterHeading->setFont(headingFont);
    m_rosterNote = new QLabel(this);
    m_rosterNote->setObjectName(QStringLiteral("keysRosterNote"));
    m_rosterNote->setWordWrap(true);
    m_roster = new QTreeWidget(this);
    m_roster->setObjectName(QStringLiteral("keysRoster"));
    m_roster->setRootIsDecorated(false);
    m_roster->setUniformRowHeights(true);
    m_roster->setAlternatingRowColors(true);
    m_roster->setColumnCount(ColumnCount);
    m_roster->header()->setStretchLastSection(true);
    m_error = labels::warning(QStringLiteral("keysError"), this);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keysStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_enrol = new QPushButton(this);
    m_enrol->setObjectName(QStringLiteral("keysEnrolCard"));
    m_revoke = new QPushButton(this);
    m_revoke->setObjectName(QStringLiteral("keysRevoke"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_enrol);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(own);
    layout->addSpacing(6);
    layout->addWidget(m_rosterHeading);
    layout->addWidget(m_rosterNote);
    layout->addWidget(m_roster, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_fingerprint->fingerprint());
        showStatus(tr("The fingerprint is copied."));
    });
    connect(m_exportCard, &QPushButton::clicked, this, &KeysView::exportCard);
    connect(m_enrol, &QPushButton::clicked, this, &KeysView::enrolCard);
    connect(m_revoke, &QPushButton::clicked, this, &KeysView::revokeSelected);
    connect(m_roster, &QTreeWidget::currentItemChanged, this, &KeysView::updateButtons);
    // A coordinator's package brings its roster; the role is set, or another database opened.
    connect(&session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String("imports"))
            refreshRoster();
    });
    connect(&session, &Session::databaseReplaced, this, &KeysView::refresh);
    connect(&session, &Session::identityChanged, this, &KeysView::refresh);
    refresh();
}

int KeysView::rowCount() const
{
    return m_roster->topLevelItemCount();
}

void KeysView::refresh()
{
    const Database &db = m_session.database();
    m_identity = Replica::load(db);
    QString fingerprint;
    if (m_identity.isSet()) {
        // As `keys show`: a database set up before keys existed gets them, and its roster
        // names it.
        if (Status status = Roster::enrolSelf(db); !status)
            showError(status.error().message);
        if (Result<std::unique_ptr<Keyring>> keyring = Keyring::open(db))
            fingerprint = keyring.value()->publicKeys().fingerprint();
        else
            showError(keyring.error().message);
    }
    m_fingerprint->setFingerprint(fingerprint);
    m_copy->setEnabled(!fingerprint.isEmpty());
    m_exportCard->setEnabled(!fingerprint.isEmpty());
    m_enrol->setEnabled(m_identity.isSet());
    retranslateUi();
    refreshRoster();
}

void KeysView::refreshRoster()
{
    const Database &db = m_session.database();
    const QString selected = selectedReplica();
    const PeerDirectory peers(db);
    QList<RosterEntry> entries = Roster::list(db);
    // The coordinator first, then the cities by the name people know them by.
    std::sort(entries.begin(), entries.end(), [&peers](const RosterEntry &a, const RosterEntry &b) {
        const bool aFirst = a.role == QLatin1String("coordinator");
        const bool bFirst = b.role == QLatin1String("coordinator");
        if (aFirst != bFirst)
            return aFirst;
        return QString::localeAwareCompare(peers.cityName(a.city), peers.cityName(b.city)) < 0;
    });
    m_roster->clear();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QColor revokedColour = palette().color(QPalette::Disabled, QPalette::Text);
    for (const RosterEntry &entry : std::as_const(entries)) {
        auto *item = new QTreeWidgetItem(m_roster);
        const QString who = peers.describeRole(entry.role, entry.city);
        item->setText(WhoColumn,
            entry.replica == m_identity.replicaId ? tr("%1 (this database)").arg(who) : who);
        item->setText(FingerprintColumn, entry.keys.fingerprint());
        item->setFont(FingerprintColumn, fixed);
        item->setText(StatusColumn, entry.revoked ? tr("Revoked") : tr("Active"));
        item->setText(ReplicaColumn, entry.replica.left(8));
        item->setToolTip(ReplicaColumn, entry.replica);
        item->setData(WhoColumn, kReplicaRole, entry.replica);
        item->setData(WhoColumn, kRevokedRole, entry.revoked);
        if (entry.revoked) {
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, revokedColour);
            item->setForeground(StatusColumn, QColor(0xb0, 0x1c, 0x1c));
        }
    }
    for (int column = 0; column < ReplicaColumn; ++column)
        m_roster->resizeColumnToContents(column);
    if (!selectReplica(selected) && m_roster->topLevelItemCount() > 0)
        m_roster->setCurrentItem(m_roster->topLevelItem(0));
    updateButtons();
}

bool KeysView::selectReplica(const QString &replica)
{
    for (int i = 0; i < m_roster->topLevelItemCount(); ++i) {
        if (!replica.isEmpty()
            && m_roster->topLevelItem(i)->data(WhoColumn, kReplicaRole) == replica) {
            m_roster->setCurrentItem(m_roster->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString KeysView::selectedReplica() const
{
    const QTreeWidgetItem *item = m_roster->currentItem();
    return item ? item->data(WhoColumn, kReplicaRole).toString() : QString();
}

void KeysView::updateButtons()
{
    // Only the coordinator revokes, and never its own keys.
    const QTreeWidgetItem *item = m_roster->currentItem();
    const bool coordinator = m_identity.isCoordinator();
    m_revoke->setVisible(coordinator);
    m_revoke->setEnabled(coordinator && item && !item->data(WhoColumn, kRevokedRole).toBool()
        && selectedReplica() != m_identity.replicaId);
}

QString KeysView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString KeysView::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void KeysView::showError(const QString &message)
{
    m_status->hide();
    m_error->setText(message);
    m_error->show();
}

void KeysView::showStatus(const QString &message)
{
    m_error->hide();
    m_status->setText(message);
    m_status->show();
}

void KeysView::enrolCard()
{
    const QString path = FileDialogs::getOpenFileName(this, tr("Enrol a Card"), cardFilter());
    if (path.isEmpty())
        return;
    const Database &db = m_session.database();
    const Result<Card> card = Cards::readFile(path);
    if (!card) {
        showError(card.error().message);
        return;
    }
    // Refused before anyone spends a phone call comparing its fingerprint.
    if (Status status = Roster::check(db, card.value()); !status) {
        showError(status.error().message);
        return;
    }
    EnrolCardDialog dialog(db, card.value(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome())
        return;
    refreshRoster();
    selectReplica(card->replica);
    showStatus(*dialog.outcome() == Roster::Enrolled::Added
            ? tr("Enrolled: %1. Its packages are accepted, and yours can be sealed to it.")
                  .arg(dialog.claimedIdentity())
            : tr("Already enrolled: %1.").arg(dialog.claimedIdentity()));
}

void KeysView::exportCard()
{
    const QString who
        = m_identity.isCoordinator() ? QStringLiteral("coordinator") : m_identity.citySlug;
    QString path = FileDialogs::getSaveFileName(
        this, tr("Export My Card"), QStringLiteral("pactesur-%1.card").arg(who), cardFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".card");
    if (Status status = Cards::writeFile(m_session.database(), path); !status) {
        showError(status.error().message);
        return;
    }
    showStatus(tr("Your card is saved as %1. Send it to your partner, then read them your "
                  "fingerprint by phone.")
                   .arg(QDir::toNativeSeparators(path)));
}

void KeysView::revokeSelected()
{
    const QTreeWidgetItem *item = m_roster->currentItem();
    if (!item || !m_revoke->isEnabled())
        return;
    const QString replica = selectedReplica();
    if (!Messages::confirm(this,
            tr("Revoke the keys of %1?\nTheir packages are refused from now on, and your next "
               "packages tell every city. A revoked key is never trusted again: the person "
               "sets up a new database and you enrol its card.")
                .arg(item->text(WhoColumn)),
            tr("Revoke")))
        return;
    const QString who = item->text(WhoColumn);
    if (Status status = Roster::revoke(m_session.database(), replica); !status) {
        showError(status.error().message);
        return;
    }
    refreshRoster();
    showStatus(tr("The keys of %1 are revoked.").arg(who));
}

void KeysView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshRoster();
    }
    QWidget::changeEvent(event);
}

void KeysView::retranslateUi()
{
    m_intro->setText(
        tr("Every package is signed by its sender and sealed to the replicas that may read it. "
           "A card holds the public keys of one replica; before you enrol someone's card, "
           "compare its fingerprint with theirs, by phone or in person."));
    m_ownBox->setTitle(tr("This database"));
    m_ownRole->setText(m_identity.isSet()
            ? tr("%1, replica %2").arg(m_identity.describe(), m_identity.replicaId)
            : tr("This database has no role yet."));
    m_ownHeading->setText(tr("Your fingerprint: read it to a partner who enrols your card."));
    m_fingerprint->setAccessibleName(tr("Your fingerprint"));
    m_copy->setText(tr("&Copy"));
    m_copy->setAccessibleName(tr("Copy the fingerprint"));
    m_exportCard->setText(tr("E&xport My Card…"));
    m_exportCard->setAccessibleName(tr("Export my card"));
    m_rosterHeading->setText(tr("Replicas this database trusts"));
    m_rosterNote->setText(m_identity.isCoordinator()
            ? tr("You enrol each city's card after comparing its fingerprint; every package you "
                 "send carries this list, so the cities trust each other through you.")
            : tr("As a city liaison, you enrol the coordinator's card once; the other cities "
                 "come with the coordinator's packages."));
    m_roster->setHeaderLabels({tr("Who"), tr("Fingerprint"), tr("Status"), tr("Replica")});
    m_roster->setAccessibleName(tr("Replicas this database trusts"));
    m_enrol->setText(tr("&Enrol a Card…"));
    m_enrol->setAccessibleName(tr("Enrol a card"));
    m_revoke->setText(tr("&Revoke…"));
    m_revoke->setAccessibleName(tr("Revoke the selected keys"));
}

} // namespace pactesur
