// SPDX-License-Identifier: EUPL-1.2
#include "uuid.h"

#include <QRegularExpression>
#include <QUuid>

namespace pactesur::uuid {

namespace {
// Fixed for ever: changing it would give seeded records new ids on new installations.
const QUuid kNamespace(QStringLiteral("{5d0c3a62-8f1e-4c59-9d1a-2e7b6f4a9c10}"));
} // namespace

QString create()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString fromName(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

bool isValid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace pactesur::uuid
