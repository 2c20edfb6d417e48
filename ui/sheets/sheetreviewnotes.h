// SPDX-License-Identifier: EUPL-1.2
// The coordinator's review notes of a sheet (field `review_notes`, a JSON object of one note
// per field plus "general"), and the tinted box that shows one of them beside its field:
// read-only for the city, editable for the coordinator.
#pragma once

#include <QFrame>
#include <QMap>

class QLabel;
class QPlainTextEdit;

namespace pactesur {

class SheetReviewNotes
{
public:
    static inline const QString kGeneral = QStringLiteral("general");
    // Unreadable text (an older free-form note) becomes the general note.
    static QMap<QString, QString> parse(const QString &json);
    // Empty notes are dropped; no notes at all is the empty string.
    static QString serialize(const QMap<QString, QString> &notes);
};

class SheetNoteBox : public QFrame
{
    Q_OBJECT
public:
    // `field` is a sheet field or SheetReviewNotes::kGeneral.
    explicit SheetNoteBox(const QString &field, QWidget *parent = nullptr);

    QString note() const;
    // Shows the note (hidden when empty and not being written) without counting as an edit.
    void setNote(const QString &note);
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // The coordinator's "Add note": shows the box and puts the cursor in it.
    void startEditing();

signals:
    void edited();
    void focusLeft();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateVisibility();
    void fitHeight();

    QString m_field;
    QLabel *m_caption = nullptr;
    QLabel *m_text = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    bool m_editable = false;
    bool m_loading = false;
    bool m_editing = false;
};

} // namespace pactesur
