// SPDX-License-Identifier: EUPL-1.2
// No American short date anywhere in the English interface (issue 18): every section of the
// window, each with a record selected, the dashboard with the records behind a number, and
// the sheet editor, read as a user reads them (labels, buttons, tabs, every cell of every
// table), hold no "5/23/24".
#include "dashboard/dashboardrecordsdialog.h"
#include "dashboard/dashboardtile.h"
#include "dashboard/dashboardview.h"
#include "guitestsupport.h"
#include "records/recordlistview.h"
#include "records/recordtablemodel.h"
#include "seed/generator.h"
#include "sheets/sheeteditor.h"
#include "shell/mainwindow.h"
#include "store/database.h"
#include "util/translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace pactesur;

namespace {

// Three numbers with slashes. English writes the British 23/05/2024 on purpose (LocalFormat),
// which looks the same, so a match is American when it could not be that: a two-digit year,
// a number without its leading zero, or a month above 12 in second place. The generated
// records have dates on every day of the month, so a month-first date shows itself.
const QRegularExpression kSlashDate(QStringLiteral("\\b(\\d{1,2})/(\\d{1,2})/(\\d{2,4})\\b"));

QStringList americanDatesIn(const QString &text)
{
    QStringList found;
    for (const QRegularExpressionMatch &match : kSlashDate.globalMatch(text)) {
        const bool british = match.captured(1).size() == 2 && match.captured(2).size() == 2
            && match.captured(3).size() == 4 && match.captured(2).toInt() <= 12;
        if (!british)
            found << match.captured();
    }
    return found;
}

// Every cell a model holds (its first rows: the lists fetch by pages), shown or as a tip.
void collectModel(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &texts)
{
    const int rows = std::min(model->rowCount(parent), 300);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            texts << index.data(Qt::DisplayRole).toString()
                  << index.data(Qt::ToolTipRole).toString();
            if (column == 0 && model->hasChildren(index))
                collectModel(model, index, texts);
        }
    }
    for (int column = 0; column < model->columnCount(parent); ++column)
        texts << model->headerData(column, Qt::Horizontal).toString();
}

// What a person reads in a window: labels, buttons, fields, tabs, tables, and the names a
// screen reader says for what is painted (the dashboard's tiles).
QStringList shownTexts(const QWidget *root)
{
    QStringList texts {root->windowTitle()};
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip() << button->accessibleName()
              << button->accessibleDescription();
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>())
        texts << edit->text();
    for (const QTabBar *tabs : root->findChildren<QTabBar *>()) {
        for (int tab = 0; tab < tabs->count(); ++tab)
            texts << tabs->tabText(tab) << tabs->tabToolTip(tab);
    }
    for (const QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (view->model())
            collectModel(view->model(), {}, texts);
    }
    return texts;
}

} // namespace

class TestEnglishDates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSession> m_fixture;
    QStringList m_found;
    int m_slashDates = 0; // every d/m/y seen, British ones included: proof that texts were read

    void look(const QString &where, const QWidget *root)
    {
        const QStringList texts = shownTexts(root);
        QVERIFY2(texts.join(QString()).contains(QRegularExpression(QStringLiteral("\\d{4}"))),
            qPrintable(where + QStringLiteral(" shows no date at all: is it loaded?")));
        for (const QString &text : texts) {
            for (auto it = kSlashDate.globalMatch(text); it.hasNext(); it.next())
                ++m_slashDates;
            for (const QString &date : americanDatesIn(text))
                m_found << QStringLiteral("%1: “%2” in “%3”").arg(where, date, text.left(120));
        }
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTests();
        Translations::install(QStringLiteral("en"));
        m_fixture = std::make_unique<test::TestSession>();
        QVERIFY(Generator::generate(m_fixture->db(), Generator::Scale::Small, 3));
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void shouldRecogniseAnAmericanDate()
    {
        QCOMPARE(americanDatesIn(QStringLiteral("5/23/24, 12/6/2026, 05/23/2024")),
            QStringList({QStringLiteral("5/23/24"), QStringLiteral("12/6/2026"),
                QStringLiteral("05/23/2024")}));
        QVERIFY(americanDatesIn(QStringLiteral("Last changed: 23/05/2024 17:00")).isEmpty());
    }

    void shouldShowNoAmericanDateInAnySection()
    {
        // GIVEN the English interface on a database with records of every kind
        MainWindow window(m_fixture->session());
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_found.clear();
        // WHEN each section is shown, a list with a record selected in its detail panel
        for (const QString &key : MainWindow::sectionKeys()) {
            window.showSection(key);
            RecordListView *list = window.listView(key);
            if (list && list->model()->rowCount() == 0)
                continue; // the generator writes no resources: nothing dated to read
            if (list)
                list->table()->selectRow(std::min(list->model()->rowCount() - 1, 7));
            if (auto *dashboard = qobject_cast<DashboardView *>(window.sectionWidget(key))) {
                QTRY_VERIFY(!dashboard->isLoading()
                    && dashboard->shownCount(QStringLiteral("activities"), {}) > 0);
                // AND the records behind the number of activities are listed
                QTest::mouseClick(
                    dashboard->findChild<DashboardTile *>(QStringLiteral("tileActivities")),
                    Qt::LeftButton);
                QTRY_VERIFY(dashboard->recordsDialog() && dashboard->recordsDialog()->isVisible());
                look(QStringLiteral("dashboard records"), dashboard->recordsDialog());
                dashboard->recordsDialog()->close();
            }
            QCoreApplication::processEvents();
            if (key != QLatin1String("conflicts") && key != QLatin1String("exchanges"))
                look(QStringLiteral("section %1").arg(key), window.sectionWidget(key));
        }
        look(QStringLiteral("main window"), &window);
        // THEN no date reads the American way, among the many short dates shown
        QVERIFY2(m_found.isEmpty(), qPrintable(m_found.join(QLatin1Char('\n'))));
        qInfo("%d short dates read, none American", m_slashDates);
        QVERIFY(m_slashDates > 0);
    }

    void shouldShowNoAmericanDateInTheSheetEditor()
    {
        // GIVEN a sheet with a period and a status history
        QSqlQuery sheet(m_fixture->db().sql());
        QVERIFY(sheet.exec(QStringLiteral(
            "SELECT id FROM sheet WHERE period_start IS NOT NULL AND deleted = 0 LIMIT 1")));
        QVERIFY(sheet.next());
        m_found.clear();
        // WHEN its editor is open
        SheetEditor editor(m_fixture->session(), sheet.value(0).toString());
        editor.resize(1280, 760);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        look(QStringLiteral("sheet editor"), &editor);
        // THEN no date in it reads the American way
        QVERIFY2(m_found.isEmpty(), qPrintable(m_found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestEnglishDates)
#include "tst_englishdates.moc"
