// SPDX-License-Identifier: EUPL-1.2
// Table-driven merge rules: each folder of tests/data/merge holds one case.txt, a script
// of edits and exchanges between replicas, and what each replica must hold afterwards.
#include "exchange/conflicts.h"
#include "exchange/statestore.h"
#include "exchangeharness.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace pactesur;
using test::TestReplica;

namespace {

// Splits on blanks; double quotes group words and are removed.
QStringList tokenize(const QString &line)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    bool any = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            any = true;
        } else if (c.isSpace() && !quoted) {
            if (any || !current.isEmpty())
                tokens << current;
            current.clear();
            any = false;
        } else {
            current += c;
        }
    }
    if (any || !current.isEmpty())
        tokens << current;
    return tokens;
}

class CaseRunner
{
public:
    explicit CaseRunner(const QString &folder)
        : m_folder(folder)
    { }

    // Returns an empty string on success, else what went wrong and where.
    QString run(const QStringList &lines)
    {
        int number = 0;
        for (const QString &raw : lines) {
            ++number;
            const QString line = raw.section(QLatin1Char('#'), 0, 0).trimmed();
            if (line.isEmpty())
                continue;
            const QString problem = step(tokenize(line));
            if (!problem.isEmpty())
                return QStringLiteral("line %1: %2\n  %3").arg(number).arg(raw.trimmed(), problem);
        }
        return {};
    }

private:
    QString m_folder;
    std::map<QString, std::unique_ptr<TestReplica>> m_replicas;
    QMap<QString, QString> m_names; // record name -> id
    QMap<QString, QString> m_packages; // package name -> path
    QMap<QString, ImportReport> m_lastImport;

    TestReplica *replica(const QString &name)
    {
        const auto it = m_replicas.find(name);
        return it == m_replicas.end() ? nullptr : it->second.get();
    }

    QString idOf(TestReplica &at, const KindSpec &kind, const QString &reference)
    {
        if (m_names.contains(reference))
            return m_names.value(reference);
        Result<QString> id = at.store().resolveId(kind, reference);
        return id ? id.value() : QString();
    }

    static TextValues assignments(const QStringList &tokens)
    {
        TextValues values;
        for (const QString &token : tokens)
            values.insert(
                token.section(QLatin1Char('='), 0, 0), token.section(QLatin1Char('='), 1));
        return values;
    }

    QString send(TestReplica &from, TestReplica &to, bool full, const QString &name)
    {
        const QString path = from.exportPackage(full ? nullptr : &to);
        m_packages.insert(name.isEmpty() ? QStringLiteral("last") : name, path);
        return receive(to, path);
    }

    QString receive(TestReplica &to, const QString &path)
    {
        Result<ImportReport> report = to.importPackage(path);
        if (!report)
            return QStringLiteral("import failed: ") + report.error().message;
        m_lastImport.insert(to.name(), report.value());
        return {};
    }

    QString step(const QStringList &tokens)
    {
        const QString verb = tokens.value(0);
        if (verb == QLatin1String("replicas")) {
            for (const QString &token : tokens.mid(1)) {
                const QString name = token.section(QLatin1Char('='), 0, 0);
                m_replicas[name] = std::make_unique<TestReplica>(
                    name, token.section(QLatin1Char('='), 1), m_folder);
            }
            // Everyone trusts the coordinator's keys and the coordinator everyone's, as after
            // comparing fingerprints (issue 14); cities learn each other from its roster.
            TestReplica *coordinator = replica(tokens.value(1).section(QLatin1Char('='), 0, 0));
            for (auto it = m_replicas.begin(); it != m_replicas.end(); ++it) {
                if (it->second.get() != coordinator)
                    it->second->enrolWith(*coordinator);
            }
            return {};
        }
        if (verb == QLatin1String("send")) {
            TestReplica *from = replica(tokens.value(1));
            TestReplica *to = replica(tokens.value(2));
            if (!from || !to)
                return QStringLiteral("unknown replica");
            const bool full = tokens.contains(QStringLiteral("full"));
            const int as = int(tokens.indexOf(QStringLiteral("as")));
            return send(*from, *to, full, as > 0 ? tokens.value(as + 1) : QString());
        }
        if (verb == QLatin1String("replay")) {
            TestReplica *to = replica(tokens.value(2));
            if (!to || !m_packages.contains(tokens.value(1)))
                return QStringLiteral("unknown replica or package");
            return receive(*to, m_packages.value(tokens.value(1)));
        }
        if (verb == QLatin1String("expect"))
            return expect(tokens.mid(1));
        if (verb.endsWith(QLatin1Char(':')))
            return edit(verb.chopped(1), tokens.mid(1));
        return QStringLiteral("unknown step");
    }

