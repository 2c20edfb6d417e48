// SPDX-License-Identifier: EUPL-1.2
// The Attachments section of the sheet editor: the files of the sheet (field
// `attachments`), adding one from disk, and the images a text can show inline.
#pragma once

#include "report/safetextdocument.h"
#include "util/result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace pactesur {

class Database;
class Session;

class SheetAttachments : public QWidget
{
    Q_OBJECT
public:
    struct Info
    {
        QString id;
        QString sha256;
        QString fileName;
        QString mime;
        qint64 size = 0;
        // Pictures a text can show: raster images (SVG is a program, never rendered).
        bool isImage() const
        {
            return mime.startsWith(QLatin1String("image/")) && !mime.contains(QLatin1String("svg"));
        }
    };

    explicit SheetAttachments(Session &session, QWidget *parent = nullptr);

    // The field's value as typed text: attachment ids separated by commas.
    QString value() const;
    void setValue(const QString &value);
    void setReadOnly(bool readOnly);
    QList<Info> attachments() const { return m_items; }
    QList<Info> images() const;

    // Asks for a file (images only when `imagesOnly`), stores it and adds it to the sheet.
    // An empty result means cancelled; errors are shown in the section.
    std::optional<Info> addFromFile(bool imagesOnly);
    // Adds bytes already read (tests, drops): stored once, then listed.
    Result<Info> addBytes(const QString &fileName, const QByteArray &bytes);
    // The menu of a text's image button: the sheet's images, then "Add an image from a
    // file…"; `insert` gets the one chosen.
    void offerImages(const QPoint &globalPos, const std::function<void(const Info &)> &insert);

    // What inline images of sheet texts are read through: image attachments only, from the
    // local table, never a file or the network.
    static SafeTextDocument::AttachmentLoader loader(const Database &db);
    static std::optional<Info> find(const Database &db, const QString &id);

signals:
    void edited();
    // "Show in text": the editor puts this image into the text box last used.
    void insertImageRequested(const QString &sha256, const QString &fileName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildList();
    void updateButtons();
    void removeSelected();
    void showError(const QString &message);

    Session &m_session;
    QList<Info> m_items;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_insert = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
    bool m_readOnly = false;
};

} // namespace pactesur
