// SPDX-License-Identifier: EUPL-1.2
// The five numbers of an import at a glance: new, updated, unchanged, conflicts, refused.
#pragma once

#include <QWidget>

class QLabel;

namespace pactesur {

struct ImportReport;

class ImportCountsBar : public QWidget
{
    Q_OBJECT
public:
    enum Count { New, Updated, Unchanged, Conflicts, Rejected, CountCount };

    explicit ImportCountsBar(QWidget *parent = nullptr);
    void setReport(const ImportReport &report);
    // The number shown, as an int (tests compare it with the CLI's dry run).
    int shown(Count count) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_numbers[CountCount] = {};
    QLabel *m_captions[CountCount] = {};
    int m_values[CountCount] = {};
};

} // namespace pactesur
