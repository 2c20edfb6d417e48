// SPDX-License-Identifier: EUPL-1.2
// The language a document is written in, which need not be the interface's: the desktop
// may compile the French booklet while its own windows speak Dutch. Texts are looked up
// in that language's catalogue without installing it, so the application and the other
// threads keep theirs; dates and numbers follow that language's QLocale.
//
// A report class writes its texts with a member reportTr("source"), which calls
// translate() with the class's translation context; lupdate reads reportTr() as tr()
// (-tr-function-alias in core/CMakeLists.txt), so the texts land in that context: the one
// the class declares with Q_DECLARE_TR_FUNCTIONS, which reportTr() must spell alike
// (tst_reportlanguages finds the English left over when it does not). Code
// outside such a class calls translate("pactesur::Class", "source"), with the context
// written out: lupdate cannot read a context held in a variable, and drops the text.
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace pactesur {

class ReportLanguage
{
public:
    // One of the 14 interface languages; an empty or unknown code means the interface's.
    explicit ReportLanguage(const QString &code = QString());
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    QString code() const { return m_code; }
    const QLocale &locale() const { return m_locale; }
    // "Français": the language's own name.
    QString nativeName() const { return nativeName(m_code); }
    static QString nativeName(const QString &code);
    static bool isKnown(const QString &code);

    // The text in this language (the source when it has no translation); %n is replaced
    // by `n` in this language's digits.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
        int n = -1) const;
    // A field's label ("Summary") in this language.
    QString fieldLabel(const char *label) const;
    // An enumerated value's label ("workshop" -> "Workshop") in this language.
    QString choiceLabel(const QString &value) const;

    // The locale's long date without the weekday: "12 March 2024".
    QString longDate(const QDate &date) const { return longDate(m_locale, date); }
    static QString longDate(const QLocale &locale, const QDate &date);
    // The same with the month abbreviated, for tables: "12 Mar 2024".
    QString mediumDate(const QDate &date) const { return mediumDate(m_locale, date); }
    static QString mediumDate(const QLocale &locale, const QDate &date);
    QString number(qint64 value) const { return m_locale.toString(value); }

private:
    QString m_code;
    QLocale m_locale;
    // Null while the code is the interface's: the installed translators answer then.
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace pactesur
