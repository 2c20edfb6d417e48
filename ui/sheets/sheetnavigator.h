// SPDX-License-Identifier: EUPL-1.2
// The left column of the sheet editor: the sections (ticked once their required fields are
// filled, with their word counts), the checklist of what submitting needs, and the status
// history of the sheet.
#pragma once

#include "sheets/sheetworkflow.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace pactesur {

class SheetForm;

class SheetNavigator : public QWidget
{
    Q_OBJECT
public:
    explicit SheetNavigator(QWidget *parent = nullptr);

    struct SectionState
    {
        bool complete = false;
        int words = 0;
        int notes = 0; // the coordinator's notes on fields of the section
    };
    void setSectionState(const QString &key, const SectionState &state);
    // Reads the form as it is (typed, not only stored): ticks, word counts, notes, and what
    // submitting still needs.
    void summarize(const SheetForm &form);
    void setCurrentSection(const QString &key);
    // The fields submitting still needs, out of SheetWorkflow::fieldsRequiredToSubmit().
    void setMissing(const QStringList &missing);
    QStringList missing() const { return m_missing; }
    // `cityNames` turns the "by" of each change (a city id) into a name.
    void setHistory(
        const QList<SheetStatusChange> &history, const QMap<QString, QString> &cityNames);
    // A tick in a green disc, or an empty ring: shared with the editor's banners.
    static QIcon stateIcon(bool done);

signals:
    void sectionActivated(const QString &key);
    void fieldActivated(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *heading(const QString &objectName);
    QListWidget *list(const QString &objectName);
    void retranslateUi();
    QString sectionDetails(const SectionState &state) const;
    void fitHeight(QListWidget *list);

    QLabel *m_sectionsHeading = nullptr;
    QListWidget *m_sections = nullptr;
    QLabel *m_checklistHeading = nullptr;
    QListWidget *m_checklist = nullptr;
    QLabel *m_historyHeading = nullptr;
    QListWidget *m_history = nullptr;
    QMap<QString, SectionState> m_states;
    QStringList m_missing;
    QList<SheetStatusChange> m_changes;
    QMap<QString, QString> m_cityNames;
};

} // namespace pactesur
