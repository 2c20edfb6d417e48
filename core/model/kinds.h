// SPDX-License-Identifier: EUPL-1.2
// The catalogue of record kinds (DESIGN.md section 3): one description per kind, read by
// the schema checks, the write path, the CLI and the list views alike.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pactesur {

enum class FieldType {
    Text, // one line
    LongText, // paragraphs
    Integer, // >= 0
    Real,
    Date, // YYYY-MM-DD
    Boolean,
    Choice, // one of FieldSpec::choices
    Country, // ISO 3166-1 alpha-2
    Language, // ISO 639-1
    LanguageList,
    Url,
    Email,
    Phone,
    CityRef, // a city id; the CLI also takes a slug
    Ref, // a record of FieldSpec::refKind
    RefList, // several records of FieldSpec::refKind
    ThemeRef, // a theme slug
    ThemeList, // theme slugs
    LabelMap, // {"fr": "...", ...}
    FieldMap, // {"summary": "...", "general": "..."}: one text per field of the same kind
    Slug, // lower-case ASCII, digits and dashes/underscores
    Sha256,
    Blob,
};

struct FieldSpec
{
    QString name;
    FieldType type = FieldType::Text;
    const char *label = nullptr; // English; translated in context "pactesur::Field"
    bool required = false;
    QStringList choices;
    QString refKind;
    double minimum = 0;
    double maximum = 0; // 0 = no bound
    bool personal = false; // wiped when a contact is erased
    bool immutable = false; // fixed at creation (derived ids depend on it)
    bool computed = false; // filled by core, not accepted from input
    QString defaultValue;

    QString translatedLabel() const;
    bool isList() const;
};

struct KindSpec
{
    enum class IdRule { Random, FromSlug, FromPair, FromHash };

    QString name; // CLI name, plural: "cities"
    QString table; // SQL table
    const char *label = nullptr; // singular, "pactesur::Kind"
    const char *pluralLabel = nullptr; // plural, "pactesur::Kind"
    QString titleField;
    QList<FieldSpec> fields;
    QString ownerField; // the field naming the owning city; "id" for a city itself
    IdRule idRule = IdRule::Random;
    QStringList idFields; // FromSlug: {slug}; FromPair: {a, b}; FromHash: {sha256}
    QStringList listColumns; // what a list shows, in order
    bool replicated = true;
    bool writable = true;

    const FieldSpec *field(const QString &fieldName) const;
    QString translatedLabel() const;
    QString translatedPluralLabel() const;
};

class Kinds
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Kinds)
public:
    static const QList<KindSpec> &all();
    static const KindSpec *find(const QString &name);
    static const KindSpec &get(const QString &name); // for names known at compile time
    static QStringList names();
    // Replicated tables in the fixed order the state digest walks them.
    static QStringList replicatedTables();
    // Translated display text of an enumerated value ("associated" -> "Associated city").
    static QString choiceLabel(const QString &value);
    // Its English source ("Workshop"), to translate in context "pactesur::Choice"
    // into a language other than the interface's (a report's); null for an unknown value.
    static const char *choiceSource(const QString &value);
};

} // namespace pactesur
