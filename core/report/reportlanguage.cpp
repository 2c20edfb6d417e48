// SPDX-License-Identifier: EUPL-1.2
#include "reportlanguage.h"

#include "util/translations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

namespace pactesur {

namespace {

QString longFormat(const QLocale &locale)
{
    // The long format is the one that spells the month, but it names the weekday too,
    // which a report does not need: "Tuesday, 12 March 2024" -> "12 March 2024".
    static const QRegularExpression weekday(QStringLiteral("[,\\s]*\\bdddd\\b[,\\s]*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(weekday, QStringLiteral(" "));
    return format.trimmed();
}

} // namespace

ReportLanguage::ReportLanguage(const QString &code)
    : m_code(isKnown(code) ? code : Translations::current())
    , m_locale(m_code)
{
    if (m_code == Translations::current())
        return;
    m_translator = std::make_unique<QTranslator>();
    // English is the source language: a missing catalogue leaves the source texts.
    if (!m_translator->load(QStringLiteral(":/pactesur/i18n/pactesur_%1.qm").arg(m_code)))
        m_translator.reset(new QTranslator);
}

ReportLanguage::~ReportLanguage() = default;

bool ReportLanguage::isKnown(const QString &code)
{
    for (const UiLanguage &language : Translations::languages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString ReportLanguage::nativeName(const QString &code)
{
    for (const UiLanguage &language : Translations::languages()) {
        if (language.code == code)
            return language.nativeName;
    }
    const QLocale locale(code);
    QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    if (name.isEmpty())
        return code.toUpper();
    name[0] = name.at(0).toUpper();
    return name;
}

QString ReportLanguage::translate(
    const char *context, const char *source, const char *disambiguation, int n) const
{
    if (!m_translator)
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    // QCoreApplication::translate() does this for installed catalogues; ours is private.
    if (n >= 0)
        text.replace(QLatin1String("%n"), m_locale.toString(n));
    return text;
}

QString ReportLanguage::fieldLabel(const char *label) const
{
    return translate("pactesur::Field", label);
}

QString ReportLanguage::longDate(const QLocale &locale, const QDate &date)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, longFormat(locale));
}

QString ReportLanguage::mediumDate(const QLocale &locale, const QDate &date)
{
    if (!date.isValid())
        return {};
    static const QRegularExpression month(QStringLiteral("\\bMMMM\\b"));
    return locale.toString(date, longFormat(locale).replace(month, QStringLiteral("MMM")));
}

} // namespace pactesur