    QString edit(const QString &who, const QStringList &tokens)
    {
        TestReplica *at = replica(who);
        const KindSpec *kind = Kinds::find(tokens.value(1));
        if (!at || !kind)
            return QStringLiteral("unknown replica or kind");
        RecordStore store = at->store();
        at->clock().advance(1);
        const QString action = tokens.value(0);
        const bool expectRefusal = tokens.last() == QLatin1String("refused");
        const QStringList rest = expectRefusal ? tokens.mid(0, tokens.size() - 1) : tokens;
        Status status;
        if (action == QLatin1String("add")) {
            const int as = int(rest.indexOf(QStringLiteral("as")));
            TextValues values = assignments(rest.mid(as > 0 ? as + 2 : 2));
            for (auto it = values.begin(); it != values.end(); ++it) {
                if (m_names.contains(it.value()))
                    it.value() = m_names.value(it.value());
            }
            Result<QString> id = store.create(*kind, values);
            if (id && as > 0)
                m_names.insert(rest.value(as + 1), id.value());
            status = id ? Status() : Status(id.error());
        } else if (action == QLatin1String("edit")) {
            status = store.update(*kind, idOf(*at, *kind, rest.value(2)), assignments(rest.mid(3)));
        } else if (action == QLatin1String("rm")) {
            status = store.remove(*kind, idOf(*at, *kind, rest.value(2)));
        } else if (action == QLatin1String("resolve")) {
            // resolve KIND REF FIELD keep=REPLICA | value=TEXT
            const QString id = idOf(*at, *kind, rest.value(2));
            const QString conflictId = Conflicts::idFor(kind->table, id, rest.value(3));
            const TextValues how = assignments(rest.mid(4));
            QString keep;
            if (how.contains(QStringLiteral("keep"))) {
                TestReplica *author = replica(how.value(QStringLiteral("keep")));
                QSqlQuery query(at->db().sql());
                query.prepare(QStringLiteral("SELECT candidates FROM conflict WHERE id = ?"));
                query.addBindValue(conflictId);
                if (!author || !query.exec() || !query.next())
                    return QStringLiteral("no such conflict");
                for (const QJsonValue &candidate :
                    QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array()) {
                    if (candidate.toArray().at(0).toString() == author->replicaId())
                        keep = author->replicaId() + QLatin1Char(':')
                            + QString::number(qint64(candidate.toArray().at(1).toDouble()));
                }
            }
            status = store.resolveConflict(conflictId, keep, how.value(QStringLiteral("value")));
        } else {
            return QStringLiteral("unknown action");
        }
        if (expectRefusal)
            return status ? QStringLiteral("was accepted, expected a refusal") : QString();
        return status ? QString() : status.error().message;
    }

