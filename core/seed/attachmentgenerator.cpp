// SPDX-License-Identifier: EUPL-1.2
// Internal to Generator: a pool of attachments of a few sizes, which sheets then name.
#include "seed/generatorsteps.h"

#include "store/recordstore.h"

#include <QCryptographicHash>
#include <QMimeDatabase>

namespace pactesur::generation {

namespace {

struct AttachmentSize
{
    int bytes; // give or take a tenth
    int weight; // percent of attachments
};

// A scanned leaflet, a short report, a long report, a slide deck.
const AttachmentSize kSizes[]
    = {{2 * 1024, 45}, {40 * 1024, 30}, {300 * 1024, 20}, {1536 * 1024, 5}};

struct AttachmentType
{
    const char *suffix;
    int weight;
};

const AttachmentType kTypes[] = {{"pdf", 60}, {"txt", 25}, {"csv", 15}};

// Text bytes of about `size`, every line numbered so that no two files are alike.
QByteArray contentOf(Random &random, const QString &suffix, int size)
{
    QByteArray bytes;
    bytes.reserve(size + 200);
    if (suffix == QLatin1String("pdf"))
        bytes += "%PDF-1.4\n% generated practice document\n";
    else if (suffix == QLatin1String("csv"))
        bytes += "city,participants,women,officers\n";
    const QByteArray paragraph = random.words(12).toUtf8();
    for (int line = 0; bytes.size() < size; ++line) {
        if (suffix == QLatin1String("csv"))
            bytes += "city" + QByteArray::number(line % 250) + ',' + QByteArray::number(line % 40)
                + ',' + QByteArray::number(line % 17) + ',' + QByteArray::number(line % 9) + '\n';
        else
            bytes += QByteArray::number(line) + ' ' + paragraph + '\n';
    }
    if (suffix == QLatin1String("pdf"))
        bytes += "%%EOF\n";
    return bytes;
}

} // namespace

Status addAttachments(Context &context)
{
    const KindSpec &kind = Kinds::get(QStringLiteral("attachments"));
    Random &random = context.random;
    const QMimeDatabase types;
    for (int i = 0; i < context.plan.attachments; ++i) {
        const AttachmentSize &size = random.byWeight(kSizes);
        const QString suffix = QString::fromLatin1(random.byWeight(kTypes).suffix);
        const QByteArray bytes = contentOf(
            random, suffix, size.bytes + random.between(-size.bytes / 10, size.bytes / 10));
        const QString fileName = random.words(3).replace(QLatin1Char(' '), QLatin1Char('-'))
            + QLatin1Char('.') + suffix;
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString id = RecordStore::nameBasedId(kind, {sha});
        context.attachments << id;
        if (context.rows.exists(kind, id))
            continue; // the same bytes are stored once, as the write path does
        // The type as the write path tells it: from the bytes, the name choosing among
        // formats that look alike (a .csv is text).
        QMimeType mime = types.mimeTypeForData(bytes);
        if (const QMimeType byName = types.mimeTypeForFileNameAndData(fileName, bytes);
            byName.inherits(mime.name()))
            mime = byName;
        const QVariantMap values = {{QStringLiteral("sha256"), sha},
            {QStringLiteral("file_name"), fileName}, {QStringLiteral("mime"), mime.name()},
            {QStringLiteral("size"), qint64(bytes.size())}, {QStringLiteral("data"), bytes}};
        if (Status status = context.rows.insert(kind, id, QStringLiteral("coordinator"), values,
                context.rows.next(context.daysAgo(300 + random.below(700))));
            !status)
            return status;
        ++context.counts.attachments;
    }
    return {};
}

} // namespace pactesur::generation
