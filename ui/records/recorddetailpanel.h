// SPDX-License-Identifier: EUPL-1.2
// The right-hand panel of a list: every field of the selected record, and under them what
// belongs to it (members of a group, participation in an activity, a resource's file...).
#pragma once

#include <QScrollArea>

class QLabel;
class QFormLayout;

namespace pactesur {

class Database;
class Session;
struct KindSpec;

class RecordDetailPanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit RecordDetailPanel(const KindSpec &kind, QWidget *parent = nullptr);

    void setDatabase(Database *database);
    // With a session the panel also offers the edits that belong to the record (members of
    // a group, participation, attachment, contact erasure), each undoable through it.
    void setSession(Session *session);
    // Shows the record `id` of the panel's kind; an empty id shows the hint instead.
    void showRecord(const QString &id);
    QString recordId() const { return m_recordId; }
    QString heading() const;
    QSize minimumSizeHint() const override;

signals:
    // A city's "Related" link: show the list of `kind` (CLI name) filtered by this city.
    void openRelated(const QString &kind, const QString &cityId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void showHint();
    void replaceContent(QWidget *content);
    QWidget *createSection(QWidget *parent);
    QWidget *createRelated(QWidget *parent);

    const KindSpec &m_kind;
    Database *m_database = nullptr;
    Session *m_session = nullptr;
    bool m_rebuildPending = false;
    QString m_recordId;
    QLabel *m_heading = nullptr;
};

} // namespace pactesur
