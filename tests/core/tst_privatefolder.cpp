// SPDX-License-Identifier: EUPL-1.2
// Private temporary folders (plaintext of sealed packages): owner-only, gone with their
// owner, and what a killed owner left is swept by the next one; a live owner's is never.
#include "util/privatefolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

using namespace pactesur;

namespace {

QStringList privateFolders()
{
    return QDir(PrivateFolder::parentFolder())
        .entryList({QStringLiteral("pactesur-private-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
}

// What a process killed with a package open leaves: its folder, an unlocked owner file,
// the plaintext.
QString leftByADeadOwner(const QString &name, bool withOwnerFile)
{
    const QString folder = QDir(PrivateFolder::parentFolder()).filePath(name);
    QDir().mkpath(folder);
    if (withOwnerFile) {
        QFile owner(folder + QStringLiteral("/.owner"));
        owner.open(QIODevice::WriteOnly);
    }
    QFile plain(folder + QStringLiteral("/package.sqlite"));
    plain.open(QIODevice::WriteOnly);
    plain.write("SQLite format 3");
    return folder;
}

} // namespace

class TestPrivateFolder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
        QCOMPARE(PrivateFolder::parentFolder(), m_tmp.path());
    }

    void init()
    {
        for (const QString &name : privateFolders())
            QDir(QDir(m_tmp.path()).filePath(name)).removeRecursively();
    }

    void shouldBeOwnerOnlyAndGoWithItsOwner()
    {
        QString path;
        {
            PrivateFolder folder;
            QVERIFY(folder.isValid());
            path = folder.path();
            struct stat status
            {
            };
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
            QCOMPARE(status.st_mode & 0777, 0700u);
            QFile plain(folder.filePath(QStringLiteral("package.sqlite")));
            QVERIFY(plain.open(QIODevice::WriteOnly));
            QVERIFY(plain.write("plain") == 5);
        }
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(privateFolders().isEmpty());
    }

    void shouldSweepWhatADeadOwnerLeft()
    {
        const QString dead = leftByADeadOwner(QStringLiteral("pactesur-private-dead01"), true);
        QCOMPARE(PrivateFolder::sweepAbandoned(), 1);
        QVERIFY(!QFileInfo::exists(dead));
        // A new private folder sweeps too, before it is made.
        leftByADeadOwner(QStringLiteral("pactesur-private-dead02"), true);
        PrivateFolder fresh;
        QVERIFY(fresh.isValid());
        QCOMPARE(privateFolders(), QStringList {QFileInfo(fresh.path()).fileName()});
    }

    void shouldNeverSweepALiveOwner()
    {
        PrivateFolder live;
        QVERIFY(live.isValid());
        QFile plain(live.filePath(QStringLiteral("package.sqlite")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        QCOMPARE(PrivateFolder::sweepAbandoned(), 0);
        {
            PrivateFolder second; // sweeps on its way in
            QVERIFY(second.isValid());
        }
        QVERIFY(QFileInfo::exists(live.filePath(QStringLiteral("package.sqlite"))));
        // Another holder of the owner's lock (another process, as flock sees it) keeps a
        // folder too, even without a PrivateFolder object in this process.
        const QString other = leftByADeadOwner(QStringLiteral("pactesur-private-other"), true);
        const int fd
            = ::open(QFile::encodeName(other + QStringLiteral("/.owner")).constData(), O_RDWR);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        QCOMPARE(PrivateFolder::sweepAbandoned(), 0);
        QVERIFY(QFileInfo::exists(other));
        ::close(fd);
        QCOMPARE(PrivateFolder::sweepAbandoned(), 1);
        QVERIFY(!QFileInfo::exists(other));
    }

    // Killed between making the folder and its owner file: left alone while it could still
    // be in the making, removed after a minute.
    void shouldSweepAnUnfinishedFolderOnlyWhenOld()
    {
        const QString unfinished
            = leftByADeadOwner(QStringLiteral("pactesur-private-unfin1"), false);
        QCOMPARE(PrivateFolder::sweepAbandoned(), 0);
        QVERIFY(QFileInfo::exists(unfinished));
        const qint64 twoMinutesAgo = QDateTime::currentSecsSinceEpoch() - 120;
        const struct utimbuf times
        {
            twoMinutesAgo, twoMinutesAgo
        };
        QCOMPARE(::utime(QFile::encodeName(unfinished).constData(), &times), 0);
        QCOMPARE(PrivateFolder::sweepAbandoned(), 1);
        QVERIFY(!QFileInfo::exists(unfinished));
    }

    void shouldLeaveOtherFoldersAlone()
    {
        const QString other = QDir(m_tmp.path()).filePath(QStringLiteral("Pactesur-notours"));
        QVERIFY(QDir().mkpath(other));
        QCOMPARE(PrivateFolder::sweepAbandoned(), 0);
        QVERIFY(QFileInfo::exists(other));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFolder)
#include "tst_privatefolder.moc"
