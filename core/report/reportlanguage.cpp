// SPDX-License-Identifier: EUPL-1.2
#include "reportlanguage.h"

#include "model/kinds.h"
#include "util/localformat.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

namespace pactesur {

ReportLanguage::ReportLanguage(const QString &code)
    : m_code(isKnown(code) ? code : Translations::current())
    , m_locale(LocalFormat::localeFor(m_code))
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

QString ReportLanguage::choiceLabel(const QString &value) const
{
    const char *source = Kinds::choiceSource(value);
    return source ? translate("pactesur::Choice", source) : value;
}

QString ReportLanguage::longDate(const QLocale &locale, const QDate &date)
{
    return LocalFormat::longDate(date, locale);
}

QString ReportLanguage::mediumDate(const QLocale &locale, const QDate &date)
{
    return LocalFormat::mediumDate(date, locale);
}

} // namespace pactesur
