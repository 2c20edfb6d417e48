// SPDX-License-Identifier: EUPL-1.2
#include "kinds.h"

namespace pactesur {

namespace {

using T = FieldType;

FieldSpec field(const char *name, FieldType type, const char *label)
{
    FieldSpec spec;
    spec.name = QString::fromLatin1(name);
    spec.type = type;
    spec.label = label;
    return spec;
}

FieldSpec required(FieldSpec spec)
{
    spec.required = true;
    return spec;
}

FieldSpec choice(const char *name, const char *label, QStringList choices, QString fallback = {})
{
    FieldSpec spec = field(name, T::Choice, label);
    spec.choices = std::move(choices);
    spec.defaultValue = std::move(fallback);
    return spec;
}

FieldSpec ref(const char *name, FieldType type, const char *label, const char *kind)
{
    FieldSpec spec = field(name, type, label);
    spec.refKind = QString::fromLatin1(kind);
    return spec;
}

FieldSpec bounded(FieldSpec spec, double minimum, double maximum)
{
    spec.minimum = minimum;
    spec.maximum = maximum;
    return spec;
}

FieldSpec personal(FieldSpec spec)
{
    spec.personal = true;
    return spec;
}

FieldSpec immutable(FieldSpec spec)
{
    spec.immutable = true;
    return spec;
}

KindSpec makeKind(const QString &name, const QString &table, const char *label,
    const char *pluralLabel, const QString &titleField)
{
    KindSpec kind;
    kind.name = name;
    kind.table = table;
    kind.label = label;
    kind.pluralLabel = pluralLabel;
    kind.titleField = titleField;
    return kind;
}

QList<KindSpec> buildKinds()
{
    QList<KindSpec> kinds;

    KindSpec project = makeKind(QStringLiteral("projects"), QStringLiteral("project"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Project"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Projects"), QStringLiteral("name"));
    project.fields
        = {required(field("name", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Name"))),
            field("start", T::Date, QT_TRANSLATE_NOOP("pactesur::Field", "Start")),
            field("end", T::Date, QT_TRANSLATE_NOOP("pactesur::Field", "End")),
            field("funding", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Funding")),
            field("description", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Description"))};
    project.listColumns = {QStringLiteral("name"), QStringLiteral("start"), QStringLiteral("end")};
    kinds << project;

    KindSpec city = makeKind(QStringLiteral("cities"), QStringLiteral("city"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "City"), QT_TRANSLATE_NOOP("pactesur::Kind", "Cities"),
        QStringLiteral("name"));
    city.fields = {
        immutable(required(field("slug", T::Slug, QT_TRANSLATE_NOOP("pactesur::Field", "Slug")))),
        required(field("name", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Name"))),
        field("local_name", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Local name")),
        required(field("country", T::Country, QT_TRANSLATE_NOOP("pactesur::Field", "Country"))),
        required(choice("role", QT_TRANSLATE_NOOP("pactesur::Field", "Role"),
            {QStringLiteral("lead"), QStringLiteral("partner"), QStringLiteral("associated")},
            QStringLiteral("associated"))),
        field("represented_by", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Represented by")),
        field("languages", T::LanguageList, QT_TRANSLATE_NOOP("pactesur::Field", "Languages")),
        bounded(
            field("latitude", T::Real, QT_TRANSLATE_NOOP("pactesur::Field", "Latitude")), -90, 90),
        bounded(field("longitude", T::Real, QT_TRANSLATE_NOOP("pactesur::Field", "Longitude")),
            -180, 180),
        field("police_force", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Police force")),
        field("focus_themes", T::ThemeList, QT_TRANSLATE_NOOP("pactesur::Field", "Focus themes")),
        field("notes", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Notes"))};
    city.ownerField = QStringLiteral("id");
    city.idRule = KindSpec::IdRule::FromSlug;
    city.idFields = {QStringLiteral("slug")};
    city.listColumns
        = {QStringLiteral("name"), QStringLiteral("local_name"), QStringLiteral("country"),
            QStringLiteral("role"), QStringLiteral("represented_by"), QStringLiteral("languages")};
    kinds << city;

    KindSpec organisation = makeKind(QStringLiteral("organisations"),
        QStringLiteral("organisation"), QT_TRANSLATE_NOOP("pactesur::Kind", "Organisation"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Organisations"), QStringLiteral("name"));
    organisation.fields = {
        required(field("name", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Name"))),
        required(choice("kind", QT_TRANSLATE_NOOP("pactesur::Field", "Kind"),
            {QStringLiteral("network"), QStringLiteral("association"),
                QStringLiteral("private_company"), QStringLiteral("civil_society"),
                QStringLiteral("police"), QStringLiteral("university"), QStringLiteral("other")},
            QStringLiteral("other"))),
        field("country", T::Country, QT_TRANSLATE_NOOP("pactesur::Field", "Country")),
        field("city", T::CityRef, QT_TRANSLATE_NOOP("pactesur::Field", "City")),
        field("website", T::Url, QT_TRANSLATE_NOOP("pactesur::Field", "Website")),
        field("notes", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Notes"))};
    organisation.listColumns = {QStringLiteral("name"), QStringLiteral("kind"),
        QStringLiteral("country"), QStringLiteral("city")};
    kinds << organisation;

    KindSpec contact = makeKind(QStringLiteral("contacts"), QStringLiteral("contact"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Contact"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Contacts"), QStringLiteral("name"));
    contact.fields = {
        personal(required(field("name", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Name")))),
        personal(field("function", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Function"))),
        ref("organisation", T::Ref, QT_TRANSLATE_NOOP("pactesur::Field", "Organisation"),
            "organisations"),
        field("city", T::CityRef, QT_TRANSLATE_NOOP("pactesur::Field", "City")),
        personal(field("email", T::Email, QT_TRANSLATE_NOOP("pactesur::Field", "Work email"))),
        personal(field("phone", T::Phone, QT_TRANSLATE_NOOP("pactesur::Field", "Work phone"))),
        personal(
            field("languages", T::LanguageList, QT_TRANSLATE_NOOP("pactesur::Field", "Languages"))),
        required(choice("legal_basis", QT_TRANSLATE_NOOP("pactesur::Field", "Legal basis"),
            {QStringLiteral("public_task"), QStringLiteral("legitimate_interest"),
                QStringLiteral("consent"), QStringLiteral("contract"),
                QStringLiteral("legal_obligation")},
            QStringLiteral("public_task"))),
        field("review_by", T::Date, QT_TRANSLATE_NOOP("pactesur::Field", "Review by"))};
    contact.ownerField = QStringLiteral("city");
    contact.listColumns = {QStringLiteral("name"), QStringLiteral("function"),
        QStringLiteral("organisation"), QStringLiteral("city"), QStringLiteral("review_by")};
    kinds << contact;

    KindSpec theme = makeKind(QStringLiteral("themes"), QStringLiteral("theme"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Theme"), QT_TRANSLATE_NOOP("pactesur::Kind", "Themes"),
        QStringLiteral("name"));
    theme.fields = {
        immutable(required(field("slug", T::Slug, QT_TRANSLATE_NOOP("pactesur::Field", "Slug")))),
        required(field("name", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Name"))),
        field("labels", T::LabelMap, QT_TRANSLATE_NOOP("pactesur::Field", "Translated labels"))};
    theme.idRule = KindSpec::IdRule::FromSlug;
    theme.idFields = {QStringLiteral("slug")};
    theme.listColumns = {QStringLiteral("name"), QStringLiteral("slug")};
    kinds << theme;

    KindSpec group = makeKind(QStringLiteral("groups"), QStringLiteral("work_group"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Working group"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Working groups"), QStringLiteral("name"));
    group.fields = {required(field("name", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Name"))),
        field("theme", T::ThemeRef, QT_TRANSLATE_NOOP("pactesur::Field", "Theme")),
        field("lead_city", T::CityRef, QT_TRANSLATE_NOOP("pactesur::Field", "Lead city")),
        field("objectives", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Objectives")),
        choice("status", QT_TRANSLATE_NOOP("pactesur::Field", "Status"),
            {QStringLiteral("planned"), QStringLiteral("active"), QStringLiteral("closed")},
            QStringLiteral("active"))};
    group.listColumns = {QStringLiteral("name"), QStringLiteral("theme"),
        QStringLiteral("lead_city"), QStringLiteral("status")};
    kinds << group;

    KindSpec membership = makeKind(QStringLiteral("memberships"), QStringLiteral("membership"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Membership"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Memberships"), QStringLiteral("city"));
    membership.fields = {immutable(required(ref("group", T::Ref,
                             QT_TRANSLATE_NOOP("pactesur::Field", "Working group"), "groups"))),
        immutable(
            required(field("city", T::CityRef, QT_TRANSLATE_NOOP("pactesur::Field", "City")))),
        choice("role", QT_TRANSLATE_NOOP("pactesur::Field", "Role"),
            {QStringLiteral("lead"), QStringLiteral("member"), QStringLiteral("observer")},
            QStringLiteral("member"))};
    membership.idRule = KindSpec::IdRule::FromPair;
    membership.idFields = {QStringLiteral("group"), QStringLiteral("city")};
    membership.listColumns
        = {QStringLiteral("group"), QStringLiteral("city"), QStringLiteral("role")};
    kinds << membership;

    KindSpec activity = makeKind(QStringLiteral("activities"), QStringLiteral("activity"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Activity"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Activities"), QStringLiteral("title"));
    activity.fields = {required(choice("kind", QT_TRANSLATE_NOOP("pactesur::Field", "Kind"),
                           {QStringLiteral("meeting"), QStringLiteral("police_staff_exchange"),
                               QStringLiteral("academy"), QStringLiteral("training"),
                               QStringLiteral("study_visit"), QStringLiteral("workshop"),
                               QStringLiteral("webinar"), QStringLiteral("steering_committee"),
                               QStringLiteral("communication"), QStringLiteral("other")})),
        required(field("title", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Title"))),
        required(field("start", T::Date, QT_TRANSLATE_NOOP("pactesur::Field", "Start"))),
        field("end", T::Date, QT_TRANSLATE_NOOP("pactesur::Field", "End")),
        field("host_city", T::CityRef, QT_TRANSLATE_NOOP("pactesur::Field", "Host city")),
        field("place", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Place")),
        ref("group", T::Ref, QT_TRANSLATE_NOOP("pactesur::Field", "Working group"), "groups"),
        choice("status", QT_TRANSLATE_NOOP("pactesur::Field", "Status"),
            {QStringLiteral("planned"), QStringLiteral("done"), QStringLiteral("cancelled")},
            QStringLiteral("planned")),
        field("description", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Description")),
        field("outcomes", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Outcomes")),
        // Public reports sometimes give totals without a per-city breakdown.
        field("reported_participants", T::Integer,
            QT_TRANSLATE_NOOP("pactesur::Field", "Reported participants")),
        field("reported_cities", T::Integer,
            QT_TRANSLATE_NOOP("pactesur::Field", "Reported cities"))};
    activity.listColumns = {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("title"),
        QStringLiteral("kind"), QStringLiteral("host_city"), QStringLiteral("status")};
    kinds << activity;

    KindSpec participation = makeKind(QStringLiteral("participation"),
        QStringLiteral("participation"), QT_TRANSLATE_NOOP("pactesur::Kind", "Participation"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Participation"), QStringLiteral("city"));
    participation.fields = {immutable(required(ref("activity", T::Ref,
                                QT_TRANSLATE_NOOP("pactesur::Field", "Activity"), "activities"))),
        immutable(
            required(field("city", T::CityRef, QT_TRANSLATE_NOOP("pactesur::Field", "City")))),
        required(field(
            "participants", T::Integer, QT_TRANSLATE_NOOP("pactesur::Field", "Participants"))),
        field("women", T::Integer, QT_TRANSLATE_NOOP("pactesur::Field", "Women")),
        field("officers", T::Integer, QT_TRANSLATE_NOOP("pactesur::Field", "Officers"))};
    participation.ownerField = QStringLiteral("city");
    participation.idRule = KindSpec::IdRule::FromPair;
    participation.idFields = {QStringLiteral("activity"), QStringLiteral("city")};
    participation.listColumns = {QStringLiteral("activity"), QStringLiteral("city"),
        QStringLiteral("participants"), QStringLiteral("women"), QStringLiteral("officers")};
    kinds << participation;

    KindSpec resource = makeKind(QStringLiteral("resources"), QStringLiteral("resource"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Resource"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Resources"), QStringLiteral("title"));
    resource.fields
        = {required(field("title", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Title"))),
            required(choice("kind", QT_TRANSLATE_NOOP("pactesur::Field", "Kind"),
                {QStringLiteral("guide"), QStringLiteral("training_material"),
                    QStringLiteral("publication"), QStringLiteral("eu_guidance"),
                    QStringLiteral("dataset"), QStringLiteral("link"), QStringLiteral("other")},
                QStringLiteral("other"))),
            field("language", T::Language, QT_TRANSLATE_NOOP("pactesur::Field", "Language")),
            field("themes", T::ThemeList, QT_TRANSLATE_NOOP("pactesur::Field", "Themes")),
            field("url", T::Url, QT_TRANSLATE_NOOP("pactesur::Field", "Link")),
            ref("attachment", T::Ref, QT_TRANSLATE_NOOP("pactesur::Field", "Attachment"),
                "attachments")};
    resource.listColumns = {QStringLiteral("title"), QStringLiteral("kind"),
        QStringLiteral("language"), QStringLiteral("themes")};
    kinds << resource;

    KindSpec sheet = makeKind(QStringLiteral("sheets"), QStringLiteral("sheet"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Practice sheet"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Practice sheets"), QStringLiteral("title"));
    sheet.fields = {
        required(field("title", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Title"))),
        required(field("city", T::CityRef, QT_TRANSLATE_NOOP("pactesur::Field", "City"))),
        field("themes", T::ThemeList, QT_TRANSLATE_NOOP("pactesur::Field", "Themes")),
        ref("groups", T::RefList, QT_TRANSLATE_NOOP("pactesur::Field", "Working groups"), "groups"),
        required(field("language", T::Language, QT_TRANSLATE_NOOP("pactesur::Field", "Language"))),
        ref("translation_of", T::Ref, QT_TRANSLATE_NOOP("pactesur::Field", "Translation of"),
            "sheets"),
        choice("status", QT_TRANSLATE_NOOP("pactesur::Field", "Status"),
            {QStringLiteral("draft"), QStringLiteral("submitted"),
                QStringLiteral("changes_requested"), QStringLiteral("validated"),
                QStringLiteral("published")},
            QStringLiteral("draft")),
        // Partners-only until someone decides otherwise: nothing is public by accident.
        choice("sensitivity", QT_TRANSLATE_NOOP("pactesur::Field", "Sensitivity"),
            {QStringLiteral("public"), QStringLiteral("partners"), QStringLiteral("restricted")},
            QStringLiteral("partners")),
        field("period_start", T::Date, QT_TRANSLATE_NOOP("pactesur::Field", "Period start")),
        field("period_end", T::Date, QT_TRANSLATE_NOOP("pactesur::Field", "Period end")),
        field("ongoing", T::Boolean, QT_TRANSLATE_NOOP("pactesur::Field", "Ongoing")),
        field("summary", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Summary")),
        field("context", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Context and problem")),
        field("objectives", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Objectives")),
        field("target_groups", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Target groups")),
        field("actions", T::LongText,
            QT_TRANSLATE_NOOP("pactesur::Field", "Actions and implementation")),
        field("partners", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Partners")),
        field("budget", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Budget and funding")),
        field(
            "results", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Results and indicators")),
        field("evaluation", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Evaluation")),
        field("transferability", T::LongText,
            QT_TRANSLATE_NOOP("pactesur::Field", "Transferability")),
        field("lessons", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Lessons learned")),
        ref("contact", T::Ref, QT_TRANSLATE_NOOP("pactesur::Field", "Contact"), "contacts"),
        ref("attachments", T::RefList, QT_TRANSLATE_NOOP("pactesur::Field", "Attachments"),
            "attachments"),
        // The coordinator's notes, one per field ("general" for the sheet as a whole), so
        // that the editor can show each beside the field it is about.
        field("review_notes", T::FieldMap, QT_TRANSLATE_NOOP("pactesur::Field", "Review notes")),
        // For a translation: the dot of each translatable source field it was made from.
        field("source_revision", T::FieldMap,
            QT_TRANSLATE_NOOP("pactesur::Field", "Source revision"))};
    sheet.ownerField = QStringLiteral("city");
    sheet.listColumns
        = {QStringLiteral("title"), QStringLiteral("city"), QStringLiteral("language"),
            QStringLiteral("status"), QStringLiteral("sensitivity"), QStringLiteral("themes")};
    kinds << sheet;

    // Written by core alongside each status change of a sheet; never edited.
    KindSpec history = makeKind(QStringLiteral("sheet_history"), QStringLiteral("sheet_history"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Status change"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Status changes"), QStringLiteral("to_status"));
    const QStringList statuses = sheet.field(QStringLiteral("status"))->choices;
    history.fields = {required(immutable(ref("sheet", T::Ref,
                          QT_TRANSLATE_NOOP("pactesur::Field", "Practice sheet"), "sheets"))),
        choice("from_status", QT_TRANSLATE_NOOP("pactesur::Field", "From status"), statuses),
        required(choice("to_status", QT_TRANSLATE_NOOP("pactesur::Field", "To status"), statuses)),
        // 1 + the changes of this sheet its writer had seen: replicas' clocks and equal
        // seconds cannot order a quick review, what each writer had seen can.
        required(field("sequence", T::Integer, QT_TRANSLATE_NOOP("pactesur::Field", "Step")))};
    history.writable = false;
    history.listColumns
        = {QStringLiteral("sheet"), QStringLiteral("from_status"), QStringLiteral("to_status")};
    kinds << history;

    KindSpec attachment = makeKind(QStringLiteral("attachments"), QStringLiteral("attachment"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Attachment"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Attachments"), QStringLiteral("file_name"));
    FieldSpec sha = field("sha256", T::Sha256, QT_TRANSLATE_NOOP("pactesur::Field", "SHA-256"));
    sha.computed = true;
    FieldSpec mime = field("mime", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Type"));
    mime.computed = true;
    FieldSpec size = field("size", T::Integer, QT_TRANSLATE_NOOP("pactesur::Field", "Size"));
    size.computed = true;
    attachment.fields = {sha,
        required(field("file_name", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "File name"))),
        mime, size,
        required(field("data", T::Blob, QT_TRANSLATE_NOOP("pactesur::Field", "Content")))};
    attachment.idRule = KindSpec::IdRule::FromHash;
    attachment.idFields = {QStringLiteral("sha256")};
    attachment.listColumns
        = {QStringLiteral("file_name"), QStringLiteral("mime"), QStringLiteral("size")};
    kinds << attachment;

    KindSpec conflict = makeKind(QStringLiteral("conflicts"), QStringLiteral("conflict"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Conflict"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Conflicts"), QStringLiteral("field"));
    conflict.fields = {field("record_kind", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Kind")),
        field("record_id", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Record")),
        field("field", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Field")),
        field("candidates", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Values")),
        choice("status", QT_TRANSLATE_NOOP("pactesur::Field", "Status"),
            {QStringLiteral("open"), QStringLiteral("resolved")}, QStringLiteral("open"))};
    conflict.listColumns = {QStringLiteral("record_kind"), QStringLiteral("record_id"),
        QStringLiteral("field"), QStringLiteral("status")};
    conflict.writable = false;
    kinds << conflict;

    KindSpec ledger = makeKind(QStringLiteral("imports"), QStringLiteral("ledger"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Exchange"),
        QT_TRANSLATE_NOOP("pactesur::Kind", "Exchanges"), QStringLiteral("file_name"));
    ledger.fields = {field("direction", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Direction")),
        field("at", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Time")),
        field("peer", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "Peer")),
        field("file_name", T::Text, QT_TRANSLATE_NOOP("pactesur::Field", "File name")),
        field("digest", T::Sha256, QT_TRANSLATE_NOOP("pactesur::Field", "SHA-256")),
        field("counts", T::LongText, QT_TRANSLATE_NOOP("pactesur::Field", "Counts"))};
    ledger.listColumns = {QStringLiteral("at"), QStringLiteral("direction"), QStringLiteral("peer"),
        QStringLiteral("file_name")};
    ledger.replicated = false;
    ledger.writable = false;
    kinds << ledger;

    return kinds;
}

// Display texts of the enumerated values of section 3, one context for all of them.
const char *const kChoiceLabels[][2] = {
    {"lead", QT_TRANSLATE_NOOP("pactesur::Choice", "Lead")},
    {"partner", QT_TRANSLATE_NOOP("pactesur::Choice", "Partner")},
    {"associated", QT_TRANSLATE_NOOP("pactesur::Choice", "Associated")},
    {"network", QT_TRANSLATE_NOOP("pactesur::Choice", "Network")},
    {"association", QT_TRANSLATE_NOOP("pactesur::Choice", "Association")},
    {"private_company", QT_TRANSLATE_NOOP("pactesur::Choice", "Private company")},
    {"civil_society", QT_TRANSLATE_NOOP("pactesur::Choice", "Civil society")},
    {"police", QT_TRANSLATE_NOOP("pactesur::Choice", "Police")},
    {"university", QT_TRANSLATE_NOOP("pactesur::Choice", "University")},
    {"other", QT_TRANSLATE_NOOP("pactesur::Choice", "Other")},
    {"public_task", QT_TRANSLATE_NOOP("pactesur::Choice", "Public task")},
    {"legitimate_interest", QT_TRANSLATE_NOOP("pactesur::Choice", "Legitimate interest")},
    {"consent", QT_TRANSLATE_NOOP("pactesur::Choice", "Consent")},
    {"contract", QT_TRANSLATE_NOOP("pactesur::Choice", "Contract")},
    {"legal_obligation", QT_TRANSLATE_NOOP("pactesur::Choice", "Legal obligation")},
    {"planned", QT_TRANSLATE_NOOP("pactesur::Choice", "Planned")},
    {"active", QT_TRANSLATE_NOOP("pactesur::Choice", "Active")},
    {"closed", QT_TRANSLATE_NOOP("pactesur::Choice", "Closed")},
    {"member", QT_TRANSLATE_NOOP("pactesur::Choice", "Member")},
    {"observer", QT_TRANSLATE_NOOP("pactesur::Choice", "Observer")},
    {"meeting", QT_TRANSLATE_NOOP("pactesur::Choice", "Meeting")},
    {"police_staff_exchange", QT_TRANSLATE_NOOP("pactesur::Choice", "Police staff exchange")},
    {"academy", QT_TRANSLATE_NOOP("pactesur::Choice", "Academy")},
    {"training", QT_TRANSLATE_NOOP("pactesur::Choice", "Training")},
    {"study_visit", QT_TRANSLATE_NOOP("pactesur::Choice", "Study visit")},
    {"workshop", QT_TRANSLATE_NOOP("pactesur::Choice", "Workshop")},
    {"webinar", QT_TRANSLATE_NOOP("pactesur::Choice", "Webinar")},
    {"steering_committee", QT_TRANSLATE_NOOP("pactesur::Choice", "Steering committee")},
    {"communication", QT_TRANSLATE_NOOP("pactesur::Choice", "Communication")},
    {"done", QT_TRANSLATE_NOOP("pactesur::Choice", "Done")},
    {"cancelled", QT_TRANSLATE_NOOP("pactesur::Choice", "Cancelled")},
    {"guide", QT_TRANSLATE_NOOP("pactesur::Choice", "Guide")},
    {"training_material", QT_TRANSLATE_NOOP("pactesur::Choice", "Training material")},
    {"publication", QT_TRANSLATE_NOOP("pactesur::Choice", "Publication")},
    {"eu_guidance", QT_TRANSLATE_NOOP("pactesur::Choice", "EU guidance")},
    {"dataset", QT_TRANSLATE_NOOP("pactesur::Choice", "Dataset")},
    {"link", QT_TRANSLATE_NOOP("pactesur::Choice", "Link")},
    {"draft", QT_TRANSLATE_NOOP("pactesur::Choice", "Draft")},
    {"submitted", QT_TRANSLATE_NOOP("pactesur::Choice", "Submitted")},
    {"changes_requested", QT_TRANSLATE_NOOP("pactesur::Choice", "Changes requested")},
    {"validated", QT_TRANSLATE_NOOP("pactesur::Choice", "Validated")},
    {"published", QT_TRANSLATE_NOOP("pactesur::Choice", "Published")},
    {"public", QT_TRANSLATE_NOOP("pactesur::Choice", "Public")},
    {"partners", QT_TRANSLATE_NOOP("pactesur::Choice", "Partners only")},
    {"restricted", QT_TRANSLATE_NOOP("pactesur::Choice", "Police restricted")},
    {"open", QT_TRANSLATE_NOOP("pactesur::Choice", "Open")},
    {"resolved", QT_TRANSLATE_NOOP("pactesur::Choice", "Resolved")},
};

} // namespace

QString FieldSpec::translatedLabel() const
{
    return QCoreApplication::translate("pactesur::Field", label);
}

bool FieldSpec::isList() const
{
    return type == FieldType::LanguageList || type == FieldType::RefList
        || type == FieldType::ThemeList;
}

const FieldSpec *KindSpec::field(const QString &fieldName) const
{
    for (const FieldSpec &spec : fields) {
        if (spec.name == fieldName)
            return &spec;
    }
    return nullptr;
}

QString KindSpec::translatedLabel() const
{
    return QCoreApplication::translate("pactesur::Kind", label);
}

QString KindSpec::translatedPluralLabel() const
{
    return QCoreApplication::translate("pactesur::Kind", pluralLabel);
}

const QList<KindSpec> &Kinds::all()
{
    static const QList<KindSpec> kinds = buildKinds();
    return kinds;
}

const KindSpec *Kinds::find(const QString &name)
{
    for (const KindSpec &kind : all()) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

const KindSpec &Kinds::get(const QString &name)
{
    const KindSpec *kind = find(name);
    Q_ASSERT_X(kind, "Kinds::get", qPrintable(name));
    return *kind;
}

QStringList Kinds::names()
{
    QStringList result;
    for (const KindSpec &kind : all())
        result << kind.name;
    return result;
}

QStringList Kinds::replicatedTables()
{
    QStringList result;
    for (const KindSpec &kind : all()) {
        if (kind.replicated)
            result << kind.table;
    }
    return result;
}

QString Kinds::choiceLabel(const QString &value)
{
    const char *source = choiceSource(value);
    return source ? QCoreApplication::translate("pactesur::Choice", source) : value;
}

const char *Kinds::choiceSource(const QString &value)
{
    for (const auto &entry : kChoiceLabels) {
        if (value == QLatin1String(entry[0]))
            return entry[1];
    }
    return nullptr;
}

} // namespace pactesur
