// SPDX-License-Identifier: EUPL-1.2
// The editors under the detail panel: members of a group, participation, a resource's file,
// a contact's erasure and export, a city's related records; each through the session.
#include "exchange/exporter.h"
#include "guitestsupport.h"
#include "records/attachmentactions.h"
#include "records/contactactions.h"
#include "records/membershipeditor.h"
#include "records/participationeditor.h"
#include "records/recorddetailpanel.h"
#include "session/session.h"
#include "testdatabase.h"
#include "util/translations.h"
#include "widgets/filedialogs.h"
#include "widgets/messages.h"

#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace pactesur;

namespace {

// Stands in for the desktop's file viewer.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

} // namespace

class TestDetailEditors : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_fixture;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RecordDetailPanel> m_panel;

    QVariant sqlValue(const QString &sql, const QVariantList &bind = {}) const
    {
        QSqlQuery query(m_session->database().sql());
        query.prepare(sql);
        for (const QVariant &value : bind)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    QString create(const QString &kind, const TextValues &values)
    {
        const Result<QString> id = m_session->createRecord(Kinds::get(kind), values);
        if (!id)
            qWarning("%s", qPrintable(id.error().message));
        return id ? id.value() : QString();
    }

    // The detail panel of `kind` showing `id`, as the list view shows it.
    template<typename Editor>
    Editor *openPanel(const QString &kind, const QString &id)
    {
        m_panel = std::make_unique<RecordDetailPanel>(Kinds::get(kind));
        m_panel->setDatabase(&m_session->database());
        m_panel->setSession(m_session.get());
        m_panel->showRecord(id);
        m_panel->resize(380, 640);
        m_panel->show();
        return m_panel->findChild<Editor *>();
    }

    QString cityId(const QString &slug) const
    {
        return sqlValue(QStringLiteral("SELECT id FROM city WHERE slug = ?"), {slug}).toString();
    }

private slots:
    void initTestCase() { test::prepareGuiTests(); }

    void init()
    {
        // GIVEN a seeded database of the coordinator, opened the way the app opens it
        m_fixture = std::make_unique<test::TestDatabase>();
        m_fixture->close();
        m_session = test::openSession(m_fixture->path());
    }

    void cleanup()
    {
        m_panel.reset();
        m_session.reset();
        m_fixture.reset();
        Messages::takeRecorded();
    }

    void shouldAddChangeAndRemoveMembersWithUndo()
    {
        const QString group = create(QStringLiteral("groups"), {{"name", "Night-time economy"}});
        auto *editor = openPanel<MembershipEditor>(QStringLiteral("groups"), group);
        QVERIFY(editor);
        QCOMPARE(editor->table()->rowCount(), 0);
        QCOMPARE(editor->cityChoice()->count(), 15);
        const auto members = [&] {
            return sqlValue(QStringLiteral("SELECT COUNT(*) FROM membership WHERE \"group\" = ? "
                                           "AND deleted = 0"),
                {group})
                .toInt();
        };

        // WHEN a city is chosen and added
        editor->cityChoice()->setCurrentIndex(editor->cityChoice()->findText("Riga"));
        editor->findChild<QPushButton *>(QStringLiteral("membershipAdd"))->click();
        // THEN it is a member, in the table and in the database
        QTRY_COMPARE(editor->table()->rowCount(), 1);
        QCOMPARE(editor->table()->item(0, 0)->text(), QStringLiteral("Riga"));
        QCOMPARE(members(), 1);
        QCOMPARE(editor->cityChoice()->findText("Riga"), -1);

        // WHEN its role is changed in place
        QComboBox *role = editor->roleBox(0);
        role->setCurrentIndex(role->findData(QStringLiteral("lead")));
        emit role->activated(role->currentIndex());
        const QString membership = editor->membershipId(0);
        QCOMPARE(sqlValue(QStringLiteral("SELECT role FROM membership WHERE id = ?"), {membership})
                     .toString(),
            QStringLiteral("lead"));

        // WHEN it is removed
        QCoreApplication::processEvents(); // the table reads the stored role again
        editor->table()->selectRow(0);
        editor->findChild<QPushButton *>(QStringLiteral("membershipRemove"))->click();
        QTRY_COMPARE(editor->table()->rowCount(), 0);
        QCOMPARE(members(), 0);

        // THEN each step undoes in turn
        QUndoStack *undo = m_session->undoStack();
        QCOMPARE(undo->count(), 4); // group, add, role, remove
        undo->undo();
        QCOMPARE(members(), 1);
        QTRY_COMPARE(editor->table()->rowCount(), 1);
        undo->undo();
        QCOMPARE(sqlValue(QStringLiteral("SELECT role FROM membership WHERE id = ?"), {membership})
                     .toString(),
            QStringLiteral("member"));
        QTRY_COMPARE(editor->roleBox(0)->currentData().toString(), QStringLiteral("member"));
        undo->undo();
        QCOMPARE(members(), 0);
        QTRY_COMPARE(editor->table()->rowCount(), 0);
        undo->redo();
        QCOMPARE(members(), 1);
    }

    void shouldKeepStoredValuesWhenParticipationIsRefused()
    {
        const QString activity = create(QStringLiteral("activities"),
            {{"kind", "workshop"}, {"title", "Safe nights"}, {"start", "2025-05-12"}});
        auto *editor = openPanel<ParticipationEditor>(QStringLiteral("activities"), activity);
        QVERIFY(editor);
        QCOMPARE(editor->cityRowCount(), 0);
        QVERIFY(editor->addCity(cityId(QStringLiteral("turin"))));
        QTRY_COMPARE(editor->cityRowCount(), 1);
        QTableWidget *table = editor->table();
        table->item(0, ParticipationEditor::ParticipantsColumn)->setData(Qt::EditRole, 10);
        table->item(0, ParticipationEditor::WomenColumn)->setData(Qt::EditRole, 4);
        const QString id = editor->participationId(0);
        const auto stored = [&](const char *field) {
            return sqlValue(QStringLiteral("SELECT %1 FROM participation WHERE id = ?")
                                .arg(QLatin1String(field)),
                {id});
        };
        QCOMPARE(stored("participants").toInt(), 10);
        QCOMPARE(stored("women").toInt(), 4);
        QTRY_COMPARE(table->item(1, ParticipationEditor::ParticipantsColumn)->text(),
            QStringLiteral("10")); // the totals row

        // WHEN more women than participants are typed
        const Status refused = RecordStore(m_session->database())
                                   .update(Kinds::get(QStringLiteral("participation")), id,
                                       {{QStringLiteral("women"), QStringLiteral("12")}});
        QVERIFY(!refused.ok());
        const int steps = m_session->undoStack()->count();
        table->item(0, ParticipationEditor::WomenColumn)->setData(Qt::EditRole, 12);

        // THEN the core's message shows under the table and the stored values come back
        auto *error = editor->findChild<QLabel *>(QStringLiteral("participationError"));
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), refused.error().message);
        QTRY_COMPARE(
            table->item(0, ParticipationEditor::WomenColumn)->data(Qt::EditRole).toInt(), 4);
        QCOMPARE(stored("women").toInt(), 4);
        QCOMPARE(stored("participants").toInt(), 10);
        QCOMPARE(m_session->undoStack()->count(), steps);

        // WHEN a valid value follows, the message goes
        table->item(0, ParticipationEditor::OfficersColumn)->setData(Qt::EditRole, 3);
        QVERIFY(error->isHidden());
        QCOMPARE(stored("officers").toInt(), 3);
    }

    void shouldSanitiseFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Guide 2024.pdf"
                               << "Guide 2024.pdf";
        QTest::newRow("traversal") << "../../etc/passwd"
                                   << "passwd";
        QTest::newRow("hidden") << ".bashrc"
                                << "bashrc";
        QTest::newRow("separators") << "a/b\\c.pdf"
                                    << "c.pdf";
        QTest::newRow("only dots") << ".."
                                   << "attachment";
        QTest::newRow("empty") << ""
                               << "attachment";
        QTest::newRow("control") << QString::fromUtf8("re\x01port\n\t.pdf") << "report.pdf";
        QTest::newRow("shell") << "a;rm -rf *|b$.txt"
                               << "a_rm -rf __b_.txt";
        QTest::newRow("accents") << QString::fromUtf8("Sécurité urbaine.docx")
                                 << QString::fromUtf8("Sécurité urbaine.docx");
        QTest::newRow("trailing dots") << "report.pdf. . "
                                       << "report.pdf";
        QTest::newRow("long") << QString(300, QLatin1Char('x')) + ".pdf"
                              << QString(96, QLatin1Char('x')) + ".pdf";
        QTest::newRow("rtl override")
            << QString::fromUtf8("invoice\u202Efdp.exe") << "invoicefdp.exe";
    }

    void shouldSanitiseFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString clean = AttachmentActions::sanitizedFileName(name);
        QCOMPARE(clean, expected);
        QVERIFY(clean.size() <= 100);
        QVERIFY(!clean.startsWith(QLatin1Char('.')));
        QVERIFY(!clean.contains(QLatin1Char('/')) && !clean.contains(QLatin1Char('\\')));
    }

    void shouldAttachSaveAndOpenAFile()
    {
        const QString resource
            = create(QStringLiteral("resources"), {{"title", "Toolkit"}, {"kind", "guide"}});
        auto *actions = openPanel<AttachmentActions>(QStringLiteral("resources"), resource);
        QVERIFY(actions);
        QVERIFY(actions->attachmentId().isEmpty());
        const QByteArray pdf(
            "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        QFile file(m_fixture->dir() + QStringLiteral("/toolkit.pdf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();

        // WHEN a file of a refused type is chosen, THEN the panel says so and nothing changes
        const auto writeProgram = [&](const QString &name) {
            QFile program(m_fixture->dir() + QLatin1Char('/') + name);
            program.open(QIODevice::WriteOnly);
            program.write(QByteArray("\x7f"
                                     "ELF\x02\x01\x01",
                              7)
                + QByteArray(200, '\0'));
            return program.fileName();
        };
        const auto linkedAttachment = [&] {
            return sqlValue(
                QStringLiteral("SELECT attachment FROM resource WHERE id = ?"), {resource});
        };
        FileDialogs::setNextFileName(writeProgram(QStringLiteral("tool")));
        actions->findChild<QPushButton *>(QStringLiteral("attachFile"))->click();
        QVERIFY(actions->errorText().contains(QStringLiteral("does not keep")));
        QVERIFY(linkedAttachment().isNull());
        // A program named like a PDF is still a program: the type comes from the bytes.
        FileDialogs::setNextFileName(writeProgram(QStringLiteral("tool.pdf")));
        actions->findChild<QPushButton *>(QStringLiteral("attachFile"))->click();
        QVERIFY(actions->errorText().contains(QStringLiteral("does not keep")));
        QVERIFY(linkedAttachment().isNull());
        QTRY_VERIFY(m_panel->findChild<AttachmentActions *>()->attachmentId().isEmpty());
        actions = m_panel->findChild<AttachmentActions *>();

        // WHEN a PDF is attached
        FileDialogs::setNextFileName(file.fileName());
        actions->findChild<QPushButton *>(QStringLiteral("attachFile"))->click();
        QVERIFY2(actions->errorText().isEmpty(), qPrintable(actions->errorText()));
        const QString attachment
            = sqlValue(QStringLiteral("SELECT attachment FROM resource WHERE id = ?"), {resource})
                  .toString();
        QVERIFY(!attachment.isEmpty());
        QTRY_COMPARE(m_panel->findChild<AttachmentActions *>()->fileNameText(),
            QStringLiteral("toolkit.pdf"));
        actions = m_panel->findChild<AttachmentActions *>();
        QVERIFY(actions->detailsText().contains(QLocale().formattedDataSize(pdf.size())));

        // Save as writes the same bytes where the user said
        const QString saved = m_fixture->dir() + QStringLiteral("/copy.pdf");
        FileDialogs::setNextFileName(saved);
        QVERIFY(actions->saveAttachmentAs());
        QFile copy(saved);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), pdf);

        // Open writes a temporary copy and hands it to the desktop
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QVERIFY(actions->openAttachment());
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls.size(), 1);
        const QString sha
            = sqlValue(QStringLiteral("SELECT sha256 FROM attachment WHERE id = ?"), {attachment})
                  .toString();
        QCOMPARE(catcher.urls.first().toLocalFile(),
            AttachmentActions::temporaryCopyPath(sha, QStringLiteral("toolkit.pdf")));
        QVERIFY(catcher.urls.first().toLocalFile().contains(QStringLiteral("pactesur-") + sha));
        QFile opened(catcher.urls.first().toLocalFile());
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll(), pdf);
    }

    void shouldExportPersonalDataWithThePackagesItWentIn()
    {
        const QString contact = create(QStringLiteral("contacts"),
            {{"name", QString::fromUtf8("Ana López")}, {"email", "ana.lopez@example.org"},
                {"legal_basis", "public_task"}, {"review_by", "2020-01-31"}});
        // GIVEN a full package exported after the contact was stored (to the one city whose
        // card the coordinator enrolled)
        test::TestDatabase vilnius(test::TestDatabase::Role::Liaison, QStringLiteral("vilnius"));
        test::enrol(m_session->database(), vilnius.db());
        const QString package = m_fixture->dir() + QStringLiteral("/full.pactesur");
        const Result<ExportSummary> exported
            = Exporter::exportTo(m_session->database(), package, {});
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));

        auto *actions = openPanel<ContactActions>(QStringLiteral("contacts"), contact);
        QVERIFY(actions);
        QCOMPARE(ContactActions::exportFileName(QString::fromUtf8("Ana López")),
            QStringLiteral("personal-data-ana-lopez.json"));
        // The review date is past: the panel says since when
        QVERIFY(actions->reviewText().startsWith(QStringLiteral("Review due since")));
        QVERIFY(ContactActions::isReviewDue(QStringLiteral("2020-01-31")));
        QVERIFY(!ContactActions::isReviewDue(QDate::currentDate().toString(Qt::ISODate)));
        QVERIFY(!ContactActions::isReviewDue(QVariant()));

        const QString path = m_fixture->dir() + QStringLiteral("/report.json");
        FileDialogs::setNextFileName(path);
        actions->findChild<QPushButton *>(QStringLiteral("exportPersonalData"))->click();
        QVERIFY2(actions->errorText().isEmpty(), qPrintable(actions->errorText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(report.value("contact_id").toString(), contact);
        const QJsonObject held = report.value("data_held").toObject();
        QCOMPARE(held.value("name").toString(), QString::fromUtf8("Ana López"));
        QCOMPARE(held.value("email").toString(), QStringLiteral("ana.lopez@example.org"));
        QCOMPARE(held.value("legal_basis").toString(), QStringLiteral("public_task"));
        const QJsonArray sent = report.value("sent_in_packages").toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(
            sent.first().toObject().value("file_name").toString(), QStringLiteral("full.pactesur"));
    }

    void shouldEraseAContactForGoodAfterConfirmation()
    {
        const QString contact = create(QStringLiteral("contacts"),
            {{"name", "Jonas Petraitis"}, {"function", "Liaison officer"},
                {"email", "jonas@example.lt"}, {"legal_basis", "public_task"}});
        auto *actions = openPanel<ContactActions>(QStringLiteral("contacts"), contact);
        const int steps = m_session->undoStack()->count();
        const auto personal = [&] {
            return sqlValue(QStringLiteral("SELECT COALESCE(name, '') || COALESCE(function, '') || "
                                           "COALESCE(email, '') FROM contact WHERE id = ?"),
                {contact})
                .toString();
        };

        // WHEN the confirmation is declined, nothing happens
        Messages::setNextAnswer(false);
        QVERIFY(!actions->erasePersonalData());
        QVERIFY(!personal().isEmpty());
        const QStringList asked = Messages::takeRecorded();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("cannot be undone")));
        QVERIFY(asked.first().contains(QStringLiteral("every partner")));

        // WHEN it is accepted
        Messages::setNextAnswer(true);
        actions->findChild<QPushButton *>(QStringLiteral("erasePersonalData"))->click();
        // THEN the personal fields are gone, and the erasure is not on the undo stack
        QCOMPARE(personal(), QString());
        QCOMPARE(
            sqlValue(QStringLiteral("SELECT deleted FROM contact WHERE id = ?"), {contact}).toInt(),
            1);
        QCOMPARE(m_session->undoStack()->count(), steps);
        QTRY_VERIFY(!m_panel->findChild<ContactActions *>());
    }

    void shouldCountAndOpenWhatRelatesToACity()
    {
        const QString riga = cityId(QStringLiteral("riga"));
        const QString group = create(QStringLiteral("groups"), {{"name", "Data"}});
        create(QStringLiteral("memberships"), {{"group", group}, {"city", riga}});
        create(QStringLiteral("activities"),
            {{"kind", "webinar"}, {"title", "Open data"}, {"start", "2025-02-03"},
                {"host_city", riga}});
        openPanel<QWidget>(QStringLiteral("cities"), riga);
        const auto count = [&](const QString &kind) {
            auto *link = m_panel->findChild<QPushButton *>(QStringLiteral("related_") + kind);
            return link ? link->property("count").toLongLong() : -1;
        };
        const auto sql = [&](const QString &query) { return sqlValue(query, {riga}).toLongLong(); };
        QCOMPARE(count("activities"),
            sql("SELECT COUNT(*) FROM activity WHERE host_city = ? AND deleted = 0"));
        QVERIFY(count("activities") >= 1);
        QCOMPARE(
            count("groups"), sql("SELECT COUNT(*) FROM membership WHERE city = ? AND deleted = 0"));
        QCOMPARE(count("sheets"), sql("SELECT COUNT(*) FROM sheet WHERE city = ? AND deleted = 0"));
        QCOMPARE(
            count("contacts"), sql("SELECT COUNT(*) FROM contact WHERE city = ? AND deleted = 0"));

        QSignalSpy opened(m_panel.get(), &RecordDetailPanel::openRelated);
        m_panel->findChild<QPushButton *>(QStringLiteral("related_activities"))->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().value(0).toString(), QStringLiteral("activities"));
        QCOMPARE(opened.first().value(1).toString(), riga);
    }
};

QTEST_MAIN(TestDetailEditors)
#include "tst_detaileditors.moc"