    QString expect(const QStringList &tokens)
    {
        if (tokens.value(0) == QLatin1String("converged")) {
            QString first;
            for (const QString &name : tokens.mid(1)) {
                TestReplica *at = replica(name);
                if (!at)
                    return QStringLiteral("unknown replica");
                if (first.isEmpty())
                    first = at->digest();
                else if (at->digest() != first)
                    return QStringLiteral("%1 differs from %2").arg(name, tokens.value(1));
            }
            return {};
        }
        TestReplica *at = replica(tokens.value(0));
        if (!at)
            return QStringLiteral("unknown replica");
        const QString what = tokens.value(1);
        if (what == QLatin1String("conflicts")) {
            QSqlQuery query(at->db().sql());
            query.exec(QStringLiteral("SELECT count(*) FROM conflict"));
            query.next();
            return query.value(0).toString() == tokens.value(2)
                ? QString()
                : QStringLiteral("%1 conflicts, expected %2")
                      .arg(query.value(0).toString(), tokens.value(2));
        }
        if (what == QLatin1String("last")) {
            const ImportReport report = m_lastImport.value(at->name());
            const QMap<QString, int> actual = {{QStringLiteral("new"), report.created},
                {QStringLiteral("updated"), report.updated},
                {QStringLiteral("unchanged"), report.unchanged},
                {QStringLiteral("conflicts"), report.conflicts},
                {QStringLiteral("rejected"), int(report.rejected.size())}};
            const TextValues wanted = assignments(tokens.mid(2));
            for (auto it = wanted.begin(); it != wanted.end(); ++it) {
                if (QString::number(actual.value(it.key(), -1)) != it.value())
                    return QStringLiteral("%1 = %2, expected %3")
                        .arg(it.key())
                        .arg(actual.value(it.key(), -1))
                        .arg(it.value());
            }
            return {};
        }
        const KindSpec *kind = Kinds::find(what);
        if (!kind)
            return QStringLiteral("unknown kind");
        const std::optional<RecordState> state
            = StateStore::load(at->db(), *kind, idOf(*at, *kind, tokens.value(2)));
        if (!state)
            return QStringLiteral("no such record at %1").arg(at->name());
        if (tokens.value(3) == QLatin1String("conflict")) {
            // expect R KIND REF conflict FIELD value...
            QStringList actual;
            for (const FieldWrite &write : state->registers.value(tokens.value(4)))
                actual << (write.value.isString() ? write.value.toString()
                                                  : QString::number(write.value.toDouble()));
            QStringList wanted = tokens.mid(5);
            actual.sort();
            wanted.sort();
            return actual == wanted ? QString()
                                    : QStringLiteral("values %1, expected %2")
                                          .arg(actual.join(u'|'), wanted.join(u'|'));
        }
        const TextValues wanted = assignments(tokens.mid(3));
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            if (it.key() == QLatin1String("owner")) {
                // owner=coordinator, or owner=SLUG for a city
                const QString owner = it.value() == QLatin1String("coordinator")
                    ? it.value()
                    : idOf(*at, Kinds::get(QStringLiteral("cities")), it.value());
                if (state->owner != owner)
                    return QStringLiteral("owner is “%1”, expected “%2”").arg(state->owner, owner);
                continue;
            }
            const QJsonValue shown = state->shown(it.key());
            const QString actual = shown.isString() ? shown.toString()
                : shown.isNull()                    ? QString()
                                                    : QString::number(shown.toDouble());
            if (actual != it.value())
                return QStringLiteral("%1 is “%2”, expected “%3”")
                    .arg(it.key(), actual, it.value());
        }
        return {};
    }
};

} // namespace

class TestMergeCases : public QObject
{
    Q_OBJECT

private slots:
    void shouldFollowTheMergeRule_data()
    {
        QTest::addColumn<QString>("script");
        const QDir root(QStringLiteral(PACTESUR_SOURCE_DIR "/tests/data/merge"));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 9);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name + QStringLiteral("/case.txt"));
    }

    void shouldFollowTheMergeRule()
    {
        QFETCH(QString, script);
        QFile file(script);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(script));
        QTemporaryDir folder;
        CaseRunner runner(folder.path());
        const QString problem = runner.run(QString::fromUtf8(file.readAll()).split(u'\n'));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestMergeCases)
#include "tst_mergecases.moc"
