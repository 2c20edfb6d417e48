// SPDX-License-Identifier: EUPL-1.2
// Alt+letter reaches every labelled control of the record editor and of the participation
// and membership editors, in each of the 14 interface languages, and no two controls shown
// together share a letter (issue 18: a keyboard path to every control). The letters of
// these labels are chosen at run time (widgets/mnemonics), so the test checks each language
// as the app installs it, menu bar included.
#include "guitestsupport.h"
#include "model/kinds.h"
#include "records/recordeditordialog.h"
#include "seed/generator.h"
#include "sheets/sheeteditor.h"
#include "shell/mainwindow.h"
#include "store/database.h"
#include "util/translations.h"
#include "widgets/mnemonics.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace pactesur;

namespace {

// Every mnemonic a user can press in `window` now: the menu bar's titles, the visible
// buttons and the visible labels with a buddy, as "letter: text" to name a clash.
QMultiMap<QChar, QString> mnemonicsShown(const QWidget *window)
{
    QMultiMap<QChar, QString> shown;
    for (const QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (const QAction *action : bar->actions()) {
            if (const QChar letter = mnemonics::of(action->text()); !letter.isNull())
                shown.insert(letter, QStringLiteral("menu ") + action->text());
        }
    }
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        if (const QChar letter = mnemonics::of(text); !letter.isNull())
            shown.insert(letter, QStringLiteral("%1 %2").arg(widget->objectName(), text));
    }
    return shown;
}

// Alt and the letter of `text`, as the keyboard sends it (Greek letters included).
void pressMnemonic(QWidget *window, const QString &text)
{
    const QChar letter = mnemonics::of(text);
    QTest::sendKeyEvent(QTest::Click, window, Qt::Key(letter.toUpper().unicode()), QString(letter),
        Qt::AltModifier);
}

// A label without a letter is allowed only when every letter of it is already in use.
QStringList missingLetters(const QWidget *window, const QList<QLabel *> &labels)
{
    QSet<QChar> used;
    for (const QChar &letter : mnemonicsShown(window).uniqueKeys())
        used.insert(letter);
    QStringList missing;
    for (const QLabel *label : labels) {
        if (!mnemonics::of(label->text()).isNull())
            continue;
        for (const QChar &c : label->text()) {
            if (c.isLetterOrNumber() && !used.contains(c.toLower())) {
                missing << QStringLiteral("%1 (“%2” is free)").arg(label->text(), c);
                break;
            }
        }
    }
    return missing;
}

