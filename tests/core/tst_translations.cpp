// SPDX-License-Identifier: EUPL-1.2
// Every .ts file complete, placeholders and accelerators kept, and the catalogue loads.
#include "util/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace pactesur;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            {
                // Numerus translations hold <numerusform> children; plain ones hold text.
                QString text;
                QStringList forms;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                current.translations = forms.isEmpty() ? QStringList {text} : forms;
            }
            messages << current;
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?\\d+|L?n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
    return pattern.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void shouldBeCompleteInEveryLocale_data()
    {
        QTest::addColumn<QString>("code");
        for (const UiLanguage &language : Translations::languages())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }

    void shouldBeCompleteInEveryLocale()
    {
        QFETCH(QString, code);
        const QString path
            = QStringLiteral(PACTESUR_SOURCE_DIR "/translations/pactesur_%1.ts").arg(code);
        const QList<Message> messages = readTs(path);
        QVERIFY2(messages.size() > 50, qPrintable(path));
        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source.left(60);
            if (!message.type.isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(where, message.type);
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1 (empty)").arg(where);
                    continue;
                }
                const QStringList expected = placeholders(message.source);
                QStringList actual = placeholders(translation);
                // A singular form may say "one" instead of %n, as languages do.
                if (message.translations.size() > 1) {
                    for (const QString &count : {QStringLiteral("%n"), QStringLiteral("%Ln")}) {
                        if (expected.contains(count) && !actual.contains(count)) {
                            actual << count;
                            actual.sort();
                        }
                    }
                }
                if (actual != expected)
                    problems << QStringLiteral("%1 (placeholders %2 became %3)")
                                    .arg(where, expected.join(u','),
                                        placeholders(translation).join(u','));
                if (hasAccelerator(message.source) && !hasAccelerator(translation))
                    problems << QStringLiteral("%1 (accelerator lost)").arg(where);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    void shouldLoadTheCompiledCatalogue()
    {
        QVERIFY(Translations::install(QStringLiteral("fr")));
        QCOMPARE(Translations::current(), QStringLiteral("fr"));
        QVERIFY(QCoreApplication::translate("pactesur::Kind", "Cities") != QLatin1String("Cities"));
        QVERIFY(Translations::install(QStringLiteral("el")));
        QVERIFY(QCoreApplication::translate("pactesur::Kind", "Cities") != QLatin1String("Cities"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("pactesur::Kind", "Cities"), QStringLiteral("Cities"));
        QVERIFY(!Translations::install(QStringLiteral("xx")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
