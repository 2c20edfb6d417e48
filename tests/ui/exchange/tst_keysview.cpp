// SPDX-License-Identifier: EUPL-1.2
// The Keys tab of the Exchanges section (issue 14): this replica's fingerprint in twelve
// groups with Copy, its card exported, a card enrolled only after the person confirmed its
// fingerprint (a wrongly typed one refused), revocation by the coordinator, and a liaison
// who enrols the coordinator's card only.
#include "exchange/enrolcarddialog.h"
#include "exchange/exchangehistoryview.h"
#include "exchange/fingerprintlabel.h"
#include "exchange/keysview.h"
#include "guitestsupport.h"
#include "session/session.h"
#include "store/replica.h"
#include "testdatabase.h"
#include "trust/card.h"
#include "trust/keyring.h"
#include "trust/roster.h"
#include "util/translations.h"
#include "widgets/filedialogs.h"
#include "widgets/messages.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace pactesur;

namespace {

QString fingerprintOf(const Database &db)
{
    Result<std::unique_ptr<Keyring>> keyring = Keyring::open(db);
    return keyring ? keyring.value()->publicKeys().fingerprint() : QString();
}

// A city's card written where the file dialog will be answered with it.
QString cardOf(test::TestDatabase &city, const QString &folder)
{
    const QString path
        = folder + QLatin1Char('/') + Replica::load(city.db()).citySlug + QStringLiteral(".card");
    if (!Cards::writeFile(city.db(), path))
        qFatal("cannot write the card");
    return path;
}

int rowOf(const QTreeWidget *list, const QString &who)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == who)
            return i;
    }
    return -1;
}

// What the enrol dialog showed, and the error it gave, read while it is open.
struct Seen
{
    QString claimed;
    QString fingerprint;
    QString error;
    bool stillOpen = false;
};

} // namespace

