// SPDX-License-Identifier: EUPL-1.2
#include "store/textfold.h"

#include <sqlite3.h>

namespace pactesur::textfold {

namespace {

// Letters that carry their mark in their own code point, so decomposition leaves them.
QChar baseLetter(QChar letter)
{
    switch (letter.unicode()) {
    case u'ł':
        return u'l';
    case u'đ':
        return u'd';
    case u'ø':
        return u'o';
    case u'ħ':
        return u'h';
    case u'ı':
        return u'i';
    case u'ŧ':
        return u't';
    default:
        return letter;
    }
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
    // Case folding first: it may turn one letter into two (ß -> ss), then compatibility
    // decomposition splits a letter from its marks, which are dropped.
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(baseLetter(c));
    }
    return folded;
}

bool registerSqlFunction(sqlite3 *handle)
{
    return sqlite3_create_function_v2(handle, "pactesur_fold", 1,
               SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, foldInSql, nullptr,
               nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace pactesur::textfold
