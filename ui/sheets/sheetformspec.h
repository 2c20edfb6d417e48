// SPDX-License-Identifier: EUPL-1.2
// The shape of the practice-sheet form: its sections in the order a liaison fills them in,
// the fields of each, and the hint that says what to write in every field.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace pactesur {

struct FieldSpec;

struct SheetSection
{
    QString key; // "identity", "context", ...
    const char *title = nullptr; // context "pactesur::SheetFormSpec"
    const char *intro = nullptr; // one sentence on what the section is for
    QStringList fields;
};

class SheetFormSpec
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::SheetFormSpec)
public:
    static const QList<SheetSection> &sections();
    static QString title(const SheetSection &section);
    static QString intro(const SheetSection &section);
    // The key of the section that holds `field`; empty for fields the form does not show.
    static QString sectionOf(const QString &field);
    // Every field the form shows, in form order.
    static QStringList formFields();
    // What to write in the field: a text box's placeholder, or the note under a choice.
    static QString hint(const QString &field);
    // Long texts are written with light formatting and stored as Markdown.
    static bool isRichText(const QString &field);
    static const FieldSpec &spec(const QString &field);
    static QString label(const QString &field);
    // "Summary, Objectives and Results": the labels of fields, as a sentence lists them.
    static QString labelList(const QStringList &fields);
    static QStringList labels(const QStringList &fields);
};

} // namespace pactesur
