// SPDX-License-Identifier: EUPL-1.2
// A coordinator records the partnership's work through the forms and the detail panel: an
// organisation, a contact, a working group with members, an activity with participation and
// a resource with a file; every step undoes and redoes, and the screens show what the
// database holds.
#include "guitestsupport.h"
#include "records/attachmentactions.h"
#include "records/fieldeditor.h"
#include "records/membershipeditor.h"
#include "records/participationeditor.h"
#include "records/recorddetailpanel.h"
#include "records/recordeditordialog.h"
#include "session/session.h"
#include "testdatabase.h"
#include "util/translations.h"
#include "widgets/filedialogs.h"
#include "widgets/messages.h"

#include <QComboBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace pactesur;

class TestRecordUndoRedo : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_fixture;
    std::unique_ptr<Session> m_session;
    // What the database held after each step of the undo stack (index = stack index).
    QMap<int, QStringList> m_states;

    QStringList rows(const QString &sql) const
    {
        QSqlQuery query(m_session->database().sql());
        QStringList result;
        if (!query.exec(sql))
            qWarning("%s", qPrintable(sql));
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i).toString();
            result << row.join(QLatin1Char('|'));
        }
        return result;
    }

    // Every live record this test writes, in a stable order.
    QStringList state() const
    {
        QStringList all;
        all << rows("SELECT 'organisation', name, kind FROM organisation WHERE deleted = 0 "
                    "ORDER BY id")
            << rows("SELECT 'contact', name, email, organisation FROM contact WHERE deleted = 0 "
                    "ORDER BY id")
            << rows("SELECT 'group', name FROM work_group WHERE deleted = 0 ORDER BY id")
            << rows("SELECT 'membership', \"group\", city, role FROM membership "
                    "WHERE deleted = 0 ORDER BY id")
            << rows("SELECT 'activity', title, start FROM activity WHERE deleted = 0 ORDER BY id")
            << rows("SELECT 'participation', activity, city, participants, women, officers "
                    "FROM participation WHERE deleted = 0 ORDER BY id")
            << rows("SELECT 'resource', title, attachment FROM resource WHERE deleted = 0 "
                    "ORDER BY id");
        return all;
    }

    // Records the state reached by the step just pushed on the undo stack.
    void step()
    {
        QCoreApplication::processEvents();
        m_states.insert(m_session->undoStack()->index(), state());
    }

    // Fills and accepts the generic editor dialog, as a person would with the keyboard.
    QString addWithDialog(const QString &kind, const TextValues &values)
    {
        RecordEditorDialog dialog(*m_session, Kinds::get(kind));
        for (auto it = values.begin(); it != values.end(); ++it) {
            FieldEditor *editor = dialog.fieldEditor(it.key());
            if (!editor) {
                qWarning("no editor for %s", qPrintable(it.key()));
                return {};
            }
            editor->setText(it.value());
        }
        dialog.accept();
        if (!dialog.errorText().isEmpty())
            qWarning("%s", qPrintable(dialog.errorText()));
        return dialog.result() == QDialog::Accepted ? dialog.recordId() : QString();
    }

    std::unique_ptr<RecordDetailPanel> panel(const QString &kind, const QString &id)
    {
        auto detail = std::make_unique<RecordDetailPanel>(Kinds::get(kind));
        detail->setDatabase(&m_session->database());
        detail->setSession(m_session.get());
        detail->showRecord(id);
        detail->resize(400, 720);
        detail->show();
        return detail;
    }

    static void shoot(QWidget *widget, const QString &name)
    {
        if (qEnvironmentVariableIsEmpty("PACTESUR_TEST_SHOTS"))
            return;
        QCoreApplication::processEvents();
        widget->grab().save(QStringLiteral("/tmp/shot_%1.png").arg(name));
    }

