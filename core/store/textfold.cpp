// SPDX-License-Identifier: EUPL-1.2
#include "store/textfold.h"

#include <QList>

#include <QPair>
#include <algorithm>

#include <sqlite3.h>

namespace pactesur::textfold {

namespace {

using Replacement = QPair<QString, QString>;

// Letters that carry their mark in their own code point, so decomposition leaves them.
const QList<Replacement> kOwnLetters
    = {{QStringLiteral("ł"), QStringLiteral("l")}, {QStringLiteral("Ł"), QStringLiteral("L")},
        {QStringLiteral("đ"), QStringLiteral("d")}, {QStringLiteral("Đ"), QStringLiteral("D")},
        {QStringLiteral("ø"), QStringLiteral("o")}, {QStringLiteral("Ø"), QStringLiteral("O")},
        {QStringLiteral("ħ"), QStringLiteral("h")}, {QStringLiteral("Ħ"), QStringLiteral("H")},
        {QStringLiteral("ı"), QStringLiteral("i")}, {QStringLiteral("ŧ"), QStringLiteral("t")},
        {QStringLiteral("Ŧ"), QStringLiteral("T")}, {QStringLiteral("ß"), QStringLiteral("ss")},
        {QStringLiteral("æ"), QStringLiteral("ae")}, {QStringLiteral("Æ"), QStringLiteral("AE")},
        {QStringLiteral("œ"), QStringLiteral("oe")}, {QStringLiteral("Œ"), QStringLiteral("OE")}};

// Every letter of the project's languages with a mark (Latin-1, Latin Extended-A, the
// Romanian comma letters, monotonic Greek), and what it is without its marks.
const QList<Replacement> &replacements()
{
    static const QList<Replacement> table = [] {
        QList<Replacement> made = kOwnLetters;
        const auto add = [&made](char16_t first, char16_t last) {
            for (char16_t code = first; code <= last; ++code) {
                const QString letter(1, QChar(code));
                if (!letter.at(0).isLetter())
                    continue;
                if (std::any_of(made.cbegin(), made.cend(),
                        [&letter](const Replacement &known) { return known.first == letter; }))
                    continue;
                QString bare;
                for (const QChar c : letter.normalized(QString::NormalizationForm_KD)) {
                    if (c.category() != QChar::Mark_NonSpacing)
                        bare.append(c);
                }
                if (!bare.isEmpty() && bare != letter)
                    made.append({letter, bare});
            }
        };
        add(0x00C0, 0x017F);
        add(0x0218, 0x021B);
        add(0x0386, 0x03CE);
        return made;
    }();
    return table;
}

QString withoutMarks(const QString &text)
{
    QString bare = text;
    for (const Replacement &replacement : replacements())
        bare.replace(replacement.first, replacement.second);
    return bare;
}

void foldInSql(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(arguments[0]));
    const int bytes = sqlite3_value_bytes16(arguments[0]);
    if (!text) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const QString folded = fold(QString::fromUtf16(text, bytes / 2));
    sqlite3_result_text16(context, folded.utf16(), int(folded.size() * 2), SQLITE_TRANSIENT);
}

} // namespace

QString fold(const QString &text)
{
    return withoutMarks(text).toCaseFolded();
}

bool registerSqlFunction(sqlite3 *handle)
{
    return sqlite3_create_function_v2(handle, "pactesur_fold", 1,
               SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, foldInSql, nullptr,
               nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace pactesur::textfold
