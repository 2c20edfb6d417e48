// SPDX-License-Identifier: EUPL-1.2
// One open conflict side by side: each competing value with who wrote it and when, a
// "Keep this value" under each, and an editor for a merged value.
#pragma once

#include "exchange/recordstate.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace pactesur {

class FieldEditor;
class Session;

struct OpenConflict
{
    QString id;
    QString kind; // CLI kind of the record
    QString recordId;
    QString recordTitle;
    QString field;
    QList<FieldWrite> values; // as the conflict row lists them
    QString shownValueId; // "replica:counter" of the value the record shows now
    QString updatedAt;
};

class ConflictPanel : public QWidget
{
    Q_OBJECT
public:
    ConflictPanel(Session &session, QWidget *parent = nullptr);

    void showConflict(const OpenConflict &conflict);
    void clear();
    // The value id of a write, as RecordStore::resolveConflict takes it.
    static QString valueId(const FieldWrite &write);
    // The merged value as typed, for tests.
    FieldEditor *mergedEditor() const { return m_merged; }

signals:
    void keepRequested(const QString &conflictId, const QString &valueId);
    void mergedValueRequested(const QString &conflictId, const QString &value);
    void showRecordRequested(const QString &kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *valueCard(const FieldWrite &write, int index);
    QString displayValue(const FieldWrite &write) const;

    Session &m_session;
    OpenConflict m_conflict;
    bool m_hasConflict = false;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_showRecord = nullptr;
    QHBoxLayout *m_cards = nullptr;
    QWidget *m_mergedBox = nullptr;
    QLabel *m_mergedLabel = nullptr;
    FieldEditor *m_merged = nullptr;
    QPushButton *m_saveMerged = nullptr;
};

} // namespace pactesur
