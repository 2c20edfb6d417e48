// SPDX-License-Identifier: EUPL-1.2
// The translation strip of the sheet editor. On a translation: which sheet it translates,
// which source fields changed since it was brought up to date, and "Mark as up to date".
// On a source: the translations it has, each one click away.
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace pactesur {

class SheetTranslationPane : public QFrame
{
    Q_OBJECT
public:
    explicit SheetTranslationPane(QWidget *parent = nullptr);

    struct Translation
    {
        QString id;
        QString languageName;
        bool outdated = false;
    };

    // This sheet translates `sourceId`; `outdatedLabels` name the fields the source changed.
    void showSource(const QString &sourceId, const QString &sourceTitle,
        const QString &languageName, const QStringList &outdatedLabels, bool canMarkUpToDate);
    // This sheet is a source with these translations (hidden when there are none).
    void showTranslations(const QList<Translation> &translations);
    QString text() const;
    QPushButton *markUpToDateButton() const { return m_markUpToDate; }

signals:
    void openSheet(const QString &id);
    void markUpToDateRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void clearLinks();

    QLabel *m_text = nullptr;
    QPushButton *m_openSource = nullptr;
    QPushButton *m_markUpToDate = nullptr;
    QHBoxLayout *m_links = nullptr;
    QList<QPushButton *> m_linkButtons;
    QString m_sourceId;
    QString m_sourceTitle;
    QString m_languageName;
    QStringList m_outdated;
    QList<Translation> m_translations;
    bool m_isTranslation = false;
};

} // namespace pactesur
