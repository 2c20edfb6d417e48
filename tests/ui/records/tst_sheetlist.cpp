// SPDX-License-Identifier: EUPL-1.2
// The list of practice sheets shows each sheet once, in the interface language when a
// translation exists, else in English, else in its original language (DESIGN.md section 6).
#include "records/recordtablemodel.h"
#include "sheets/sheettranslations.h"
#include "store/recordstore.h"
#include "testdatabase.h"
#include "util/translations.h"

#include <QTest>

using namespace pactesur;

class TestSheetList : public QObject
{
    Q_OBJECT

private:
    static QStringList titles(RecordTableModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, 0).data().toString();
        result.sort();
        return result;
    }

    static QString translate(
        Database &db, const QString &source, const QString &language, const QString &title)
    {
        Result<TextValues> values = SheetTranslations::newTranslationValues(db, source, language);
        if (!values)
            return {};
        values.value().insert(QStringLiteral("title"), title);
        const Result<QString> id
            = RecordStore(db).create(Kinds::get(QStringLiteral("sheets")), values.value());
        return id ? id.value() : QString();
    }

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void shouldListEachSheetOnceInTheBestLanguage()
    {
        test::TestDatabase fixture;
        RecordStore store(fixture.db());
        const KindSpec &sheets = Kinds::get(QStringLiteral("sheets"));
        // A French original translated into English and Lithuanian, and an untranslated
        // Latvian sheet.
        const Result<QString> nice = store.create(sheets,
            {{QStringLiteral("title"), QStringLiteral("Médiateurs de nuit")},
                {QStringLiteral("city"), QStringLiteral("nice")},
                {QStringLiteral("language"), QStringLiteral("fr")}});
        QVERIFY(nice);
        QVERIFY(!translate(
            fixture.db(), nice.value(), QStringLiteral("en"), QStringLiteral("Night mediators"))
                     .isEmpty());
        QVERIFY(!translate(fixture.db(), nice.value(), QStringLiteral("lt"),
            QStringLiteral("Naktiniai mediatoriai"))
                     .isEmpty());
        QVERIFY(store.create(sheets,
            {{QStringLiteral("title"), QStringLiteral("Ostas naktī")},
                {QStringLiteral("city"), QStringLiteral("riga")},
                {QStringLiteral("language"), QStringLiteral("lv")}}));

        RecordTableModel model(sheets);
        const auto listedIn = [&](const char *language) {
            Translations::install(QString::fromLatin1(language));
            model.setDatabase(&fixture.db());
            model.reload();
            return titles(model);
        };
        QCOMPARE(listedIn("lt"),
            (QStringList {QStringLiteral("Naktiniai mediatoriai"), QStringLiteral("Ostas naktī")}));
        QCOMPARE(listedIn("fr"),
            (QStringList {QStringLiteral("Médiateurs de nuit"), QStringLiteral("Ostas naktī")}));
        QCOMPARE(listedIn("nl"),
            (QStringList {QStringLiteral("Night mediators"), QStringLiteral("Ostas naktī")}));
        QCOMPARE(model.totalCount(), 2);

        // Asking for a language lists every sheet written in it, translations included.
        model.setFieldFilter(QStringLiteral("language"), QStringLiteral("en"));
        QCOMPARE(titles(model), QStringList {QStringLiteral("Night mediators")});
        model.setFieldFilter(QString(), QString());

        // Without its original, a translation stands on its own.
        QVERIFY(store.remove(sheets, nice.value()));
        QCOMPARE(listedIn("fr"),
            (QStringList {QStringLiteral("Naktiniai mediatoriai"),
                QStringLiteral("Night mediators"), QStringLiteral("Ostas naktī")}));
    }
};

QTEST_MAIN(TestSheetList)
#include "tst_sheetlist.moc"
