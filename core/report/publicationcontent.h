// SPDX-License-Identifier: EUPL-1.2
// What the booklet of practices holds, chosen and read once: the practice sheets that are
// validated or published AND public, each in the booklet's language where a translation
// into it is ready, else in English, else in the language it was written in; grouped by
// theme. A sheet whose original is partners-only or restricted never appears, whatever a
// translation of it says.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace pactesur {

class Database;
class ReportLanguage;

struct PublicationContent
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::PublicationContent)
public:
    struct Section
    {
        QString heading; // the field's label in the booklet's language
        QString markdown;
    };
    struct Sheet
    {
        QString id; // of the version shown
        QString title;
        QString language; // of the version shown
        QString city;
        QString period; // as the booklet writes it
        QStringList themes; // labels in the booklet's language
        QStringList languages; // codes of every version that may be shown
        QList<Section> sections;
        QSet<QString> images; // SHA-256 of the version's own image attachments
    };
    struct Chapter
    {
        QString slug; // empty: sheets without a theme
        QString label;
        QList<Sheet> sheets; // by title
    };

    QString project;
    QDate preparedOn;
    QList<Chapter> chapters; // by label, then the sheets without a theme
    int sheetCount = 0;

    using Step = std::function<bool(int done, int total)>;
    // Chooses and reads the sheets. `step` is called as sheets are read; false stops.
    static Result<PublicationContent> load(
        const Database &db, const ReportLanguage &language, const Step &step = {});
    // A sheet's period in `language` ("12 March 2024 – 3 May 2025, ongoing"), from its
    // stored ISO dates; empty when it has neither date nor is ongoing.
    static QString period(
        const ReportLanguage &language, const QString &start, const QString &end, bool ongoing);
    // The bytes of an image attachment, only if one of the chosen sheets owns it.
    QByteArray image(const Database &db, const QString &sha256) const;

private:
    QSet<QString> m_images;
};

} // namespace pactesur
