// SPDX-License-Identifier: EUPL-1.2
// Every file that comes from elsewhere has a size bound checked before it is parsed
// (issue 16, acceptance 5): an identity card, a sealed package's header and a mailbox
// acknowledgement of 40 MB, or nested a million levels deep, are refused in under a
// second and without holding the file in memory. The manifest's own values are bounded
// in tst_packagerows (manifestValuesAreBounded).
#include "testdatabase.h"
#include "mailbox/foldertransport.h"
#include "mailbox/mailboxlayout.h"
#include "trust/card.h"
#include "trust/sealedpackage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QtEndian>

#include <sys/resource.h>

using namespace pactesur;

namespace {

constexpr qint64 kHugeBytes = qint64(40) * 1024 * 1024;

qint64 peakResidentKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Writes `prefix`, then `filler` repeated up to `size` bytes, then `suffix`, a megabyte at
// a time, so that the test itself never holds the file in memory.
void writeLargeFile(const QString &path, const QByteArray &prefix, char filler, qint64 size,
    const QByteArray &suffix)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(prefix) == prefix.size());
    const QByteArray chunk(1024 * 1024, filler);
    for (qint64 written = 0; written < size; written += chunk.size())
        QVERIFY(file.write(chunk.constData(), qMin<qint64>(chunk.size(), size - written)) > 0);
    QVERIFY(file.write(suffix) == suffix.size());
}

// A JSON text nested `depth` arrays deep, inside the string bounds of each reader.
QByteArray deeplyNested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray sealedStart(quint32 headerSize)
{
    QByteArray start = QByteArrayLiteral("PACTESUR-SEALED\n");
    char numbers[8];
    qToBigEndian<quint32>(SealedPackage::kVersion, numbers);
    qToBigEndian<quint32>(headerSize, numbers + 4);
    return start + QByteArray(numbers, 8);
}

} // namespace

class TestBounds : public QObject
{
    Q_OBJECT

private slots:
    void shouldRefuseHugeOrDeepFilesAtOnce_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("huge");
        QTest::newRow("card with a 40 MB field") << QStringLiteral("card") << true;
        QTest::newRow("card nested deeply") << QStringLiteral("card") << false;
        QTest::newRow("header of 40 MB") << QStringLiteral("header") << true;
        QTest::newRow("header nested deeply") << QStringLiteral("header") << false;
        QTest::newRow("acknowledgement of 40 MB") << QStringLiteral("ack") << true;
    }

    void shouldRefuseHugeOrDeepFilesAtOnce()
    {
        QFETCH(QString, what);
        QFETCH(bool, huge);
        test::TestDatabase database;
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("incoming"));
        if (what == QLatin1String("card")) {
            if (huge)
                writeLargeFile(path, "{\"card\":\"", 'x', kHugeBytes, "\",\"signature\":\"\"}");
            else
                writeLargeFile(path, "{\"card\":" + deeplyNested(4000), ' ', 0, ",\"signature\":\"\"}");
        } else if (what == QLatin1String("header")) {
            // The header claims its real size; the signature and a ciphertext follow.
            const QByteArray body = huge ? QByteArray() : deeplyNested(100000);
            const quint32 size = huge ? quint32(kHugeBytes) : quint32(body.size());
            writeLargeFile(path, sealedStart(size) + body, ' ', huge ? kHugeBytes + 1024 : 1024, {});
        } else {
            QDir(folder.path()).mkpath(QStringLiteral("box/acks"));
            writeLargeFile(folder.filePath(QStringLiteral("box/acks/someone")), "{\"ack\":\"", 'x',
                kHugeBytes, "\"}");
        }
        if (QTest::currentTestFailed())
            return;

        const qint64 peakBefore = peakResidentKiB();
        QElapsedTimer timer;
        timer.start();
        QString refusal;
        if (what == QLatin1String("card")) {
            const Result<Card> card = Cards::readFile(path);
            QVERIFY(!card.ok());
            refusal = card.error().message;
        } else if (what == QLatin1String("header")) {
            const Result<SealedPackage::Header> header = SealedPackage::inspect(database.db(), path);
            QVERIFY(!header.ok());
            refusal = header.error().message;
        } else {
            FolderTransport transport(folder.filePath(QStringLiteral("box")));
            const Status downloaded = transport.download(
                QStringLiteral("acks/someone"), folder.filePath(QStringLiteral("ack")), mailbox::kMaxAckBytes);
            QVERIFY(!downloaded.ok());
            refusal = downloaded.error().message;
            QVERIFY2(!QFileInfo(folder.filePath(QStringLiteral("ack"))).exists()
                    || QFileInfo(folder.filePath(QStringLiteral("ack"))).size() <= mailbox::kMaxAckBytes,
                "the download went past its bound");
        }
        const qint64 elapsedMs = timer.elapsed();
        const qint64 grewKiB = peakResidentKiB() - peakBefore;
        qInfo("%s refused in %lld ms, peak memory grew %lld KiB: %s", qPrintable(what), elapsedMs,
            grewKiB, qPrintable(refusal));
        QVERIFY(!refusal.isEmpty());
        QVERIFY2(elapsedMs < 1000, qPrintable(QString::number(elapsedMs)));
        QVERIFY2(grewKiB < 100 * 1024, qPrintable(QString::number(grewKiB)));
    }
};

QTEST_GUILESS_MAIN(TestBounds)
#include "tst_bounds.moc"
