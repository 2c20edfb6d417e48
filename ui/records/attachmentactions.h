// SPDX-License-Identifier: EUPL-1.2
// A resource's attached file in its detail panel: what it is, attach another, open, save.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pactesur {

class Session;

class AttachmentActions : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentActions(Session &session, QWidget *parent = nullptr);

    void setResourceId(const QString &resourceId);
    QString resourceId() const { return m_resourceId; }
    QString attachmentId() const { return m_attachmentId; }

    // Each returns false and shows why in the panel when it fails or is cancelled.
    bool attachFile(); // asks for a file, stores it, links it to the resource (undoable)
    bool openAttachment(); // a temporary copy opened by the desktop's viewer
    bool saveAttachmentAs();

    // A file name from data made safe to create on disk: letters, digits, '.', '-', '_' and
    // spaces only, no folders, no leading dot, at most 100 characters, extension kept.
    static QString sanitizedFileName(const QString &name);
    // Where openAttachment() writes the copy of the file with this hash and name.
    static QString temporaryCopyPath(const QString &sha256, const QString &fileName);

    QString fileNameText() const;
    QString detailsText() const;
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    QByteArray attachmentBytes() const;
    void showError(const QString &message);

    Session &m_session;
    QString m_resourceId;
    QString m_attachmentId;
    QString m_fileName;
    QString m_mime;
    QString m_sha256;
    qint64 m_size = 0;
    QLabel *m_title = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_attachButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace pactesur
