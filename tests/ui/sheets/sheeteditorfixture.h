// SPDX-License-Identifier: EUPL-1.2
// What the tests of the sheet editor share: a database with a role in the main window, a
// sheet to edit, the editor opened and active, typing, reading back what was stored.
#pragma once

#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "exchangeharness.h"
#include "guitestsupport.h"
#include "records/recordlistview.h"
#include "session/session.h"
#include "sheets/editorjournal.h"
#include "sheets/newsheetdialog.h"
#include "sheets/sheetattachments.h"
#include "sheets/sheetautosaver.h"
#include "sheets/sheeteditor.h"
#include "sheets/sheetfieldinput.h"
#include "sheets/sheetfieldrow.h"
#include "sheets/sheetform.h"
#include "sheets/sheetnavigator.h"
#include "sheets/sheetreviewnotes.h"
#include "sheets/sheettranslationpane.h"
#include "sheets/sheettranslations.h"
#include "sheets/sheetwindows.h"
#include "sheets/sheetworkflow.h"
#include "sheets/sheetworkflowbar.h"
#include "sheets/translatesheetdialog.h"
#include "shell/mainwindow.h"
#include "store/database.h"
#include "store/replica.h"
#include "testdatabase.h"
#include "widgets/filedialogs.h"
#include "widgets/messages.h"
#include "widgets/richtextfield.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace pactesur;

namespace pactesur::test {

// What a liaison of Nice types into a whole sheet, field by field.
inline const QList<QPair<QString, QString>> kTyped = {
    {"summary",
        "Teams of trained night mediators walk the old town from ten in the evening "
        "until four in the morning and calm conflicts before they grow."},
    {"context",
        "The old town holds more than a hundred bars next to four thousand residents "
        "and complaints about noise rose by a third in three years."},
    {"objectives", "Fewer noise complaints and fewer police call-outs for minor conflicts."},
    {"target_groups", "Night-time visitors, residents and bar staff of the old town."},
    {"actions", "Twelve mediators were recruited and trained for six weeks in de-escalation."},
    {"partners", "The municipal police, the association of bar owners and two resident groups."},
    {"budget", "About three hundred thousand euros a year from the city budget."},
    {"results", "Noise complaints fell by a quarter over two summers."},
    {"evaluation", "A university team compared complaints and surveys before and after."},
    {"transferability", "Any city with a dense night-time district can start with two teams."},
    {"lessons", "Recruit mediators who speak the visitors' languages from the first night."},
};

// Markdown wraps long paragraphs; the words are what the person typed.
inline QString unwrapped(const QString &markdown)
{
    return QString(markdown).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

class SheetEditorFixture
{
protected:
    std::unique_ptr<TestDatabase> m_fixture;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    // Databases exchanged between replicas; it outlives the session opened on one of them.
    std::unique_ptr<QTemporaryDir> m_folder;

    // GIVEN a seeded database with this role, in the main window
    void openAs(TestDatabase::Role role, const QString &city = QStringLiteral("nice"))
    {
        m_fixture = std::make_unique<TestDatabase>(role, city);
        m_fixture->close();
        openSessionAt(m_fixture->path());
    }

    void openSessionAt(const QString &path)
    {
        m_session = openSession(path);
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        // Active before any editor opens, so that its activation cannot come later and
        // take the focus from the editor.
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the main window did not become active");
    }

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

    QString stored(const QString &sheetId, const QString &field) const
    {
        return sqlValue(
            QStringLiteral("SELECT \"%1\" FROM sheet WHERE id = ?").arg(field), sheetId);
    }

    QString cityId(const QString &slug) const
    {
        return sqlValue(QStringLiteral("SELECT id FROM city WHERE slug = ?"), slug);
    }

    QString createSheet(const TextValues &extra = {})
    {
        TextValues values {{"title", "Night-time mediation in the old town"}, {"city", "nice"},
            {"language", "en"}};
        values.insert(extra);
        const Result<QString> id = m_session->createRecord(Kinds::get("sheets"), values);
        if (!id)
            qWarning("%s", qPrintable(id.error().message));
        return id ? id.value() : QString();
    }

    // Everything submitting needs, so the workflow can be driven.
    TextValues completeValues() const
    {
        TextValues values {{"themes", "safe_nightlife"}, {"period_start", "2022-06-01"}};
        for (const auto &[field, text] : kTyped)
            values.insert(field, text);
        return values;
    }

    SheetEditor *openEditor(const QString &id)
    {
        SheetEditor *editor = SheetWindows::of(*m_session).open(id, m_window.get());
        if (editor && !QTest::qWaitForWindowActive(editor))
            qWarning("the editor did not become active");
        QTest::qWait(20);
        if (QApplication::activeWindow() != editor)
            qWarning("the editor lost the focus");
        return editor;
    }

    static QWidget *input(SheetEditor *editor, const QString &field)
    {
        return editor->row(field)->input()->focusTarget();
    }

    // Types `text` into a field the way a person does: click in, type, leave.
    static void type(SheetEditor *editor, const QString &field, const QString &text)
    {
        QWidget *target = input(editor, field);
        editor->form()->focusField(field);
        QTest::keyClicks(target, text);
    }

    // With PACTESUR_TEST_SHOTS=FOLDER, a picture of the editor scrolled to `section`.
    static void saveShot(SheetEditor *editor, const QString &name, const QString &section = {})
    {
        const QString folder = qEnvironmentVariable("PACTESUR_TEST_SHOTS");
        if (folder.isEmpty())
            return;
        QTest::qWait(50); // the layout catches up with the last change
        if (!section.isEmpty())
            editor->form()->scrollToSection(section);
        editor->grab().save(folder + QLatin1Char('/') + name);
    }

    // After each test: editors closed before their session goes.
    void closeAll()
    {
        if (m_session)
            SheetWindows::of(*m_session).closeAll();
        m_window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_session.reset();
        m_fixture.reset();
        m_folder.reset();
        Messages::takeRecorded();
    }
};

} // namespace pactesur::test
