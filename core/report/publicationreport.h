// SPDX-License-Identifier: EUPL-1.2
// The booklet of practices (issue 7): an A4 PDF with a cover, a table of contents with
// page numbers, then the validated or published public practice sheets grouped by theme,
// one sheet from the top of a page, with page numbers throughout. The whole booklet is in
// the chosen language: its own texts, the section headings, theme names, dates, and each
// sheet's translation into that language where one is ready (PublicationContent chooses).
#pragma once

#include "report/publicationcontent.h"
#include "report/reportjob.h"
#include "report/reportlanguage.h"

#include <QCoreApplication>

namespace pactesur {

class PublicationReport : public ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::PublicationReport)
public:
    // `language`: one of the 14 interface languages; empty for the interface's own.
    PublicationReport(Database &db, const QString &language = QString());

    QStringList formats() const override;
    Status write(const QString &format, const QString &path) override;

    QString language() const { return m_language.code(); }
    // After write(): what the booklet held.
    const PublicationContent &content() const { return m_content; }

private:
    // tr() in the booklet's language; lupdate reads it as tr() (report/reportlanguage.h).
    QString reportTr(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return m_language.translate("pactesur::PublicationReport", source, disambiguation, n);
    }
    QString title() const;
    QString bodyHtml(const QHash<QString, int> &pages) const;
    QString contentsHtml(const QHash<QString, int> &pages) const;
    QString sheetHtml(const PublicationContent::Sheet &sheet) const;
    QString factsHtml(const PublicationContent::Sheet &sheet) const;

    ReportLanguage m_language;
    PublicationContent m_content;
    QHash<QString, QString> m_sectionsHtml; // by sheet id, rendered once
};

} // namespace pactesur
