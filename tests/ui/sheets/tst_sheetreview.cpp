// SPDX-License-Identifier: EUPL-1.2
// The review workflow in the sheet editor: submitting only a complete sheet, the
// coordinator's notes beside the fields of the city, translations beside their source with
// changed fields marked, and new drafts from existing sheets.
#include "sheeteditorfixture.h"

using namespace pactesur::test;

class TestSheetReview : public QObject, protected SheetEditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareGuiTests(); }
    void cleanup() { closeAll(); }

    void shouldSubmitOnlyACompleteSheetAndKeepTheHistory()
    {
        openAs(test::TestDatabase::Role::Liaison);
        const QString id = createSheet({{"summary", "Mediators at night."}});
        SheetEditor *editor = openEditor(id);
        QPushButton *submit = editor->workflowBar()->button("submitted");
        QVERIFY(submit);
        QCOMPARE(submit->text(), QStringLiteral("Submit for Review"));

        // WHEN the liaison submits an incomplete sheet
        submit->click();
        // THEN it stays a draft and the editor says what is missing, and where
        QCOMPARE(stored(id, "status"), QStringLiteral("draft"));
        QVERIFY2(editor->workflowMessage().contains(QStringLiteral("Context and problem")),
            qPrintable(editor->workflowMessage()));
        QVERIFY(!editor->workflowMessage().contains(QStringLiteral("Summary")));
        QVERIFY(editor->navigator()->missing().contains(QStringLiteral("themes")));
        QCOMPARE(QApplication::focusWidget(), input(editor, "themes"));

        // WHEN the missing fields are filled and the sheet submitted
        TextValues rest = completeValues();
        rest.remove("summary");
        QVERIFY(m_session->editRecord(Kinds::get("sheets"), id, rest));
        QTRY_VERIFY(editor->navigator()->missing().isEmpty());
        editor->workflowBar()->button("submitted")->click();

        // THEN it is submitted, read-only for the liaison, with the history kept
        QCOMPARE(stored(id, "status"), QStringLiteral("submitted"));
        QVERIFY(editor->workflowMessage().isEmpty());
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->readOnlyReason().contains(QStringLiteral("withdraw")));
        QVERIFY(editor->workflowBar()->button("draft")); // Withdraw
        QVERIFY(!editor->workflowBar()->button("validated"));
        const QList<SheetStatusChange> history = SheetHistory::forSheet(m_session->database(), id);
        QCOMPARE(history.last().toStatus, QStringLiteral("submitted"));
        auto *historyList = editor->navigator()->findChild<QListWidget *>("navigatorHistory");
        QCOMPARE(historyList->item(historyList->count() - 1)->text(), QStringLiteral("Submitted"));
    }

    void shouldShowTheCoordinatorsNotesBesideTheFieldsOfTheCity()
    {
        // GIVEN a complete sheet that Nice submitted and the coordinator received
        m_folder = std::make_unique<QTemporaryDir>();
        QTemporaryDir &folder = *m_folder;
        QString id;
        {
            test::TestReplica nice(QStringLiteral("nice"), QStringLiteral("nice"), folder.path());
            test::TestReplica coordinator(
                QStringLiteral("coordinator"), QStringLiteral("coordinator"), folder.path());
            nice.enrolWith(coordinator);
            TextValues values = completeValues();
            values.insert({{"title", "Night-time mediation"}, {"city", "nice"}, {"language", "en"},
                {"status", "submitted"}});
            const Result<QString> created = nice.store().create(Kinds::get("sheets"), values);
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            id = created.value();
            QVERIFY(coordinator.importPackage(nice.exportPackage(&coordinator)));
        }
        openSessionAt(folder.filePath(QStringLiteral("coordinator.db")));
        SheetEditor *editor = openEditor(id);
        QVERIFY(editor->workflowBar()->button("validated"));

        // WHEN the coordinator writes a note on the results and requests changes
        SheetFieldRow *results = editor->row("results");
        auto *addNote = results->findChild<QToolButton *>("addReviewNote_results");
        QVERIFY(addNote && addNote->isVisible());
        addNote->click();
        auto *note = results->findChild<QPlainTextEdit *>("reviewNoteEdit_results");
        QVERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("Please add the figures of the second summer."));
        editor->workflowBar()->button("changes_requested")->click();

        // THEN the note and the decision are stored
        QCOMPARE(stored(id, "status"), QStringLiteral("changes_requested"));
        QCOMPARE(SheetReviewNotes::parse(stored(id, "review_notes")).value("results"),
            QStringLiteral("Please add the figures of the second summer."));
        saveShot(editor, QStringLiteral("sheet_editor_coordinator.png"), "results");
        const QString package = folder.filePath(QStringLiteral("review.pactesur"));
        QVERIFY(Exporter::exportTo(m_session->database(), package, Exporter::Options()));
        SheetWindows::of(*m_session).closeAll();
        m_window.reset();
        m_session.reset();

        // WHEN Nice imports the coordinator's package and the liaison opens the sheet
        {
            auto nice = Database::open(folder.filePath(QStringLiteral("nice.db")));
            QVERIFY(nice);
            Importer::Options options;
            options.backup = false;
            QVERIFY(Importer::run(*nice.value(), package, options));
        }
        openSessionAt(folder.filePath(QStringLiteral("nice.db")));
        SheetEditor *liaison = openEditor(id);

        // THEN the note shows beside its field, for reading only, and the sheet can be changed
        SheetNoteBox *box = liaison->row("results")->noteBox();
        QVERIFY(box->isVisible());
        QVERIFY(!box->isEditable());
        QCOMPARE(box->note(), QStringLiteral("Please add the figures of the second summer."));
        QVERIFY(!liaison->row("summary")->noteBox()->isVisible());
        QVERIFY(!liaison->row("results")
                     ->findChild<QToolButton *>("addReviewNote_results")
                     ->isVisible());
        QVERIFY(!liaison->isReadOnly());
        QVERIFY2(liaison->reviewText().contains(QStringLiteral("Results and indicators")),
            qPrintable(liaison->reviewText()));
        QCOMPARE(
            liaison->workflowBar()->button("submitted")->text(), QStringLiteral("Submit Again"));
        saveShot(liaison, QStringLiteral("sheet_editor_review.png"), "results");
    }

    void shouldShowTheSourceBesideATranslationAndMarkWhatChanged()
    {
        openAs(test::TestDatabase::Role::Liaison);
        const QString sourceId = createSheet(completeValues());
        SheetEditor *source = openEditor(sourceId);

        // WHEN the liaison translates the sheet into French
        whenDialogOpens<TranslateSheetDialog>([](TranslateSheetDialog *dialog) {
            QComboBox *language = dialog->languageChoice();
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            dialog->findChild<QPushButton *>(QStringLiteral("translateOk"))->click();
        });
        source->findChild<QAction *>(QStringLiteral("sheetTranslate"))->trigger();

        // THEN a linked sheet opens with the source beside each translatable field
        const QString translationId
            = sqlValue(QStringLiteral("SELECT id FROM sheet WHERE translation_of = ?"), sourceId);
        QVERIFY(translationId != QLatin1String("<none>"));
        SheetEditor *translation = SheetWindows::of(*m_session).editor(translationId);
        QVERIFY(translation);
        QCOMPARE(stored(translationId, "language"), QStringLiteral("fr"));
        auto *sourceView
            = translation->row("summary")->findChild<QTextBrowser *>("sheetSource_summary");
        QVERIFY(sourceView && sourceView->isVisibleTo(translation));
        QCOMPARE(sourceView->toPlainText(), kTyped.first().second);
        QVERIFY(!sourceView->openLinks() && !sourceView->openExternalLinks());
        QVERIFY(!translation->row("summary")->isOutdated());
        type(translation, "summary", QStringLiteral("Des mediateurs parcourent la vieille ville."));
        translation->form()->focusField("context");
        saveShot(translation, QStringLiteral("sheet_editor_translation.png"), "context");

        // WHEN the source's results change
        QVERIFY(m_session->editRecord(Kinds::get("sheets"), sourceId,
            {{"results", "Noise complaints fell by a third over three summers."}}));

        // THEN the translation marks that field, and only that one, as outdated
        QTRY_VERIFY(translation->row("results")->isOutdated());
        QVERIFY(!translation->row("summary")->isOutdated());
        QVERIFY(translation->translationPane()->text().contains(
            QStringLiteral("Results and indicators")));
        QCOMPARE(translation->row("results")
                     ->findChild<QTextBrowser *>("sheetSource_results")
                     ->toPlainText(),
            QStringLiteral("Noise complaints fell by a third over three summers."));
        saveShot(translation, QStringLiteral("sheet_editor_outdated.png"), "results");

        // WHEN the translator marks it as up to date, THEN nothing is outdated any more
        QVERIFY(translation->translationPane()->markUpToDateButton()->isVisible());
        translation->translationPane()->markUpToDateButton()->click();
        QVERIFY(!translation->row("results")->isOutdated());
        const auto record
            = RecordStore(m_session->database()).get(Kinds::get("sheets"), translationId);
        QVERIFY(SheetTranslations::outdatedFields(m_session->database(), *record).isEmpty());
    }

    void shouldDuplicateASheetAsANewDraft()
    {
        openAs(test::TestDatabase::Role::Liaison);
        TextValues values = completeValues();
        values.insert("status", "submitted");
        const QString id = createSheet(values);
        m_window->showSection(QStringLiteral("sheets"));
        RecordListView *list = m_window->listView(QStringLiteral("sheets"));
        QVERIFY(list->selectRecord(id));

        // WHEN the liaison duplicates it
        QAction *duplicate = list->findChild<QAction *>(QStringLiteral("actionDuplicate_sheets"));
        QVERIFY(duplicate && duplicate->isEnabled());
        duplicate->trigger();

        // THEN a new draft with the same content opens, selected in the list
        const QString copy = list->selectedId();
        QVERIFY(!copy.isEmpty() && copy != id);
        QCOMPARE(
            stored(copy, "title"), QStringLiteral("Copy of Night-time mediation in the old town"));
        QCOMPARE(stored(copy, "status"), QStringLiteral("draft"));
        QCOMPARE(stored(copy, "results"), stored(id, "results"));
        QVERIFY(SheetWindows::of(*m_session).editor(copy));
    }
};

QTEST_MAIN(TestSheetReview)
#include "tst_sheetreview.moc"
