// SPDX-License-Identifier: EUPL-1.2
// The record editor and the list's New/Edit/Delete, driven as a user would, undo included.
#include "guitestsupport.h"
#include "records/fieldeditor.h"
#include "records/recordeditordialog.h"
#include "records/recordfilterbar.h"
#include "records/recordlistview.h"
#include "records/recordtablemodel.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "store/database.h"
#include "testdatabase.h"
#include "util/translations.h"
#include "widgets/messages.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace pactesur;

namespace {

// Runs `answer` on the record editor once it is up (it is modal: the test goes on from its
// own event loop).
void whenEditorOpens(std::function<void(RecordEditorDialog *)> answer)
{
    test::whenDialogOpens<RecordEditorDialog>(std::move(answer));
}

template<typename T>
T *field(QWidget *dialog, const QString &name)
{
    return dialog->findChild<T *>(QStringLiteral("field_%1").arg(name));
}

void choose(QComboBox *combo, const QVariant &data)
{
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

class TestRecordEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_fixture;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

    const KindSpec &organisations() const { return Kinds::get(QStringLiteral("organisations")); }

    QString sqlValue(const QString &sql, const QVariant &bind = {}) const
    {
        QSqlQuery query(m_session->database().sql());
        query.prepare(sql);
        if (bind.isValid())
            query.addBindValue(bind);
        if (!query.exec() || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }

    QString addOrganisation(const QString &name)
    {
        const Result<QString> id = m_session->createRecord(organisations(),
            {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("police")}});
        return id ? id.value() : QString();
    }

    static void saveShot(QWidget *widget, const QString &path)
    {
        if (qEnvironmentVariableIsSet("PACTESUR_TEST_SHOTS"))
            widget->grab().save(path);
    }

private slots:
    void initTestCase() { test::prepareGuiTests(); }

    void init()
    {
        // GIVEN a seeded database of the coordinator, in the main window
        m_fixture = std::make_unique<test::TestDatabase>();
        m_fixture->close();
        m_session = test::openSession(m_fixture->path());
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        // Widgets that the detail panel let go of hold the session until they are deleted.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_session.reset();
        m_fixture.reset();
        Translations::install(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        Messages::takeRecorded();
        QSettings().clear();
    }

    void shouldCreateAnOrganisationThroughTheDialog()
    {
        m_window->showSection(QStringLiteral("organisations"));
        RecordListView *list = m_window->listView(QStringLiteral("organisations"));
        QVERIFY(list && list->isVisible());
        const int before = list->model()->totalCount();
        const QString liege = sqlValue(QStringLiteral("SELECT id FROM city WHERE slug = 'liege'"));

        // WHEN the user fills the form of New… and confirms
        whenEditorOpens([liege](RecordEditorDialog *dialog) {
            QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("name")),
                QStringLiteral("Urban Safety Lab"));
            choose(field<QComboBox>(dialog, QStringLiteral("kind")), QStringLiteral("university"));
            QTest::keyClicks(
                field<QLineEdit>(dialog, QStringLiteral("country")), QStringLiteral("be"));
            choose(field<QComboBox>(dialog, QStringLiteral("city")), liege);
            QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("website")),
                QStringLiteral("https://lab.example.org"));
            dialog->findChild<QPushButton *>(QStringLiteral("editorOk"))->click();
        });
        list->newAction()->trigger();

        // THEN the organisation is in the database, in the list, and selected
        const QString id = list->selectedId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(list->model()->totalCount(), before + 1);
        QCOMPARE(sqlValue(QStringLiteral("SELECT name FROM organisation WHERE id = ?"), id),
            QStringLiteral("Urban Safety Lab"));
        QCOMPARE(sqlValue(QStringLiteral("SELECT kind || ' ' || country || ' ' || city FROM "
                                         "organisation WHERE id = ?"),
                     id),
            QStringLiteral("university BE %1").arg(liege));
        QVERIFY(m_session->undoStack()->canUndo());
    }

    void shouldEditThenUndoAndRedo()
    {
        const QString id = addOrganisation(QStringLiteral("Old name"));
        QVERIFY(!id.isEmpty());

        // WHEN the name is changed in the editor
        RecordEditorDialog dialog(*m_session, organisations(), id, m_window.get());
        auto *name = field<QLineEdit>(&dialog, QStringLiteral("name"));
        QCOMPARE(name->text(), QStringLiteral("Old name"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("New name"));
        // THEN only the changed field is written
        QCOMPARE(dialog.values().keys(), QStringList {QStringLiteral("name")});
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString sql = QStringLiteral("SELECT name FROM organisation WHERE id = ?");
        QCOMPARE(sqlValue(sql, id), QStringLiteral("New name"));

        // WHEN undone, THEN the old value is back; WHEN redone, the new one again
        m_session->undoStack()->undo();
        QCOMPARE(sqlValue(sql, id), QStringLiteral("Old name"));
        m_session->undoStack()->redo();
        QCOMPARE(sqlValue(sql, id), QStringLiteral("New name"));
    }

    void shouldShowTheCoreErrorInlineAndKeepTheForm()
    {
        const KindSpec &activities = Kinds::get(QStringLiteral("activities"));
        const QString count = QStringLiteral("SELECT COUNT(*) FROM activity");
        const QString before = sqlValue(count);
        RecordEditorDialog dialog(*m_session, activities, {}, m_window.get());
        dialog.show();
        QTest::keyClicks(field<QLineEdit>(&dialog, QStringLiteral("title")),
            QStringLiteral("Night patrol exchange"));
        choose(field<QComboBox>(&dialog, QStringLiteral("kind")), QStringLiteral("workshop"));
        field<QDateEdit>(&dialog, QStringLiteral("start"))->setDate(QDate(2025, 3, 10));
        dialog.findChild<QCheckBox *>(QStringLiteral("fieldSet_end"))->setChecked(true);
        field<QDateEdit>(&dialog, QStringLiteral("end"))->setDate(QDate(2025, 3, 1));

        // WHEN the end is before the start and the user confirms
        dialog.findChild<QPushButton *>(QStringLiteral("editorOk"))->click();

        // THEN the dialog stays open with core's message at the top, and nothing is saved
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("editorError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
            QCoreApplication::translate(
                "pactesur::RecordStore", "The end date %1 is before the start date %2.")
                .arg(QStringLiteral("2025-03-01"), QStringLiteral("2025-03-10")));
        QCOMPARE(sqlValue(count), before);
        QCOMPARE(field<QLineEdit>(&dialog, QStringLiteral("title"))->text(),
            QStringLiteral("Night patrol exchange"));
        saveShot(&dialog, QStringLiteral("/tmp/shot_editor.png"));
    }

    void shouldShowTheErrorInTheChosenLanguage()
    {
        const KindSpec &participation = Kinds::get(QStringLiteral("participation"));
        const QString count = QStringLiteral("SELECT COUNT(*) FROM participation");
        const QString before = sqlValue(count);
        RecordEditorDialog dialog(*m_session, participation, {}, m_window.get());
        dialog.show();
        auto *activity = field<QComboBox>(&dialog, QStringLiteral("activity"));
        QVERIFY(activity->count() > 1);
        activity->setCurrentIndex(1);
        choose(field<QComboBox>(&dialog, QStringLiteral("city")),
            sqlValue(QStringLiteral("SELECT id FROM city WHERE slug = 'riga'")));
        field<QSpinBox>(&dialog, QStringLiteral("participants"))->setValue(3);
        field<QSpinBox>(&dialog, QStringLiteral("women"))->setValue(5);
        const char *source = "There cannot be more women (%1) than participants (%2).";

        dialog.accept();
        const QString english = dialog.errorText();
        QCOMPARE(english, QString::fromLatin1(source).arg(5).arg(3));
        QCOMPARE(sqlValue(count), before);

        // WHEN French is chosen, THEN the form and the next error speak French
        QVERIFY(Translations::install(QStringLiteral("fr")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(dialog.windowTitle(),
            QCoreApplication::translate("pactesur::RecordEditorDialog", "New record: %1")
                .arg(participation.translatedLabel()));
        dialog.accept();
        const QString french
            = QCoreApplication::translate("pactesur::RecordStore", source).arg(5).arg(3);
        QCOMPARE(dialog.errorText(), french);
        if (french == english)
            qWarning("the French catalogue does not translate “%s” yet", source);
        else
            QVERIFY(dialog.errorText() != english);
        QCOMPARE(sqlValue(count), before);
    }

    void shouldDeleteAndUndoTheDelete()
    {
        const QString id = addOrganisation(QStringLiteral("Short-lived"));
        m_window->showSection(QStringLiteral("organisations"));
        RecordListView *list = m_window->listView(QStringLiteral("organisations"));
        QVERIFY(list->selectRecord(id));
        QVERIFY(list->deleteAction()->isEnabled());
        const QString sql = QStringLiteral("SELECT deleted FROM organisation WHERE id = ?");

        // WHEN the user deletes it and confirms
        Messages::setNextAnswer(true);
        list->deleteAction()->trigger();
        QCOMPARE(Messages::takeRecorded().size(), 1); // the question
        QCOMPARE(sqlValue(sql, id), QStringLiteral("1"));
        QCOMPARE(list->model()->rowOf(id), -1);

        // WHEN undone, THEN it is back in the database and in the list
        m_session->undoStack()->undo();
        QCOMPARE(sqlValue(sql, id), QStringLiteral("0"));
        QVERIFY(list->model()->rowOf(id) >= 0);
    }

    void shouldOpenTheEditorWithCtrlNInTheList()
    {
        m_window->showSection(QStringLiteral("organisations"));
        RecordListView *list = m_window->listView(QStringLiteral("organisations"));
        list->table()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), list->table());
        bool opened = false;
        whenEditorOpens([&opened](RecordEditorDialog *dialog) {
            opened = dialog->isNew();
            dialog->reject();
        });
        QTest::keyClick(list->table(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(opened);
    }

    void shouldNotDeleteWhenTheUserSaysNo()
    {
        const QString id = addOrganisation(QStringLiteral("Kept"));
        RecordListView *list = m_window->listView(QStringLiteral("organisations"));
        QVERIFY(list->selectRecord(id));
        Messages::setNextAnswer(false);
        list->deleteAction()->trigger();
        QCOMPARE(sqlValue(QStringLiteral("SELECT deleted FROM organisation WHERE id = ?"), id),
            QStringLiteral("0"));
    }

    void shouldOpenARecordFromElsewhere()
    {
        const QString vilnius
            = sqlValue(QStringLiteral("SELECT id FROM city WHERE slug = 'vilnius'"));
        RecordListView *cities = m_window->listView(QStringLiteral("cities"));
        auto *roles = m_window->findChild<QComboBox *>(QStringLiteral("choiceFilter_cities"));
        roles->setCurrentIndex(roles->findData(QStringLiteral("lead"))); // hides Vilnius
        m_window->showRecord(QStringLiteral("cities"), vilnius);
        QCOMPARE(m_window->currentSection(), QStringLiteral("cities"));
        QCOMPARE(cities->selectedId(), vilnius);
    }

    void shouldFilterByTheKindsFilters()
    {
        // GIVEN two organisations in different countries
        addOrganisation(QStringLiteral("Alpha"));
        QVERIFY(m_session
                    ->createRecord(organisations(),
                        {{QStringLiteral("name"), QStringLiteral("Beta")},
                            {QStringLiteral("kind"), QStringLiteral("police")},
                            {QStringLiteral("country"), QStringLiteral("LT")}})
                    .ok());
        m_window->showSection(QStringLiteral("organisations"));
        RecordListView *list = m_window->listView(QStringLiteral("organisations"));
        auto *countries
            = m_window->findChild<QComboBox *>(QStringLiteral("filter_organisations_country"));
        QVERIFY(countries);
        choose(countries, QStringLiteral("LT"));
        QCOMPARE(list->model()->totalCount(),
            sqlValue(QStringLiteral(
                         "SELECT COUNT(*) FROM organisation WHERE deleted = 0 AND country = 'LT'"))
                .toInt());
        QVERIFY(list->model()->rowOf(list->model()->recordId(0)) == 0);
        QCOMPARE(
            list->model()->data(list->model()->index(0, 0)).toString(), QStringLiteral("Beta"));
    }
    // The period filter offers each year with live activities, newest first (read year by
    // year down the index on the start date).
    void shouldOfferTheYearsOfLiveActivities()
    {
        test::TestDatabase fixture;
        QSqlQuery query(fixture.db().sql());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO activity (id, owner, created_at, updated_at, kind, title, \"start\", "
            "deleted) VALUES ('00000000-0000-4000-8000-000000000001', 'coordinator', "
            "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'webinar', 'Gone', '2040-01-01', 1), "
            "('00000000-0000-4000-8000-000000000002', 'coordinator', '2025-01-01T00:00:00Z', "
            "'2025-01-01T00:00:00Z', 'webinar', 'Early', '1999-12-31', 0)")));
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT substr(\"start\", 1, 4) FROM activity "
                                          "WHERE deleted = 0 ORDER BY 1 DESC")));
        QStringList expected;
        while (query.next())
            expected << query.value(0).toString();
        QVERIFY(expected.contains(QStringLiteral("1999")));
        QVERIFY(!expected.contains(QStringLiteral("2040")));

        RecordFilterBar bar(Kinds::get(QStringLiteral("activities")));
        bar.setDatabase(&fixture.db());
        auto *periods = bar.findChild<QComboBox *>(QStringLiteral("filter_activities_start"));
        QVERIFY(periods);
        QStringList years;
        for (int i = 0; i < periods->count(); ++i) {
            const QString text = periods->itemText(i);
            if (text.size() == 4 && text.toInt() > 0)
                years << text;
        }
        QCOMPARE(years, expected);
    }
};

QTEST_MAIN(TestRecordEditor)
#include "tst_recordeditor.moc"
