// SPDX-License-Identifier: EUPL-1.2
// kill -9 at random moments of sheet autosave while typing (issue 16): the subject types
// into a practice sheet's summary in the sheet editor at a human pace (letters of several
// scripts) and is killed at a moment drawn uniformly from the first seconds of typing.
// Afterwards the stored summary is valid UTF-8 and a beginning of what was typed, holds
// everything typed up to the promised seconds before the kill, the database passes check,
// and the next start is not stopped by the lock.
#include "killtrials.h"
#include "testdatabase.h"

#include "model/kinds.h"
#include "store/recordstore.h"

#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace pactesur;
using namespace pactesur::test::kill;

namespace {

// SheetAutosaver::kPromisedSeconds (a desktop class this core-only test does not link).
constexpr qint64 kPromisedMs = 5000;

// PACTESUR_KILL_TYPING_MS: the kills are drawn from this much typing (12 s unless set).
qint64 typingWindowMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("PACTESUR_KILL_TYPING_MS", &ok);
    return ok && fromEnv > 0 ? fromEnv : 12000;
}

struct Key
{
    qint64 at = 0; // monotonic ms
    QChar character;
};

QList<Key> typedKeys(const QStringList &lines)
{
    QList<Key> keys;
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.value(0) == QLatin1String("typed") && parts.size() == 3)
            keys.append({parts.at(1).toLongLong(), QChar(parts.at(2).toUShort(nullptr, 16))});
    }
    return keys;
}

// Markdown wraps long paragraphs and the editor trims the end: compare the words.
QString words(const QString &text)
{
    return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError() && decoded.toUtf8() == bytes;
}

} // namespace

class TestKillTrialsAutosave : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoseAtMostThePromisedSecondsWhenKilled()
    {
        // GIVEN Nice's liaison with a new practice sheet
        const QString sheetId = [&] {
            test::TestDatabase fixture(test::TestDatabase::Role::Liaison, QStringLiteral("nice"));
            const Result<QString> id = RecordStore(fixture.db()).create(
                Kinds::get(QStringLiteral("sheets")),
                {{QStringLiteral("title"), QStringLiteral("Night-time mediation")},
                    {QStringLiteral("city"), QStringLiteral("nice")},
                    {QStringLiteral("language"), QStringLiteral("en")}});
            fixture.close();
            return id ? (copyDatabase(fixture.path(), m_dir.filePath(QStringLiteral("sheet.db")))
                        ? id.value()
                        : QString())
                      : QString();
        }();
        QVERIFY(!sheetId.isEmpty());
        const QString template_ = m_dir.filePath(QStringLiteral("sheet.db"));

        // WHEN the editor is killed at random moments while someone types
        std::mt19937 random = makeRandom("autosave");
        Tally tally {QStringLiteral("autosave")};
        qint64 maxLossMs = 0;
        int keysTyped = 0;
        const QString work = m_dir.filePath(QStringLiteral("work.db"));
        for (int trial = 0; trial < trialsPerOperation(); ++trial) {
            const QByteArray where = QStringLiteral("trial %1").arg(trial).toUtf8();
            QVERIFY(copyDatabase(template_, work));
            KilledProcess editor;
            QVERIFY2(editor.start(QStringLiteral(PACTESUR_CRASH_SUBJECT),
                         {QStringLiteral("type"), work, sheetId}, QStringLiteral("start")),
                where.constData());
            const qint64 killedAt = editor.killAfter(uniformMs(random, typingWindowMs()));
            ++tally.trials;
            tally.midway += editor.exitedBeforeKill() ? 0 : 1;
            const QList<Key> keys = typedKeys(editor.lines());
            QString typed;
            for (const Key &key : keys)
                typed += key.character;
            keysTyped += int(keys.size());

            // THEN the database is whole and the summary is valid UTF-8...
            const QJsonObject report = check(work);
            QVERIFY2(report.value(QStringLiteral("ok")).toBool(), where.constData());
            const QByteArray bytes = rawValue(work,
                QStringLiteral("SELECT CAST(coalesce(summary, '') AS BLOB) FROM sheet WHERE id = '%1'")
                    .arg(sheetId))
                                         .toByteArray();
            QVERIFY2(isValidUtf8(bytes), QByteArray(where + ": not UTF-8: " + bytes.toHex()).constData());
            // ...a beginning of what was typed: the first `kept` keys, never anything else
            const QString stored = words(QString::fromUtf8(bytes));
            qsizetype kept = -1;
            for (qsizetype n = typed.size(); n >= 0 && kept < 0; --n)
                kept = words(typed.left(n)) == stored ? n : -1;
            tally.partial += kept < 0 ? 1 : 0;
            QVERIFY2(kept >= 0,
                qPrintable(QStringLiteral("%1: stored \"%2\" was never typed").arg(where, stored)));
            tally.before += kept == 0 ? 1 : 0;
            tally.after += kept == typed.size() ? 1 : 0;
            // ...and everything typed up to the promised seconds before the kill
            const qint64 lossMs = kept < typed.size() ? killedAt - keys.at(kept).at : 0;
            maxLossMs = qMax(maxLossMs, lossMs);
            QVERIFY2(lossMs <= kPromisedMs,
                qPrintable(QStringLiteral("%1: %2 of %3 keys kept; the first lost one was typed "
                                          "%4 ms before the kill")
                               .arg(where)
                               .arg(kept)
                               .arg(typed.size())
                               .arg(lossMs)));

            // ...and the next start takes the lock the dead editor left, at once
            const NextStart next = openAfterKill(work);
            tally.countNextStart(next);
            QVERIFY2(next.opened, qPrintable(QStringLiteral("%1: %2").arg(where, next.error)));
            QVERIFY2(next.privateFoldersAfterNextStart == 0, where.constData());
            // A long run that is stopped early still says how far it got.
            if (qEnvironmentVariableIsSet("PACTESUR_KILL_PROGRESS"))
                tally.print();
        }
        tally.print();
        qInfo("autosave: %d keys typed; at most %lld ms of typing lost (promised: %lld ms)",
            keysTyped, maxLossMs, kPromisedMs);
        QVERIFY(keysTyped > 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestKillTrialsAutosave)
#include "tst_killtrials_autosave.moc"