QStringList clashes(const QWidget *window)
{
    const QMultiMap<QChar, QString> shown = mnemonicsShown(window);
    QStringList found;
    for (const QChar &letter : shown.uniqueKeys()) {
        if (shown.count(letter) > 1)
            found << QStringLiteral("%1: %2").arg(letter).arg(
                QStringList(shown.values(letter)).join(QStringLiteral(", ")));
    }
    return found;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSession> m_fixture;

    QString firstId(const QString &table) const
    {
        QSqlQuery query(m_fixture->db().sql());
        query.exec(
            QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id LIMIT 1").arg(table));
        return query.next() ? query.value(0).toString() : QString();
    }

    // The editor under the detail panel of `kind`'s first record, with its label for the
    // city to add, that label's combo box, and its buttons.
    void checkCityEditor(MainWindow &window, const QString &kind, const QString &table,
        const QString &prefix, const QString &locale)
    {
        window.showRecord(kind, firstId(table));
        auto *label = window.findChild<QLabel *>(prefix + QStringLiteral("CityLabel"));
        QVERIFY2(label && label->isVisible(), qPrintable(prefix));
        QTRY_VERIFY2(clashes(&window).isEmpty(),
            qPrintable(locale + QStringLiteral(": ") + clashes(&window).join('\n')));
        for (const QString &name :
            {QStringLiteral("CityLabel"), QStringLiteral("Add"), QStringLiteral("Remove")}) {
            auto *widget = window.findChild<QWidget *>(prefix + name);
            const QString text = qobject_cast<QLabel *>(widget)
                ? qobject_cast<QLabel *>(widget)->text()
                : qobject_cast<QAbstractButton *>(widget)->text();
            QVERIFY2(!mnemonics::of(text).isNull(), qPrintable(locale + QLatin1Char(' ') + text));
        }
        // AND its letter takes the keyboard to the choice of a city
        auto *choice = window.findChild<QComboBox *>(prefix + QStringLiteral("CityChoice"));
        QCOMPARE(label->buddy(), choice);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.setFocus();
        pressMnemonic(&window, label->text());
        QTRY_VERIFY2(choice->hasFocus(), qPrintable(locale + QLatin1Char(' ') + label->text()));
        test::saveShot(&window, QStringLiteral("mnemonics-%1-%2").arg(locale, prefix));
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTests();
        m_fixture = std::make_unique<test::TestSession>();
        QVERIFY(Generator::generate(m_fixture->db(), Generator::Scale::Small, 5));
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
        Translations::install(QStringLiteral("en"));
    }

    void shouldMarkAFreeLetterPreferringTheStartOfAWord()
    {
        QSet<QChar> taken {QLatin1Char('c')};
        QCOMPARE(mnemonics::marked(QStringLiteral("City to add"), taken),
            QStringLiteral("City &to add"));
        // c and t taken, no other word start: the first free letter inside a word
        QCOMPARE(
            mnemonics::marked(QStringLiteral("Cat & tea"), taken), QStringLiteral("C&at && tea"));
        QCOMPARE(mnemonics::marked(QStringLiteral("Δήμος"), taken), QStringLiteral("&Δήμος"));
        QCOMPARE(mnemonics::marked(QStringLiteral("δ"), taken), QStringLiteral("δ"));
        QVERIFY(taken.contains(QChar(0x03B4))); // δ, the lower case of Δ
        QCOMPARE(mnemonics::of(QStringLiteral("Save && &Close")), QLatin1Char('c'));
        QCOMPARE(mnemonics::of(QStringLiteral("Save && close")), QChar());
        QCOMPARE(
            mnemonics::stripped(QStringLiteral("Save && &Close")), QStringLiteral("Save & Close"));
    }

    void shouldReachEveryFieldOfTheEditorByItsOwnLetter_data()
    {
        QTest::addColumn<QString>("locale");
        for (const UiLanguage &language : Translations::languages())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }

    void shouldReachEveryFieldOfTheEditorByItsOwnLetter()
    {
        QFETCH(QString, locale);
        QVERIFY(Translations::install(locale));
        for (const KindSpec &kind : Kinds::all()) {
            if (!kind.writable)
                continue;
            // GIVEN the editor of a new record of each kind
            RecordEditorDialog editor(m_fixture->session(), kind);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            // THEN each field's label has a letter while one is free, and no two controls
            // share one; the first field's letter takes the focus to it
            QList<QLabel *> labels;
            for (QLabel *label : editor.findChildren<QLabel *>()) {
                if (label->buddy())
                    labels << label;
            }
            QVERIFY(!labels.isEmpty());
            const QStringList missing = missingLetters(&editor, labels);
            QVERIFY2(missing.isEmpty(),
                qPrintable(QStringLiteral("%1 %2: ").arg(locale, kind.name)
                    + missing.join(QStringLiteral(", "))));
            QLabel *first = labels.constFirst();
            QVERIFY2(!mnemonics::of(first->text()).isNull(), qPrintable(first->text()));
            if (labels.size() > 1) {
                labels.at(1)->buddy()->setFocus();
                pressMnemonic(&editor, first->text());
                QTRY_VERIFY2(first->buddy()->hasFocus(),
                    qPrintable(QStringLiteral("%1 %2: %3").arg(locale, kind.name, first->text())));
            }
            QVERIFY2(clashes(&editor).isEmpty(),
                qPrintable(QStringLiteral("%1 %2: ").arg(locale, kind.name)
                    + clashes(&editor).join(QLatin1Char('\n'))));
        }
    }

    void shouldReachTheFieldsOfAPracticeSheetByTheirLetters_data()
    {
        shouldReachEveryFieldOfTheEditorByItsOwnLetter_data();
    }

    void shouldReachTheFieldsOfAPracticeSheetByTheirLetters()
    {
        // GIVEN a practice sheet open in its editor, in one language
        QFETCH(QString, locale);
        QVERIFY(Translations::install(locale));
        SheetEditor editor(m_fixture->session(), firstId(QStringLiteral("sheet")));
        editor.resize(1200, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        // THEN every field's label has a letter, apart from the window's other controls
        QList<QLabel *> labels;
        for (QLabel *label : editor.findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisibleTo(&editor)
                && label->objectName().startsWith(QLatin1String("sheetLabel_")))
                labels << label;
        }
        QVERIFY(labels.size() > 10);
        const QStringList missing = missingLetters(&editor, labels);
        QVERIFY2(missing.isEmpty(), qPrintable(locale + QStringLiteral(": ") + missing.join(", ")));
        QVERIFY2(clashes(&editor).isEmpty(),
            qPrintable(locale + QStringLiteral(": ") + clashes(&editor).join('\n')));
        // AND the lowest field with a letter is reached by it, and scrolled into view
        QLabel *last = nullptr;
        for (QLabel *label : std::as_const(labels)) {
            if (!mnemonics::of(label->text()).isNull()
                && (!last
                    || label->mapTo(&editor, QPoint()).y() > last->mapTo(&editor, QPoint()).y()))
                last = label;
        }
        QVERIFY(last);
        auto *form = editor.findChild<QScrollArea *>(QStringLiteral("sheetForm"));
        QVERIFY(
            form->viewport()->rect().contains(last->mapTo(form->viewport(), QPoint())) == false);
        pressMnemonic(&editor, last->text());
        QTRY_VERIFY2(
            last->buddy()->hasFocus(), qPrintable(locale + QLatin1Char(' ') + last->text()));
        QTRY_VERIFY(form->viewport()->rect().contains(
            last->buddy()->mapTo(form->viewport(), QPoint(0, 0))));
    }

    void shouldKeepLettersApartAfterTheLanguageChanges()
    {
        // GIVEN an editor open in English
        QVERIFY(Translations::install(QStringLiteral("en")));
        RecordEditorDialog editor(m_fixture->session(), *Kinds::find(QStringLiteral("contacts")));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // WHEN the language changes under it
        QVERIFY(Translations::install(QStringLiteral("el")));
        // THEN its labels get Greek letters of their own, still apart
        auto *label = editor.findChild<QLabel *>(QStringLiteral("label_name"));
        QVERIFY(label);
        QTRY_VERIFY2(mnemonics::of(label->text()).script() == QChar::Script_Greek,
            qPrintable(label->text()));
        QVERIFY2(clashes(&editor).isEmpty(), qPrintable(clashes(&editor).join('\n')));
    }

    void shouldReachTheCityToAddByItsLetterInEveryLanguage_data()
    {
        shouldReachEveryFieldOfTheEditorByItsOwnLetter_data();
    }

    void shouldReachTheCityToAddByItsLetterInEveryLanguage()
    {
        // GIVEN the main window in one language
        QFETCH(QString, locale);
        QVERIFY(Translations::install(locale));
        MainWindow window(m_fixture->session());
        window.resize(1366, 740);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // WHEN an activity, then a working group, is shown in its detail panel
        // THEN the participation and membership editors' controls have letters of their own
        checkCityEditor(window, QStringLiteral("activities"), QStringLiteral("activity"),
            QStringLiteral("participation"), locale);
        checkCityEditor(window, QStringLiteral("groups"), QStringLiteral("work_group"),
            QStringLiteral("membership"), locale);
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
