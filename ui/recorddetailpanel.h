// SPDX-License-Identifier: EUPL-1.2
// The right-hand panel of a list: every field of the selected record, read-only.
#pragma once

#include <QScrollArea>

class QLabel;
class QFormLayout;

namespace pactesur {

class Database;
struct KindSpec;

class RecordDetailPanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit RecordDetailPanel(const KindSpec &kind, QWidget *parent = nullptr);

    void setDatabase(Database *database);
    // Shows the record `id` of the panel's kind; an empty id shows the hint instead.
    void showRecord(const QString &id);
    QString recordId() const { return m_recordId; }
    QString heading() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void showHint();

    const KindSpec &m_kind;
    Database *m_database = nullptr;
    QString m_recordId;
    QLabel *m_heading = nullptr;
};

} // namespace pactesur
