// SPDX-License-Identifier: EUPL-1.2
#include "uuid.h"

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

bool isValid(QStringView text)
{
    // Lower-case 8-4-4-4-12, checked by hand: imports check millions of ids and a regular
    // expression costs ten times more.
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace pactesur::uuid
