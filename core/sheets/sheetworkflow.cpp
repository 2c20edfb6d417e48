// SPDX-License-Identifier: EUPL-1.2
#include "sheetworkflow.h"

#include "model/kinds.h"

#include <QLocale>

namespace pactesur {

namespace {

const QString kDraft = QStringLiteral("draft");
const QString kSubmitted = QStringLiteral("submitted");
const QString kChangesRequested = QStringLiteral("changes_requested");
const QString kValidated = QStringLiteral("validated");
const QString kPublished = QStringLiteral("published");

// Fields that are not the sheet's content: who may write them is decided separately.
bool isContentField(const QString &field)
{
    return field != QLatin1String("status") && field != QLatin1String("review_notes");
}

bool isFilled(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return false;
    const QString text = value.toString().trimmed();
    return !text.isEmpty() && text != QLatin1String("[]");
}

// Past the draft, a sheet is read by reviewers and partners: it must be complete.
bool needsCompleteSheet(const QString &status)
{
    return status != kDraft && status != kChangesRequested;
}

QString listOfLabels(const QStringList &fields)
{
    const KindSpec &kind = Kinds::get(QStringLiteral("sheets"));
    QStringList labels;
    for (const QString &name : fields)
        labels << kind.field(name)->translatedLabel();
    return QLocale().createSeparatedList(labels);
}

} // namespace

QStringList SheetWorkflow::fieldsRequiredToSubmit()
{
    return {QStringLiteral("title"), QStringLiteral("city"), QStringLiteral("language"),
        QStringLiteral("themes"), QStringLiteral("period_start"), QStringLiteral("summary"),
        QStringLiteral("context"), QStringLiteral("objectives"), QStringLiteral("actions"),
        QStringLiteral("results"), QStringLiteral("transferability")};
}

QStringList SheetWorkflow::missingForSubmission(const QVariantMap &values)
{
    QStringList missing;
    for (const QString &field : fieldsRequiredToSubmit()) {
        if (!isFilled(values.value(field)))
            missing << field;
    }
    return missing;
}

QStringList SheetWorkflow::nextStatuses(
    const Identity &identity, const QString &ownerCity, const QString &from)
{
    if (identity.isCoordinator()) {
        if (from == kDraft)
            return {kSubmitted};
        if (from == kSubmitted)
            return {kChangesRequested, kValidated};
        if (from == kChangesRequested)
            return {kSubmitted, kValidated};
        if (from == kValidated)
            return {kPublished, kChangesRequested};
        if (from == kPublished)
            return {kValidated};
        return {};
    }
    if (identity.cityId.isEmpty() || identity.cityId != ownerCity)
        return {};
    if (from == kDraft || from == kChangesRequested)
        return {kSubmitted};
    if (from == kSubmitted)
        return {kDraft}; // withdraw, to change it again
    return {};
}

bool SheetWorkflow::canEditContent(
    const Identity &identity, const QString &ownerCity, const QString &status)
{
    if (identity.isCoordinator())
        return true;
    return !identity.cityId.isEmpty() && identity.cityId == ownerCity
        && (status == kDraft || status == kChangesRequested);
}

Status SheetWorkflow::checkWrite(const Identity &identity, const std::optional<Record> &existing,
    const QVariantMap &merged, const QStringList &changed)
{
    if (changed.contains(QLatin1String("review_notes")) && !canReview(identity))
        return Error::rejected(tr("Only the coordinator writes review notes."));

    const QString from
        = existing ? existing->value(QStringLiteral("status")).toString() : QString();
    const QString to = merged.value(QStringLiteral("status")).toString();
    const bool statusChanges = !existing || from != to;
    const QString owner
        = existing ? existing->owner : merged.value(QStringLiteral("city")).toString();

    if (statusChanges && !identity.isCoordinator()) {
        // A liaison starts a sheet as a draft (or submits it at once) and then moves it
        // only between draft and submitted; review decisions belong to the coordinator.
        const bool allowed = existing ? nextStatuses(identity, owner, from).contains(to)
                                      : (to == kDraft || to == kSubmitted);
        if (!allowed) {
            return Error::rejected(tr("Only the coordinator can set a practice sheet to “%1”.")
                                       .arg(Kinds::choiceLabel(to)));
        }
    }

    bool changesContent = false;
    for (const QString &field : changed)
        changesContent = changesContent || isContentField(field);
    if (existing && changesContent && !canEditContent(identity, owner, from)
        && !(statusChanges && canEditContent(identity, owner, to))) {
        if (from == kSubmitted)
            return Error::rejected(tr("This practice sheet is waiting for review. Withdraw it "
                                      "to draft before changing it."));
        return Error::rejected(tr("This practice sheet is %1: only the coordinator can change "
                                  "it now. Ask them to request changes.")
                                   .arg(Kinds::choiceLabel(from).toLower()));
    }

    if (statusChanges && needsCompleteSheet(to)) {
        if (const QStringList missing = missingForSubmission(merged); !missing.isEmpty()) {
            return Error::rejected(
                tr("This practice sheet cannot be submitted yet: fill in %1 first.")
                    .arg(listOfLabels(missing)));
        }
    }
    return {};
}

} // namespace pactesur