private slots:
    void initTestCase() { test::prepareGuiTests(); }

    void shouldRecordUndoAndRedoAPartnershipsWork()
    {
        // GIVEN a seeded database of the coordinator
        m_fixture = std::make_unique<test::TestDatabase>();
        m_fixture->close();
        m_session = test::openSession(m_fixture->path());
        QUndoStack *undo = m_session->undoStack();
        m_states.insert(0, state());

        // An organisation and a contact through the generic editor dialog
        const QString organisation = addWithDialog(QStringLiteral("organisations"),
            {{"name", "Forum for Urban Safety"}, {"kind", "association"}});
        QVERIFY(!organisation.isEmpty());
        step();
        const QString contact = addWithDialog(QStringLiteral("contacts"),
            {{"name", "Marta Rossi"}, {"email", "marta.rossi@example.org"},
                {"organisation", organisation}, {"legal_basis", "public_task"}});
        QVERIFY(!contact.isEmpty());
        step();

        // A working group with three members, one of them leading
        const QString group
            = addWithDialog(QStringLiteral("groups"), {{"name", "Safer public spaces"}});
        QVERIFY(!group.isEmpty());
        step();
        auto groupPanel = panel(QStringLiteral("groups"), group);
        auto *members = groupPanel->findChild<MembershipEditor *>();
        QVERIFY(members);
        for (const char *city : {"Bologna", "Gdańsk", "Lisbon"}) {
            QComboBox *choice = members->cityChoice();
            choice->setCurrentIndex(choice->findText(QString::fromUtf8(city)));
            QVERIFY(choice->currentIndex() >= 0);
            members->findChild<QPushButton *>(QStringLiteral("membershipAdd"))->click();
            step();
        }
        QTRY_COMPARE(members->table()->rowCount(), 3);
        QComboBox *role = members->roleBox(0);
        role->setCurrentIndex(role->findData(QStringLiteral("lead")));
        emit role->activated(role->currentIndex());
        step();
        QCOMPARE(undo->index(), 7);

        // An activity with participation from two cities
        const QString activity = addWithDialog(QStringLiteral("activities"),
            {{"kind", "study_visit"}, {"title", "Study visit to Lisbon"}, {"start", "2025-06-16"}});
        QVERIFY(!activity.isEmpty());
        step();
        auto activityPanel = panel(QStringLiteral("activities"), activity);
        auto *participation = activityPanel->findChild<ParticipationEditor *>();
        QVERIFY(participation);
        for (const char *city : {"Riga", "Turin"}) {
            QComboBox *choice = participation->cityChoice();
            choice->setCurrentIndex(choice->findText(QLatin1String(city)));
            participation->findChild<QPushButton *>(QStringLiteral("participationAdd"))->click();
            step();
        }
        QTRY_COMPARE(participation->cityRowCount(), 2);
        const int counts[2][3] = {{6, 3, 2}, {4, 1, 4}};
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 3; ++column) {
                participation->table()
                    ->item(row, ParticipationEditor::ParticipantsColumn + column)
                    ->setData(Qt::EditRole, counts[row][column]);
                QVERIFY2(
                    participation->errorText().isEmpty(), qPrintable(participation->errorText()));
                step();
            }
        }

        // A resource with a PDF attached through the file dialog
        const QString resource = addWithDialog(
            QStringLiteral("resources"), {{"title", "Guide to safer squares"}, {"kind", "guide"}});
        QVERIFY(!resource.isEmpty());
        step();
        auto resourcePanel = panel(QStringLiteral("resources"), resource);
        const QByteArray pdf(
            "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        const QString pdfPath = m_fixture->dir() + QStringLiteral("/safer-squares.pdf");
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        FileDialogs::setNextFileName(pdfPath);
        resourcePanel->findChild<QPushButton *>(QStringLiteral("attachFile"))->click();
        step();
        const int steps = undo->index();
        QCOMPARE(steps, 18);
        QCOMPARE(m_states.size(), steps + 1);
        const QStringList done = state();

        // WHEN everything is undone step by step, THEN each step brings back the state before
        for (int index = steps - 1; index >= 0; --index) {
            undo->undo();
            QCOMPARE(undo->index(), index);
            QCOMPARE(state(), m_states.value(index));
        }
        // WHEN everything is redone, THEN each step gives the state it first gave (the
        // contact too: its redo writes again what was typed, which its undo had erased)
        QSignalSpy failed(m_session.get(), &Session::editFailed);
        for (int index = 1; index <= steps; ++index) {
            undo->redo();
            QCOMPARE(state(), m_states.value(index));
        }
        QCOMPARE(failed.size(), 0);
        QCOMPARE(state(), done);

        // THEN the screens show exactly what the database holds
        QCoreApplication::processEvents();
        members = groupPanel->findChild<MembershipEditor *>();
        QStringList shown;
        for (int row = 0; row < members->table()->rowCount(); ++row)
            shown << members->table()->item(row, 0)->text() + QLatin1Char('|')
                    + members->roleBox(row)->currentData().toString();
        QSqlQuery query(m_session->database().sql());
        query.prepare("SELECT c.name, m.role FROM membership m JOIN city c ON c.id = m.city "
                      "WHERE m.\"group\" = ? AND m.deleted = 0 ORDER BY c.name");
        query.addBindValue(group);
        QVERIFY(query.exec());
        QStringList stored;
        while (query.next())
            stored << query.value(0).toString() + QLatin1Char('|') + query.value(1).toString();
        QCOMPARE(shown, stored);
        QCOMPARE(stored,
            QStringList({"Bologna|lead", QString::fromUtf8("Gdańsk|member"), "Lisbon|member"}));

        participation = activityPanel->findChild<ParticipationEditor *>();
        QTableWidget *table = participation->table();
        shown.clear();
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < ParticipationEditor::ColumnCount; ++column)
                cells << table->item(row, column)->text();
            shown << cells.join(QLatin1Char('|'));
        }
        query.prepare("SELECT c.name, p.participants, p.women, p.officers FROM participation p "
                      "JOIN city c ON c.id = p.city WHERE p.activity = ? AND p.deleted = 0 "
                      "ORDER BY c.name");
        query.addBindValue(activity);
        QVERIFY(query.exec());
        stored.clear();
        while (query.next())
            stored << QStringList({query.value(0).toString(), query.value(1).toString(),
                                      query.value(2).toString(), query.value(3).toString()})
                          .join(QLatin1Char('|'));
        query.prepare("SELECT SUM(participants), SUM(women), SUM(officers) FROM participation "
                      "WHERE activity = ? AND deleted = 0");
        query.addBindValue(activity);
        QVERIFY(query.exec() && query.next());
        stored << QStringList({participation->tr("Total"), query.value(0).toString(),
                                  query.value(1).toString(), query.value(2).toString()})
                      .join(QLatin1Char('|'));
        QCOMPARE(shown, stored);
        QCOMPARE(stored.first(), QStringLiteral("Riga|6|3|2"));

        auto *attachment = resourcePanel->findChild<AttachmentActions *>();
        query.prepare("SELECT a.file_name, a.size FROM resource r JOIN attachment a "
                      "ON a.id = r.attachment WHERE r.id = ?");
        query.addBindValue(resource);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(attachment->fileNameText(), query.value(0).toString());
        QCOMPARE(query.value(1).toLongLong(), qint64(pdf.size()));
        QVERIFY(attachment->detailsText().contains(
            QLocale().formattedDataSize(query.value(1).toLongLong())));

        shoot(groupPanel.get(), QStringLiteral("group"));
        shoot(activityPanel.get(), QStringLiteral("activity"));
        shoot(resourcePanel.get(), QStringLiteral("resource"));
        groupPanel.reset();
        activityPanel.reset();
        resourcePanel.reset();
        m_session.reset();
        m_fixture.reset();
    }
};

QTEST_MAIN(TestRecordUndoRedo)
#include "tst_recordundoredo.moc"
