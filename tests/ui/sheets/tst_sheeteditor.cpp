// SPDX-License-Identifier: EUPL-1.2
// The practice-sheet editor driven as a liaison would: a whole sheet typed in and stored
// without a Save button, autosave on a pause and on leaving a field, undo of stored changes,
// read-only sheets, safe text, attachments shown inline, exports.
#include "sheeteditorfixture.h"

using namespace pactesur::test;

class TestSheetEditor : public QObject, protected SheetEditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareGuiTests(); }
    void cleanup() { closeAll(); }

    void shouldStoreAWholeSheetTypedIntoTheEditor()
    {
        openAs(test::TestDatabase::Role::Liaison);
        const QString contact
            = m_session
                  ->createRecord(Kinds::get("contacts"),
                      {{"name", "Claire Rossi"}, {"city", "nice"},
                          {"function", "Head of mediation"}, {"legal_basis", "public_task"}})
                  .value();

        // WHEN the liaison starts a blank sheet from the Practice sheets list
        m_window->showSection(QStringLiteral("sheets"));
        RecordListView *list = m_window->listView(QStringLiteral("sheets"));
        whenDialogOpens<NewSheetDialog>([](NewSheetDialog *dialog) {
            QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Night mediation"));
            dialog->findChild<QPushButton *>(QStringLiteral("newSheetOk"))->click();
        });
        list->newAction()->trigger();
        const QString id = list->selectedId();
        QVERIFY(!id.isEmpty());
        SheetEditor *editor = SheetWindows::of(*m_session).editor(id);
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QCOMPARE(editor->windowTitle(), QStringLiteral("Night mediation — Practice sheet"));
        QVERIFY(!editor->isReadOnly());

        // ...and types every field, section after section, with the keyboard
        auto *title = qobject_cast<QLineEdit *>(input(editor, "title"));
        editor->form()->focusField("title");
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Night-time mediation in the old town"));
        auto *themes = editor->row("themes")->findChild<QListWidget *>();
        for (int row = 0; row < themes->count(); ++row) {
            const QString slug = themes->item(row)->data(Qt::UserRole).toString();
            if (slug == QLatin1String("safe_nightlife")
                || slug == QLatin1String("citizen_participation"))
                themes->item(row)->setCheckState(Qt::Checked);
        }
        editor->row("period_start")
            ->findChild<QCheckBox *>("fieldSet_period_start")
            ->setChecked(true);
        editor->row("period_start")->findChild<QDateEdit *>()->setDate(QDate(2022, 6, 1));
        editor->form()->focusField("ongoing");
        QTest::keyClick(input(editor, "ongoing"), Qt::Key_Space);
        auto *sensitivity = qobject_cast<QComboBox *>(input(editor, "sensitivity"));
        sensitivity->setCurrentIndex(sensitivity->findData(QStringLiteral("public")));
        for (const auto &[field, text] : kTyped)
            type(editor, field, text);
        saveShot(editor, QStringLiteral("sheet_editor_typing.png"), "transfer");
        auto *contactChoice = qobject_cast<QComboBox *>(input(editor, "contact"));
        editor->form()->focusField("contact");
        contactChoice->setCurrentIndex(contactChoice->findData(contact));
        editor->form()->focusField("title"); // leaves the last field

        // THEN, without any Save, every field is stored as typed
        QTRY_VERIFY(!editor->autosaver()->hasPending());
        QVERIFY2(editor->autosaver()->failedFields().isEmpty(),
            qPrintable(editor->autosaver()->failedFields().join(',')));
        QCOMPARE(stored(id, "title"), QStringLiteral("Night-time mediation in the old town"));
        QCOMPARE(stored(id, "city"), cityId("nice"));
        QCOMPARE(stored(id, "language"), QStringLiteral("en"));
        QStringList themeList
            = QJsonDocument::fromJson(stored(id, "themes").toUtf8()).toVariant().toStringList();
        themeList.sort();
        QCOMPARE(themeList, (QStringList {"citizen_participation", "safe_nightlife"}));
        QCOMPARE(stored(id, "period_start"), QStringLiteral("2022-06-01"));
        QCOMPARE(stored(id, "ongoing"), QStringLiteral("1"));
        QCOMPARE(stored(id, "sensitivity"), QStringLiteral("public"));
        QCOMPARE(stored(id, "contact"), contact);
        QCOMPARE(stored(id, "status"), QStringLiteral("draft"));
        for (const auto &[field, text] : kTyped)
            QCOMPARE(unwrapped(stored(id, field)), text);
        // ...the editor says so, ticks every section that needs something, counts words
        QVERIFY2(editor->savedText().startsWith(QStringLiteral("All changes saved")),
            qPrintable(editor->savedText()));
        QTRY_VERIFY2(editor->navigator()->missing().isEmpty(),
            qPrintable(editor->navigator()->missing().join(',')));
        QCOMPARE(editor->row("results")->input()->wordCount(), 9);
        QCOMPARE(editor->form()->wordCount("results"), 9 + 10); // with the evaluation
        // ...and the journal knows what was saved while the editor is open
        const QList<EditorJournal::Entry> journal = EditorJournal::leftOpen(m_session->database());
        QCOMPARE(journal.size(), 1);
        QVERIFY(journal.first().savedFields.contains(QStringLiteral("lessons")));
        saveShot(editor, QStringLiteral("sheet_editor_typed.png"));

        // WHEN the editor closes, THEN its journal entry goes
        editor->close();
        QVERIFY(EditorJournal::leftOpen(m_session->database()).isEmpty());
    }

    void shouldStoreOnAPauseAndOnLeavingAField()
    {
        openAs(test::TestDatabase::Role::Liaison);
        const QString id = createSheet();
        SheetEditor *editor = openEditor(id);
        QVERIFY(editor);

        // WHEN the liaison types and stops
        type(editor, "summary", QStringLiteral("Mediators on foot"));
        // THEN nothing is written per key...
        QVERIFY(editor->autosaver()->hasPending());
        QCOMPARE(stored(id, "summary"), QString());
        QCOMPARE(editor->savedText(), QStringLiteral("Editing…"));
        // ...but within the pause the text is stored
        QTRY_COMPARE_WITH_TIMEOUT(stored(id, "summary"), QStringLiteral("Mediators on foot"),
            SheetAutosaver::kPauseMs + 1500);

        // WHEN the liaison types and leaves the field at once, THEN it is stored at once
        QTest::keyClicks(input(editor, "summary"), QStringLiteral(" at night"));
        editor->form()->focusField("context");
        QCOMPARE(stored(id, "summary"), QStringLiteral("Mediators on foot at night"));
        QVERIFY(!editor->autosaver()->hasPending());

        // WHEN the liaison types and goes to the main window, THEN it is stored at once
        QTest::keyClicks(input(editor, "context"), QStringLiteral("Old town"));
        // (a child window shares its parent's activation: the switch is asked for directly)
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QCOMPARE(stored(id, "context"), QStringLiteral("Old town"));
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        editor->form()->focusField("context");
        QTest::keyClick(input(editor, "context"), Qt::Key_A, Qt::ControlModifier);

        // WHEN the liaison types and closes the window at once, THEN nothing is lost
        QTest::keyClicks(input(editor, "context"), QStringLiteral("A busy old town"));
        editor->close();
        QCOMPARE(stored(id, "context"), QStringLiteral("A busy old town"));
    }

    void shouldUndoAndRedoStoredChangesOfThisSheet()
    {
        openAs(test::TestDatabase::Role::Liaison);
        const QString id = createSheet();
        SheetEditor *editor = openEditor(id);

        // GIVEN two fields typed one after the other (each autosaved several times)
        type(editor, "summary", QStringLiteral("First "));
        editor->autosaver()->flush();
        QTest::keyClicks(input(editor, "summary"), QStringLiteral("words"));
        type(editor, "context", QStringLiteral("Context typed"));
        editor->form()->focusField("title");
        QCOMPARE(stored(id, "context"), QStringLiteral("Context typed"));
        // THEN one stretch of typing in a field is one step
        QCOMPARE(editor->autosaver()->undoStack()->count(), 2);
        QCOMPARE(m_session->undoStack()->count(), 1); // only the creation

        // WHEN undone, THEN the context goes, in the store and in the form
        editor->undo();
        QCOMPARE(stored(id, "context"), QString());
        QVERIFY(editor->row("context")->input()->value().isEmpty());
        QCOMPARE(stored(id, "summary"), QStringLiteral("First words"));
        editor->undo();
        QCOMPARE(stored(id, "summary"), QString());
        QVERIFY(editor->row("summary")->input()->value().isEmpty());
        // WHEN redone, THEN it is back
        editor->redo();
        QCOMPARE(stored(id, "summary"), QStringLiteral("First words"));
        QCOMPARE(editor->row("summary")->input()->value(), QStringLiteral("First words"));

        // WHEN Ctrl+Z is pressed inside a text, THEN it is the text's own undo
        editor->form()->focusField("summary");
        QTest::keyClicks(input(editor, "summary"), QStringLiteral("!"));
        QTest::keyClick(input(editor, "summary"), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->row("summary")->input()->value(), QStringLiteral("First words"));
        QCOMPARE(stored(id, "summary"), QStringLiteral("First words"));
        // ...and outside a text, the sheet's: the last stored change goes
        editor->form()->focusField("sensitivity");
        QTest::keyClick(input(editor, "sensitivity"), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(id, "summary"), QString());
    }

    void shouldShowCoreRefusalsBesideTheFieldAndKeepTheInput()
    {
        openAs(test::TestDatabase::Role::Liaison);
        const QString id = createSheet({{"period_start", "2023-05-01"}});
        SheetEditor *editor = openEditor(id);

        // WHEN the end of the period is set before its start, and the summary typed too
        type(editor, "summary", QStringLiteral("Mediators at night."));
        editor->row("period_end")->findChild<QCheckBox *>("fieldSet_period_end")->setChecked(true);
        editor->row("period_end")->findChild<QDateEdit *>()->setDate(QDate(2022, 1, 1));
        editor->form()->focusField("title");

        // THEN core's refusal shows under that field, the date stays as typed, and the
        // summary is stored all the same
        const QString error = editor->row("period_end")->errorText();
        QVERIFY2(error.contains(QStringLiteral("2022-01-01")), qPrintable(error));
        QCOMPARE(editor->row("period_end")->input()->value(), QStringLiteral("2022-01-01"));
        QCOMPARE(stored(id, "period_end"), QString());
        QCOMPARE(stored(id, "summary"), QStringLiteral("Mediators at night."));
        QVERIFY(editor->savedText().contains(QStringLiteral("not saved")));
        saveShot(editor, QStringLiteral("sheet_editor_error.png"));

        // WHEN it is corrected, THEN it is stored and the message goes
        editor->row("period_end")->findChild<QDateEdit *>()->setDate(QDate(2024, 1, 1));
        editor->form()->focusField("summary");
        QCOMPARE(stored(id, "period_end"), QStringLiteral("2024-01-01"));
        QVERIFY(editor->row("period_end")->errorText().isEmpty());
    }

    void shouldShowAnotherCitysSheetReadOnly()
    {
        // GIVEN Vilnius's database holding a sheet of Nice, received from the coordinator
        // (a liaison's package is sealed to the coordinator, who passes it on)
        m_folder = std::make_unique<QTemporaryDir>();
        QTemporaryDir &folder = *m_folder;
        QString sheetId;
        {
            test::TestReplica nice(QStringLiteral("nice"), QStringLiteral("nice"), folder.path());
            test::TestReplica vilnius(
                QStringLiteral("vilnius"), QStringLiteral("vilnius"), folder.path());
            test::TestReplica coordinator(
                QStringLiteral("coordinator"), QStringLiteral("coordinator"), folder.path());
            nice.enrolWith(coordinator);
            vilnius.enrolWith(coordinator);
            const Result<QString> created = nice.store().create(Kinds::get("sheets"),
                {{"title", "Night-time mediation"}, {"city", "nice"}, {"language", "fr"},
                    {"summary", "Des médiateurs de nuit."}});
            QVERIFY(created);
            sheetId = created.value();
            QVERIFY(coordinator.importPackage(nice.exportPackage(&coordinator)));
            QVERIFY(vilnius.importPackage(coordinator.exportPackage(&vilnius)));
        }
        openSessionAt(folder.filePath(QStringLiteral("vilnius.db")));

        // WHEN the liaison of Vilnius opens it
        SheetEditor *editor = openEditor(sheetId);
        QVERIFY(editor);

        // THEN every field is read-only and the banner says why; no workflow button
        QVERIFY(editor->isReadOnly());
        QVERIFY2(editor->readOnlyReason().contains(QStringLiteral("belongs to Nice")),
            qPrintable(editor->readOnlyReason()));
        const auto *summary = qobject_cast<QTextEdit *>(input(editor, "summary"));
        QVERIFY(summary->isReadOnly());
        QVERIFY(qobject_cast<QLineEdit *>(input(editor, "title"))->isReadOnly());
        QCOMPARE(editor->workflowBar()->findChildren<QPushButton *>().size(), 0);
        // ...and typing changes nothing, in the form or the store
        QTest::keyClicks(const_cast<QTextEdit *>(summary), QStringLiteral("xyz"));
        QCOMPARE(
            editor->row("summary")->input()->value(), QStringLiteral("Des médiateurs de nuit."));
        QVERIFY(!editor->autosaver()->hasPending());
        saveShot(editor, QStringLiteral("sheet_editor_readonly.png"));
    }

    void shouldKeepTextFromDataSafe()
    {
        openAs(test::TestDatabase::Role::Liaison);
        // GIVEN a sheet whose text names a local file as an image and has links
        const QString id = createSheet({{"summary",
            "See ![secret](file:///etc/passwd) and [the report](https://example.org/r) or "
            "[this](file:///etc/hosts)."}});
        SheetEditor *editor = openEditor(id);
        auto *summary = qobject_cast<QTextEdit *>(input(editor, "summary"));

        // THEN the image shows as its words and only the web link stays a link
        const QString html = summary->document()->toHtml();
        QVERIFY(!html.contains(QStringLiteral("file://")));
        QVERIFY(html.contains(QStringLiteral("https://example.org/r")));
        QVERIFY(summary->toPlainText().contains(QStringLiteral("secret")));
        // ...and the title, shown in labels, is plain text
        QCOMPARE(editor->findChild<QLabel *>("sheetTitle")->textFormat(), Qt::PlainText);

        // WHEN the liaison pastes rich content, THEN only its text arrives
        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral("<b>bold</b><img src=\"file:///etc/passwd\">"));
        mime->setText(QStringLiteral("bold"));
        QApplication::clipboard()->setMimeData(mime);
        summary->setFocus();
        summary->moveCursor(QTextCursor::End);
        summary->paste();
        QVERIFY(summary->toPlainText().endsWith(QStringLiteral("bold")));
        QVERIFY(!summary->document()->toHtml().contains(QStringLiteral("passwd")));
    }

    void shouldAttachAnImageAndShowItInsideAText()
    {
        openAs(test::TestDatabase::Role::Liaison);
        const QString id = createSheet();
        SheetEditor *editor = openEditor(id);
        QImage photo(640, 320, QImage::Format_RGB32);
        photo.fill(QColor(0x2f, 0x5d, 0x8a));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "PNG");

        // WHEN the liaison adds a photo to the sheet
        SheetAttachments *attachments = editor->row("attachments")->input()->attachments();
        const Result<SheetAttachments::Info> added
            = attachments->addBytes(QStringLiteral("night-patrol.png"), png);
        QVERIFY(added && added->isImage());
        // THEN it is one of the sheet's attachments, stored
        QTRY_COMPARE(stored(id, "attachments"), QStringLiteral("[\"%1\"]").arg(added->id));

        // WHEN it is shown inside the actions, from the attachment list
        type(editor, "actions", QStringLiteral("Patrols in pairs."));
        auto *list = attachments->findChild<QListWidget *>(QStringLiteral("attachmentList"));
        list->setCurrentRow(0);
        attachments->findChild<QPushButton *>(QStringLiteral("attachmentInsert"))->click();
        editor->form()->focusField("title");

        // THEN the text refers to the attachment, and the editor shows the picture itself
        const QString markdown = stored(id, "actions");
        QVERIFY2(markdown.contains(QStringLiteral("](attachment:%1)").arg(added->sha256)),
            qPrintable(markdown));
        auto *actions = qobject_cast<QTextEdit *>(input(editor, "actions"));
        const QVariant image = actions->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("attachment:%1").arg(added->sha256)));
        QCOMPARE(image.value<QImage>().size(), photo.size());
        saveShot(editor, QStringLiteral("sheet_editor_image.png"), "actions");
    }

    void shouldExportTheSheetAsHtmlAndPdf()
    {
        openAs(test::TestDatabase::Role::Liaison);
        const QString id = createSheet(completeValues());
        SheetEditor *editor = openEditor(id);
        QTemporaryDir out;

        FileDialogs::setNextFileName(out.filePath(QStringLiteral("sheet")));
        editor->findChild<QAction *>(QStringLiteral("sheetExportHtml"))->trigger();
        QFile html(out.filePath(QStringLiteral("sheet.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("Night-time mediation in the old town"));

        FileDialogs::setNextFileName(out.filePath(QStringLiteral("sheet.pdf")));
        editor->findChild<QAction *>(QStringLiteral("sheetExportPdf"))->trigger();
        QFile pdf(out.filePath(QStringLiteral("sheet.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(Messages::takeRecorded().isEmpty());
    }

    void shouldDescribeWhatARecoveryKept()
    {
        EditorJournal::Entry entry;
        entry.sheetId = QStringLiteral("x");
        entry.title = QStringLiteral("Night-time mediation");
        entry.savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        entry.savedFields = {QStringLiteral("summary"), QStringLiteral("results")};
        const QString text = SheetWindows::recoveryMessage(entry);
        QVERIFY(text.contains(QStringLiteral("“Night-time mediation”")));
        QVERIFY(text.contains(QStringLiteral("Summary and Results and indicators")));
        QVERIFY(text.contains(QStringLiteral("5 second")));
    }
};

QTEST_MAIN(TestSheetEditor)
#include "tst_sheeteditor.moc"