class TestKeysView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        test::prepareGuiTests();
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        Messages::takeRecorded();
        Translations::install(QStringLiteral("en"));
    }

    void shouldShowThisReplicasFingerprintInTwelveGroupsToCopy()
    {
        // GIVEN the coordinator's database
        test::TestSession fixture;
        KeysView view(fixture.session());
        view.show();
        // THEN its fingerprint shows as twelve groups of five digits, four to a line
        const QString fingerprint = fingerprintOf(fixture.db());
        FingerprintLabel *label = view.fingerprintLabel();
        QCOMPARE(label->objectName(), QStringLiteral("keysFingerprint"));
        QCOMPARE(label->fingerprint(), fingerprint);
        const QStringList groups = label->text().split(QRegularExpression("\\s+"));
        QCOMPARE(groups.size(), 12);
        for (const QString &group : groups)
            QVERIFY2(QRegularExpression("^\\d{5}$").match(group).hasMatch(), qPrintable(group));
        QCOMPARE(label->text().count(QLatin1Char('\n')), 2);
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(!label->accessibleName().isEmpty());
        // AND Copy puts it on the clipboard on one line, as people paste it
        QTest::mouseClick(view.findChild<QPushButton *>("keysCopyFingerprint"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), fingerprint);
        // AND the roster names this database, active, which it cannot revoke
        const auto *roster = view.findChild<QTreeWidget *>("keysRoster");
        QCOMPARE(view.rowCount(), 1);
        QCOMPARE(test::rowTexts(roster, 0).mid(0, 3),
            QStringList({"Coordinator (this database)", fingerprint, "Active"}));
        auto *revoke = view.findChild<QPushButton *>("keysRevoke");
        QVERIFY(revoke->isVisible());
        QVERIFY(!revoke->isEnabled());
        // AND every control has a name for assistive technology
        for (const char *name :
            {"keysCopyFingerprint", "keysExportCard", "keysEnrolCard", "keysRevoke"})
            QVERIFY2(!view.findChild<QWidget *>(name)->accessibleName().isEmpty(), name);
        QVERIFY(!roster->accessibleName().isEmpty());
    }

    void shouldEnrolACardOnceItsFingerprintIsConfirmed()
    {
        // GIVEN the coordinator, and the card of the liaison of Riga
        test::TestSession fixture;
        test::TestDatabase riga(test::TestDatabase::Role::Liaison, QStringLiteral("riga"));
        const QString card = cardOf(riga, m_dir.path());
        const QString rigaReplica = Replica::load(riga.db()).replicaId;
        KeysView view(fixture.session());
        view.show();

        // WHEN Enrol a Card… picks it and the person types the fingerprint read to them
        Seen seen;
        test::whenDialogOpens<EnrolCardDialog>([&seen, &riga](EnrolCardDialog *dialog) {
            seen.claimed = dialog->claimedIdentity();
            seen.fingerprint = dialog->fingerprintLabel()->fingerprint();
            QTest::keyClicks(dialog->typedFingerprint(), fingerprintOf(riga.db()));
            QTest::mouseClick(dialog->enrolButton(), Qt::LeftButton);
        });
        FileDialogs::setNextFileName(card);
        QTest::mouseClick(view.findChild<QPushButton *>("keysEnrolCard"), Qt::LeftButton);

        // THEN the dialog showed who the card claims to be and its fingerprint
        QCOMPARE(seen.claimed, QStringLiteral("Liaison of Riga"));
        QCOMPARE(seen.fingerprint, fingerprintOf(riga.db()));
        // AND Riga is enrolled, active, and the tab says so
        const std::optional<RosterEntry> entry = Roster::find(fixture.db(), rigaReplica);
        QVERIFY(entry);
        QVERIFY(!entry->revoked);
        QCOMPARE(view.rowCount(), 2);
        const auto *roster = view.findChild<QTreeWidget *>("keysRoster");
        const int rigaRow = rowOf(roster, QStringLiteral("Liaison of Riga"));
        QVERIFY(rigaRow >= 0);
        QCOMPARE(test::rowTexts(roster, rigaRow).mid(1, 2),
            QStringList({fingerprintOf(riga.db()), QStringLiteral("Active")}));
        QVERIFY2(view.statusText().startsWith(QStringLiteral("Enrolled: Liaison of Riga.")),
            qPrintable(view.statusText()));
        QVERIFY(view.errorText().isEmpty());
    }

    void shouldRefuseACardWhoseTypedFingerprintDiffers()
    {
        // GIVEN the coordinator, and a card whose owner read another fingerprint
        test::TestSession fixture;
        test::TestDatabase riga(test::TestDatabase::Role::Liaison, QStringLiteral("riga"));
        const QString card = cardOf(riga, m_dir.path());
        KeysView view(fixture.session());
        const QString wrong = QStringLiteral(
            "11111 22222 33333 44444 55555 66666 77777 88888 99999 00000 12345 67890");

        // WHEN it is typed and Enrol clicked
        Seen seen;
        test::whenDialogOpens<EnrolCardDialog>([&seen, &wrong](EnrolCardDialog *dialog) {
            QTest::keyClicks(dialog->typedFingerprint(), wrong);
            QTest::mouseClick(dialog->enrolButton(), Qt::LeftButton);
            seen.error = dialog->errorText();
            seen.stillOpen = dialog->isVisible() && dialog->result() != QDialog::Accepted;
            test::saveShot(dialog, QStringLiteral("keys-enrol-wrong-fingerprint-en"));
            dialog->reject();
        });
        FileDialogs::setNextFileName(card);
        view.enrolCard();

        // THEN the dialog stayed open with the core's sentence, and nothing was enrolled
        QVERIFY(seen.stillOpen);
        QCOMPARE(seen.error,
            QStringLiteral("The card's fingerprint is %1, not the one you were given: it was not "
                           "enrolled.")
                .arg(fingerprintOf(riga.db())));
        QVERIFY(!Roster::find(fixture.db(), Replica::load(riga.db()).replicaId));
        QCOMPARE(view.rowCount(), 1);
    }

    void shouldRevokeTheSelectedKeysAfterConfirmation()
    {
        // GIVEN the coordinator who enrolled the liaison of Riga
        test::TestSession fixture;
        test::TestDatabase riga(test::TestDatabase::Role::Liaison, QStringLiteral("riga"));
        test::enrol(fixture.db(), riga.db());
        const QString rigaReplica = Replica::load(riga.db()).replicaId;
        KeysView view(fixture.session());
        view.show();
        QVERIFY(view.selectReplica(rigaReplica));
        auto *revoke = view.findChild<QPushButton *>("keysRevoke");
        QVERIFY(revoke->isEnabled());

        // WHEN Revoke… is declined THEN nothing changes
        Messages::setNextAnswer(false);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(Messages::takeRecorded().first().startsWith("Revoke the keys of Liaison of Riga?"));
        QVERIFY(!Roster::find(fixture.db(), rigaReplica)->revoked);

        // WHEN it is confirmed THEN Riga's keys are revoked, and shown so
        Messages::setNextAnswer(true);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(Roster::find(fixture.db(), rigaReplica)->revoked);
        const auto *roster = view.findChild<QTreeWidget *>("keysRoster");
        QCOMPARE(view.selectedReplica(), rigaReplica);
        QCOMPARE(roster->currentItem()->text(2), QStringLiteral("Revoked"));
        QCOMPARE(view.statusText(), QStringLiteral("The keys of Liaison of Riga are revoked."));
        // AND they cannot be revoked twice
        QVERIFY(!revoke->isEnabled());
    }

    void shouldExportThisReplicasCard()
    {
        test::TestSession fixture;
        KeysView view(fixture.session());
        // WHEN Export My Card… is given a name without a suffix
        const QString path = m_dir.filePath(QStringLiteral("hq"));
        FileDialogs::setNextFileName(path);
        QTest::mouseClick(view.findChild<QPushButton *>("keysExportCard"), Qt::LeftButton);
        // THEN a card is written, which names this replica and its keys
        const Result<Card> card = Cards::readFile(path + QStringLiteral(".card"));
        QVERIFY(card);
        QCOMPARE(card->replica, Replica::load(fixture.db()).replicaId);
        QCOMPARE(card->keys.fingerprint(), fingerprintOf(fixture.db()));
        QVERIFY(view.statusText().contains(QStringLiteral("hq.card")));
    }

    void shouldLetALiaisonEnrolTheCoordinatorsCardOnly()
    {
        // GIVEN the liaison of Riga, and the cards of Vilnius and of the coordinator
        test::TestDatabase riga(test::TestDatabase::Role::Liaison, QStringLiteral("riga"));
        riga.close();
        std::unique_ptr<Session> session = test::openSession(riga.path());
        test::TestDatabase vilnius(test::TestDatabase::Role::Liaison, QStringLiteral("vilnius"));
        test::TestDatabase hq;
        const QString hqCard = m_dir.filePath(QStringLiteral("coordinator.card"));
        QVERIFY(Cards::writeFile(hq.db(), hqCard));
        KeysView view(*session);
        view.show();
        // THEN nothing can be revoked here
        QVERIFY(!view.findChild<QPushButton *>("keysRevoke")->isVisible());

        // WHEN Vilnius's card is picked THEN it is refused at once, no question asked
        FileDialogs::setNextFileName(cardOf(vilnius, m_dir.path()));
        view.enrolCard();
        QCOMPARE(view.errorText(),
            QStringLiteral("A city liaison enrols the coordinator's card only; the other cities "
                           "come with the coordinator's roster."));
        QCOMPARE(view.rowCount(), 1);

        // WHEN the coordinator's card is picked and confirmed without typing THEN it is enrolled
        Seen seen;
        test::whenDialogOpens<EnrolCardDialog>([&seen](EnrolCardDialog *dialog) {
            seen.claimed = dialog->claimedIdentity();
            dialog->enrolButton()->click();
        });
        FileDialogs::setNextFileName(hqCard);
        view.enrolCard();
        QCOMPARE(seen.claimed, QStringLiteral("Coordinator"));
        QVERIFY(view.errorText().isEmpty());
        QCOMPARE(view.rowCount(), 2);
        QCOMPARE(test::rowTexts(view.findChild<QTreeWidget *>("keysRoster"), 0).at(0),
            QStringLiteral("Coordinator"));
    }

    // Pictures for people to look at (PACTESUR_TEST_SHOTS=folder), in English and French.
    void shouldDrawTheKeysTab()
    {
        if (qEnvironmentVariableIsEmpty("PACTESUR_TEST_SHOTS"))
            QSKIP("set PACTESUR_TEST_SHOTS to a folder to save the screens");
        // GIVEN a coordinator who enrolled three cities and revoked one
        test::TestSession fixture;
        QList<std::shared_ptr<test::TestDatabase>> cities;
        for (const char *slug : {"riga", "vilnius", "nice"}) {
            cities << std::make_shared<test::TestDatabase>(
                test::TestDatabase::Role::Liaison, QString::fromLatin1(slug));
            test::enrol(fixture.db(), cities.last()->db());
        }
        QVERIFY(Roster::revoke(fixture.db(), Replica::load(cities.at(1)->db()).replicaId));
        ExchangeHistoryView history(fixture.session());
        history.setCurrentWidget(history.keys());
        history.resize(1000, 620);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        test::TestDatabase lisbon(test::TestDatabase::Role::Liaison, QStringLiteral("lisbon"));
        const QString card = cardOf(lisbon, m_dir.path());
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            Translations::install(language);
            QApplication::processEvents();
            history.keys()->selectReplica(Replica::load(cities.at(0)->db()).replicaId);
            test::saveShot(&history, QStringLiteral("keys-tab-%1").arg(language));
            test::whenDialogOpens<EnrolCardDialog>([&language](EnrolCardDialog *dialog) {
                QTest::keyClicks(dialog->typedFingerprint(), QStringLiteral("12345 67890"));
                test::saveShot(dialog, QStringLiteral("keys-enrol-dialog-%1").arg(language));
                dialog->reject();
            });
            FileDialogs::setNextFileName(card);
            history.keys()->enrolCard();
        }
    }
};

QTEST_MAIN(TestKeysView)
#include "tst_keysview.moc"
