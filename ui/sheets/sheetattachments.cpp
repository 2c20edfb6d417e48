// SPDX-License-Identifier: EUPL-1.2
// The Attachments section of the sheet editor: the files of the sheet (field
// `attachments`), adding one from disk, and the images a text can show inline.
#include "sheetattachments.h"

#include "session/session.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "widgets/filedialogs.h"
#include "widgets/labels.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace pactesur {

namespace {
constexpr int kThumbnailSize = 40;
} // namespace

SheetAttachments::SheetAttachments(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("sheetAttachments"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::currentRowChanged, this, &SheetAttachments::updateButtons);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("attachmentsEmpty"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("attachmentAdd"));
    connect(m_add, &QPushButton::clicked, this, [this] { addFromFile(false); });
    m_insert = new QPushButton(this);
    m_insert->setObjectName(QStringLiteral("attachmentInsert"));
    connect(m_insert, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && m_items.at(row).isImage())
            emit insertImageRequested(m_items.at(row).sha256, m_items.at(row).fileName);
    });
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("attachmentRemove"));
    connect(m_remove, &QPushButton::clicked, this, &SheetAttachments::removeSelected);
    m_error = labels::warning(QStringLiteral("attachmentError"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_insert);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    retranslateUi();
    rebuildList();
}

QString SheetAttachments::value() const
{
    QStringList ids;
    for (const Info &info : m_items)
        ids << info.id;
    return ids.join(QLatin1Char(','));
}

void SheetAttachments::setValue(const QString &value)
{
    m_items.clear();
    for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (std::optional<Info> info = find(m_session.database(), id.trimmed()))
            m_items << *info;
        else
            m_items << Info {id.trimmed(), {}, id.trimmed(), {}, 0}; // kept, not lost
    }
    rebuildList();
}

void SheetAttachments::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

QList<SheetAttachments::Info> SheetAttachments::images() const
{
    QList<Info> images;
    for (const Info &info : m_items) {
        if (info.isImage())
            images << info;
    }
    return images;
}

std::optional<SheetAttachments::Info> SheetAttachments::find(const Database &db, const QString &id)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral(
        "SELECT sha256, file_name, mime, size FROM attachment WHERE id = ? AND deleted = 0"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Info {id, query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toLongLong()};
}

SafeTextDocument::AttachmentLoader SheetAttachments::loader(const Database &db)
{
    const Database *database = &db;
    return [database](const QString &sha256) -> QByteArray {
        QSqlQuery query(database->sql());
        query.prepare(QStringLiteral("SELECT mime, data FROM attachment "
                                     "WHERE sha256 = ? AND deleted = 0"));
        query.addBindValue(sha256);
        if (!query.exec() || !query.next()
            || !query.value(0).toString().startsWith(QLatin1String("image/")))
            return {};
        return query.value(1).toByteArray();
    };
}

std::optional<SheetAttachments::Info> SheetAttachments::addFromFile(bool imagesOnly)
{
    const QString filter
        = imagesOnly ? tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)") : tr("All files (*)");
    const QString path = FileDialogs::getOpenFileName(
        this, imagesOnly ? tr("Add Image") : tr("Add Attachment"), filter);
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The file %1 could not be read: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    // One byte past the limit is enough for the core to refuse it with its own message.
    const QByteArray bytes = file.read(RecordStore::kMaxAttachmentBytes + 1);
    Result<Info> added = addBytes(QFileInfo(path).fileName(), bytes);
    if (!added)
        return std::nullopt;
    if (imagesOnly && !added->isImage()) {
        showError(tr("%1 is not an image; it was added to the attachments.").arg(added->fileName));
        return std::nullopt;
    }
    return added.value();
}

Result<SheetAttachments::Info> SheetAttachments::addBytes(
    const QString &fileName, const QByteArray &bytes)
{
    const Result<QString> id = m_session.addAttachment(fileName, bytes);
    if (!id) {
        showError(id.error().message);
        return id.error();
    }
    const std::optional<Info> info = find(m_session.database(), id.value());
    if (!info)
        return Error::failure(tr("The attachment %1 could not be read back.").arg(fileName));
    showError({});
    bool listed = false;
    for (const Info &item : std::as_const(m_items))
        listed = listed || item.id == info->id;
    if (!listed) {
        m_items << *info;
        rebuildList();
        emit edited();
    }
    return *info;
}

void SheetAttachments::offerImages(
    const QPoint &globalPos, const std::function<void(const Info &)> &insert)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("sheetImageMenu"));
    for (const Info &image : images())
        // A file name from data: an ampersand in it is text, not a shortcut mark.
        menu.addAction(QString(image.fileName).replace(QLatin1Char('&'), QLatin1String("&&")), this,
            [insert, image] { insert(image); });
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(tr("Add an Image from a File…"), this, [this, insert] {
        if (const std::optional<Info> added = addFromFile(true))
            insert(*added);
    });
    menu.exec(globalPos);
}

void SheetAttachments::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_readOnly)
        return;
    // Only the link goes: the stored file stays for other sheets and for undo.
    m_items.removeAt(row);
    rebuildList();
    emit edited();
}

void SheetAttachments::rebuildList()
{
    m_list->clear();
    const auto load = loader(m_session.database());
    for (const Info &info : std::as_const(m_items)) {
        auto *item = new QListWidgetItem(m_list);
        const QMimeType type = QMimeDatabase().mimeTypeForName(info.mime);
        const QString typeText
            = type.isValid() && !type.comment().isEmpty() ? type.comment() : info.mime;
        //: An attachment in the list: its name, then its type and size.
        item->setText(
            tr("%1\n%2, %3").arg(info.fileName, typeText, QLocale().formattedDataSize(info.size)));
        if (info.isImage()) {
            const QImage image = QImage::fromData(load(info.sha256));
            if (!image.isNull())
                item->setIcon(QPixmap::fromImage(image.scaled(kThumbnailSize, kThumbnailSize,
                    Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
    }
    const int rows = int(m_items.size());
    m_list->setVisible(rows > 0);
    m_empty->setVisible(rows == 0);
    m_list->setFixedHeight(qMin(rows, 5) * (kThumbnailSize + 8) + 2 * m_list->frameWidth() + 4);
    updateButtons();
}

void SheetAttachments::updateButtons()
{
    const int row = m_list->currentRow();
    m_add->setVisible(!m_readOnly);
    m_remove->setVisible(!m_readOnly);
    m_insert->setVisible(!m_readOnly);
    m_remove->setEnabled(row >= 0);
    m_insert->setEnabled(row >= 0 && m_items.at(row).isImage());
}

void SheetAttachments::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SheetAttachments::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SheetAttachments::retranslateUi()
{
    m_list->setAccessibleName(tr("Attachments of this sheet"));
    m_empty->setText(tr("No attachments yet. Photos, reports or leaflets help other cities "
                        "picture the practice."));
    m_add->setText(tr("Add file…"));
    m_add->setAccessibleName(tr("Add a file to this sheet"));
    m_insert->setText(tr("Show in text"));
    m_insert->setToolTip(tr("Show the selected image inside the text box you last wrote in"));
    m_insert->setAccessibleName(m_insert->toolTip());
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove the selected attachment from this sheet"));
    if (!m_items.isEmpty())
        rebuildList();
}

} // namespace pactesur
