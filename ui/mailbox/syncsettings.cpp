// SPDX-License-Identifier: EUPL-1.2
#include "syncsettings.h"

#include <QSettings>

namespace pactesur {

namespace {
const QString kInterval = QStringLiteral("mailbox/intervalMinutes");
const QString kReview = QStringLiteral("mailbox/reviewIncoming");
} // namespace

int SyncSettings::intervalMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(kInterval, kDefaultInterval).toInt(&ok);
    return ok ? qBound(0, minutes, kMaxInterval) : kDefaultInterval;
}

void SyncSettings::setIntervalMinutes(int minutes)
{
    QSettings().setValue(kInterval, qBound(0, minutes, kMaxInterval));
}

bool SyncSettings::reviewIncoming()
{
    return QSettings().value(kReview, false).toBool();
}

void SyncSettings::setReviewIncoming(bool review)
{
    QSettings().setValue(kReview, review);
}

} // namespace pactesur
