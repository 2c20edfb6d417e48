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

#define L(text) QT_TRANSLATE_NOOP("pactesur::Field", text)
#define K(text) QT_TRANSLATE_NOOP("pactesur::Kind", text)

QList<KindSpec> buildKinds()
{
    QList<KindSpec> kinds;

    KindSpec project = makeKind(QStringLiteral("projects"), QStringLiteral("project"), K("Project"),
                     K("Projects"), QStringLiteral("name"));
    project.fields = {required(field("name", T::Text, L("Name"))),
                      field("start", T::Date, L("Start")),
                      field("end", T::Date, L("End")),
                      field("funding", T::Text, L("Funding")),
                      field("description", T::LongText, L("Description"))};
    project.listColumns = {QStringLiteral("name"), QStringLiteral("start"), QStringLiteral("end")};
    kinds << project;

    KindSpec city = makeKind(QStringLiteral("cities"), QStringLiteral("city"), K("City"), K("Cities"),
                  QStringLiteral("name"));
    city.fields = {immutable(required(field("slug", T::Slug, L("Slug")))),
                   required(field("name", T::Text, L("Name"))),
                   field("local_name", T::Text, L("Local name")),
                   required(field("country", T::Country, L("Country"))),
                   required(choice("role", L("Role"),
                                   {QStringLiteral("lead"), QStringLiteral("partner"),
                                    QStringLiteral("associated")},
                                   QStringLiteral("associated"))),
                   field("represented_by", T::Text, L("Represented by")),
                   field("languages", T::LanguageList, L("Languages")),
                   bounded(field("latitude", T::Real, L("Latitude")), -90, 90),
                   bounded(field("longitude", T::Real, L("Longitude")), -180, 180),
                   field("police_force", T::Text, L("Police force")),
                   field("focus_themes", T::ThemeList, L("Focus themes")),
                   field("notes", T::LongText, L("Notes"))};
    city.ownerField = QStringLiteral("id");
    city.idRule = KindSpec::IdRule::FromSlug;
    city.idFields = {QStringLiteral("slug")};
    city.listColumns = {QStringLiteral("name"), QStringLiteral("local_name"),
                        QStringLiteral("country"), QStringLiteral("role"),
                        QStringLiteral("represented_by"), QStringLiteral("languages")};
    kinds << city;

    KindSpec organisation = makeKind(QStringLiteral("organisations"), QStringLiteral("organisation"),
                          K("Organisation"), K("Organisations"), QStringLiteral("name"));
    organisation.fields = {
        required(field("name", T::Text, L("Name"))),
        required(choice("kind", L("Kind"),
                        {QStringLiteral("network"), QStringLiteral("association"),
                         QStringLiteral("private_company"), QStringLiteral("civil_society"),
                         QStringLiteral("police"), QStringLiteral("university"),
                         QStringLiteral("other")},
                        QStringLiteral("other"))),
        field("country", T::Country, L("Country")),
        field("city", T::CityRef, L("City")),
        field("website", T::Url, L("Website")),
        field("notes", T::LongText, L("Notes"))};
    organisation.listColumns = {QStringLiteral("name"), QStringLiteral("kind"),
                                QStringLiteral("country"), QStringLiteral("city")};
    kinds << organisation;

    KindSpec contact = makeKind(QStringLiteral("contacts"), QStringLiteral("contact"), K("Contact"),
                     K("Contacts"), QStringLiteral("name"));
    contact.fields = {
        personal(required(field("name", T::Text, L("Name")))),
        personal(field("function", T::Text, L("Function"))),
        ref("organisation", T::Ref, L("Organisation"), "organisations"),
        field("city", T::CityRef, L("City")),
        personal(field("email", T::Email, L("Work email"))),
        personal(field("phone", T::Phone, L("Work phone"))),
        personal(field("languages", T::LanguageList, L("Languages"))),
        required(choice("legal_basis", L("Legal basis"),
                        {QStringLiteral("public_task"), QStringLiteral("legitimate_interest"),
                         QStringLiteral("consent"), QStringLiteral("contract"),
                         QStringLiteral("legal_obligation")},
                        QStringLiteral("public_task"))),
        field("review_by", T::Date, L("Review by"))};
    contact.ownerField = QStringLiteral("city");
    contact.listColumns = {QStringLiteral("name"), QStringLiteral("function"),
                           QStringLiteral("organisation"), QStringLiteral("city"),
                           QStringLiteral("review_by")};
    kinds << contact;

    KindSpec theme = makeKind(QStringLiteral("themes"), QStringLiteral("theme"), K("Theme"), K("Themes"),
                   QStringLiteral("name"));
    theme.fields = {immutable(required(field("slug", T::Slug, L("Slug")))),
                    required(field("name", T::Text, L("Name"))),
                    field("labels", T::LabelMap, L("Translated labels"))};
    theme.idRule = KindSpec::IdRule::FromSlug;
    theme.idFields = {QStringLiteral("slug")};
    theme.listColumns = {QStringLiteral("name"), QStringLiteral("slug")};
    kinds << theme;

    KindSpec group = makeKind(QStringLiteral("groups"), QStringLiteral("work_group"), K("Working group"),
                   K("Working groups"), QStringLiteral("name"));
    group.fields = {required(field("name", T::Text, L("Name"))),
                    field("theme", T::ThemeRef, L("Theme")),
                    field("lead_city", T::CityRef, L("Lead city")),
                    field("objectives", T::LongText, L("Objectives")),
                    choice("status", L("Status"),
                           {QStringLiteral("planned"), QStringLiteral("active"),
                            QStringLiteral("closed")},
                           QStringLiteral("active"))};
    group.listColumns = {QStringLiteral("name"), QStringLiteral("theme"),
                         QStringLiteral("lead_city"), QStringLiteral("status")};
    kinds << group;

    KindSpec membership = makeKind(QStringLiteral("memberships"), QStringLiteral("membership"),
                        K("Membership"), K("Memberships"), QStringLiteral("city"));
    membership.fields = {immutable(required(ref("group", T::Ref, L("Working group"), "groups"))),
                         immutable(required(field("city", T::CityRef, L("City")))),
                         choice("role", L("Role"),
                                {QStringLiteral("lead"), QStringLiteral("member"),
                                 QStringLiteral("observer")},
                                QStringLiteral("member"))};
    membership.idRule = KindSpec::IdRule::FromPair;
    membership.idFields = {QStringLiteral("group"), QStringLiteral("city")};
    membership.listColumns = {QStringLiteral("group"), QStringLiteral("city"),
                              QStringLiteral("role")};
    kinds << membership;

    KindSpec activity = makeKind(QStringLiteral("activities"), QStringLiteral("activity"), K("Activity"),
                      K("Activities"), QStringLiteral("title"));
    activity.fields = {
        required(choice("kind", L("Kind"),
                        {QStringLiteral("meeting"), QStringLiteral("police_staff_exchange"),
                         QStringLiteral("academy"), QStringLiteral("training"),
                         QStringLiteral("study_visit"), QStringLiteral("workshop"),
                         QStringLiteral("webinar"), QStringLiteral("steering_committee"),
                         QStringLiteral("communication"), QStringLiteral("other")})),
        required(field("title", T::Text, L("Title"))),
        required(field("start", T::Date, L("Start"))),
        field("end", T::Date, L("End")),
        field("host_city", T::CityRef, L("Host city")),
        field("place", T::Text, L("Place")),
        ref("group", T::Ref, L("Working group"), "groups"),
        choice("status", L("Status"),
               {QStringLiteral("planned"), QStringLiteral("done"), QStringLiteral("cancelled")},
               QStringLiteral("planned")),
        field("description", T::LongText, L("Description")),
        field("outcomes", T::LongText, L("Outcomes")),
        // Public reports sometimes give totals without a per-city breakdown.
        field("reported_participants", T::Integer, L("Reported participants")),
        field("reported_cities", T::Integer, L("Reported cities"))};
    activity.listColumns = {QStringLiteral("start"), QStringLiteral("end"),
                            QStringLiteral("title"), QStringLiteral("kind"),
                            QStringLiteral("host_city"), QStringLiteral("status")};
    kinds << activity;

    KindSpec participation = makeKind(QStringLiteral("participation"), QStringLiteral("participation"),
                           K("Participation"), K("Participation"), QStringLiteral("city"));
    participation.fields = {
        immutable(required(ref("activity", T::Ref, L("Activity"), "activities"))),
        immutable(required(field("city", T::CityRef, L("City")))),
        required(field("participants", T::Integer, L("Participants"))),
        field("women", T::Integer, L("Women")),
        field("officers", T::Integer, L("Officers"))};
    participation.ownerField = QStringLiteral("city");
    participation.idRule = KindSpec::IdRule::FromPair;
    participation.idFields = {QStringLiteral("activity"), QStringLiteral("city")};
    participation.listColumns = {QStringLiteral("activity"), QStringLiteral("city"),
                                 QStringLiteral("participants"), QStringLiteral("women"),
                                 QStringLiteral("officers")};
    kinds << participation;

    KindSpec resource = makeKind(QStringLiteral("resources"), QStringLiteral("resource"), K("Resource"),
                      K("Resources"), QStringLiteral("title"));
    resource.fields = {required(field("title", T::Text, L("Title"))),
                       required(choice("kind", L("Kind"),
                                       {QStringLiteral("guide"),
                                        QStringLiteral("training_material"),
                                        QStringLiteral("publication"),
                                        QStringLiteral("eu_guidance"), QStringLiteral("dataset"),
                                        QStringLiteral("link"), QStringLiteral("other")},
                                       QStringLiteral("other"))),
                       field("language", T::Language, L("Language")),
                       field("themes", T::ThemeList, L("Themes")),
                       field("url", T::Url, L("Link")),
                       ref("attachment", T::Ref, L("Attachment"), "attachments")};
    resource.listColumns = {QStringLiteral("title"), QStringLiteral("kind"),
                            QStringLiteral("language"), QStringLiteral("themes")};
    kinds << resource;

    KindSpec sheet = makeKind(QStringLiteral("sheets"), QStringLiteral("sheet"), K("Practice sheet"),
                   K("Practice sheets"), QStringLiteral("title"));
    sheet.fields = {
        required(field("title", T::Text, L("Title"))),
        required(field("city", T::CityRef, L("City"))),
        field("themes", T::ThemeList, L("Themes")),
        ref("groups", T::RefList, L("Working groups"), "groups"),
        required(field("language", T::Language, L("Language"))),
        ref("translation_of", T::Ref, L("Translation of"), "sheets"),
        choice("status", L("Status"),
               {QStringLiteral("draft"), QStringLiteral("submitted"),
                QStringLiteral("changes_requested"), QStringLiteral("validated"),
                QStringLiteral("published")},
               QStringLiteral("draft")),
        // Partners-only until someone decides otherwise: nothing is public by accident.
        choice("sensitivity", L("Sensitivity"),
               {QStringLiteral("public"), QStringLiteral("partners"),
                QStringLiteral("restricted")},
               QStringLiteral("partners")),
        field("period_start", T::Date, L("Period start")),
        field("period_end", T::Date, L("Period end")),
        field("ongoing", T::Boolean, L("Ongoing")),
        field("summary", T::LongText, L("Summary")),
        field("context", T::LongText, L("Context and problem")),
        field("objectives", T::LongText, L("Objectives")),
        field("target_groups", T::LongText, L("Target groups")),
        field("actions", T::LongText, L("Actions and implementation")),
        field("partners", T::LongText, L("Partners")),
        field("budget", T::LongText, L("Budget and funding")),
        field("results", T::LongText, L("Results and indicators")),
        field("evaluation", T::LongText, L("Evaluation")),
        field("transferability", T::LongText, L("Transferability")),
        field("lessons", T::LongText, L("Lessons learned")),
        ref("contact", T::Ref, L("Contact"), "contacts"),
        ref("attachments", T::RefList, L("Attachments"), "attachments"),
        field("review_notes", T::LongText, L("Review notes"))};
    sheet.ownerField = QStringLiteral("city");
    sheet.listColumns = {QStringLiteral("title"), QStringLiteral("city"),
                         QStringLiteral("language"), QStringLiteral("status"),
                         QStringLiteral("sensitivity"), QStringLiteral("themes")};
    kinds << sheet;

    KindSpec attachment = makeKind(QStringLiteral("attachments"), QStringLiteral("attachment"),
                        K("Attachment"), K("Attachments"), QStringLiteral("file_name"));
    FieldSpec sha = field("sha256", T::Sha256, L("SHA-256"));
    sha.computed = true;
    FieldSpec mime = field("mime", T::Text, L("Type"));
    mime.computed = true;
    FieldSpec size = field("size", T::Integer, L("Size"));
    size.computed = true;
    attachment.fields = {sha, required(field("file_name", T::Text, L("File name"))), mime, size,
                         required(field("data", T::Blob, L("Content")))};
    attachment.idRule = KindSpec::IdRule::FromHash;
    attachment.idFields = {QStringLiteral("sha256")};
    attachment.listColumns = {QStringLiteral("file_name"), QStringLiteral("mime"),
                              QStringLiteral("size")};
    kinds << attachment;

    KindSpec conflict = makeKind(QStringLiteral("conflicts"), QStringLiteral("conflict"), K("Conflict"),
                      K("Conflicts"), QStringLiteral("field"));
    conflict.fields = {field("record_kind", T::Text, L("Kind")),
                       field("record_id", T::Text, L("Record")),
                       field("field", T::Text, L("Field")),
                       field("candidates", T::LongText, L("Values")),
                       choice("status", L("Status"),
                              {QStringLiteral("open"), QStringLiteral("resolved")},
                              QStringLiteral("open"))};
    conflict.listColumns = {QStringLiteral("record_kind"), QStringLiteral("record_id"),
                            QStringLiteral("field"), QStringLiteral("status")};
    conflict.writable = false;
    kinds << conflict;

    KindSpec ledger = makeKind(QStringLiteral("imports"), QStringLiteral("ledger"), K("Exchange"),
                    K("Exchanges"), QStringLiteral("file_name"));
    ledger.fields = {field("direction", T::Text, L("Direction")),
                     field("at", T::Text, L("Time")),
                     field("peer", T::Text, L("Peer")),
                     field("file_name", T::Text, L("File name")),
                     field("digest", T::Sha256, L("SHA-256")),
                     field("counts", T::LongText, L("Counts"))};
    ledger.listColumns = {QStringLiteral("at"), QStringLiteral("direction"),
                          QStringLiteral("peer"), QStringLiteral("file_name")};
    ledger.replicated = false;
    ledger.writable = false;
    kinds << ledger;

    return kinds;
}

#undef L
#undef K

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
    for (const auto &entry : kChoiceLabels) {
        if (value == QLatin1String(entry[0]))
            return QCoreApplication::translate("pactesur::Choice", entry[1]);
    }
    return value;
}

} // namespace pactesur
