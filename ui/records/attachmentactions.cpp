// SPDX-License-Identifier: EUPL-1.2
// A resource's attached file in its detail panel: what it is, attach another, open, save.
#include "attachmentactions.h"

#include "model/kinds.h"
#include "session/session.h"
#include "store/database.h"
#include "widgets/filedialogs.h"
#include "widgets/labels.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace pactesur {

namespace {

constexpr int kMaxNameLength = 100;
constexpr int kMaxExtensionLength = 16;

bool allowed(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
        || c == QLatin1Char('_') || c == QLatin1Char(' ');
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

AttachmentActions::AttachmentActions(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("attachmentActions"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("attachmentFileName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("attachmentDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setForegroundRole(QPalette::PlaceholderText);

    m_attachButton = new QPushButton(this);
    m_attachButton->setObjectName(QStringLiteral("attachFile"));
    connect(m_attachButton, &QPushButton::clicked, this, &AttachmentActions::attachFile);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openAttachment"));
    connect(m_openButton, &QPushButton::clicked, this, &AttachmentActions::openAttachment);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveAttachment"));
    connect(m_saveButton, &QPushButton::clicked, this, &AttachmentActions::saveAttachmentAs);

    m_error = labels::warning(QStringLiteral("attachmentError"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attachButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(&m_session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String("resources") || kind == QLatin1String("attachments"))
            QTimer::singleShot(0, this, &AttachmentActions::reload);
    });
    retranslateUi();
}

void AttachmentActions::setResourceId(const QString &resourceId)
{
    m_resourceId = resourceId;
    reload();
}

QString AttachmentActions::sanitizedFileName(const QString &name)
{
    // Only the last component of a path counts: "../../etc/passwd" is "passwd".
    QString base = name.normalized(QString::NormalizationForm_C);
    base = base.mid(
        qMax(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\'))) + 1);
    QString clean;
    for (const QChar c : std::as_const(base)) {
        if (allowed(c))
            clean += c;
        else if (!c.isNonCharacter() && c.category() != QChar::Other_Control
            && c.category() != QChar::Other_Format)
            clean += QLatin1Char('_');
    }
    // No hidden files, no names that end in a dot or a space (refused on Windows).
    while (clean.startsWith(QLatin1Char('.')) || clean.startsWith(QLatin1Char(' ')))
        clean.remove(0, 1);
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);
    if (clean.isEmpty())
        clean = QStringLiteral("attachment");
    if (clean.size() > kMaxNameLength) {
        const int dot = clean.lastIndexOf(QLatin1Char('.'));
        const QString extension
            = dot > 0 && clean.size() - dot <= kMaxExtensionLength ? clean.mid(dot) : QString();
        clean = clean.left(kMaxNameLength - extension.size()).trimmed() + extension;
    }
    return clean;
}

QString AttachmentActions::temporaryCopyPath(const QString &sha256, const QString &fileName)
{
    const QString folder = QStringLiteral("pactesur-%1").arg(sha256.left(64));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(folder + QLatin1Char('/') + sanitizedFileName(fileName));
}

bool AttachmentActions::attachFile()
{
    const QString path = FileDialogs::getOpenFileName(this, tr("Attach File"), tr("All files (*)"));
    if (path.isEmpty() || m_resourceId.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The file %1 could not be read: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    // One byte past the limit is enough for the core to refuse it with its own message.
    const QByteArray bytes = file.read(RecordStore::kMaxAttachmentBytes + 1);
    const Result<QString> id = m_session.addAttachment(QFileInfo(path).fileName(), bytes);
    if (!id) {
        showError(id.error().message);
        return false;
    }
    const Status linked = m_session.editRecord(Kinds::get(QStringLiteral("resources")),
        m_resourceId, {{QStringLiteral("attachment"), id.value()}});
    if (!linked) {
        showError(linked.error().message);
        return false;
    }
    showError({});
    reload();
    return true;
}

bool AttachmentActions::openAttachment()
{
    const QByteArray bytes = attachmentBytes();
    if (m_attachmentId.isEmpty())
        return false;
    const QString path = temporaryCopyPath(m_sha256, m_fileName);
    QString error;
    if (!QDir().mkpath(QFileInfo(path).path()) || !writeFile(path, bytes, &error)) {
        showError(tr("A copy of %1 could not be written: %2").arg(m_fileName, error));
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        showError(tr("No application could open %1.").arg(m_fileName));
        return false;
    }
    showError({});
    return true;
}

bool AttachmentActions::saveAttachmentAs()
{
    if (m_attachmentId.isEmpty())
        return false;
    const QString path
        = FileDialogs::getSaveFileName(this, tr("Save Attachment"), sanitizedFileName(m_fileName));
    if (path.isEmpty())
        return false;
    QString error;
    if (!writeFile(path, attachmentBytes(), &error)) {
        showError(
            tr("The file %1 could not be saved: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    showError({});
    return true;
}

QString AttachmentActions::fileNameText() const
{
    return m_name->text();
}

QString AttachmentActions::detailsText() const
{
    return m_details->text();
}

QString AttachmentActions::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AttachmentActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AttachmentActions::retranslateUi()
{
    m_title->setText(tr("Attached file"));
    m_name->setAccessibleName(tr("Attached file name"));
    m_details->setAccessibleName(tr("Attached file type and size"));
    m_attachButton->setText(tr("Attach file…"));
    m_attachButton->setAccessibleName(tr("Attach a file to this resource"));
    m_openButton->setText(tr("Open"));
    m_openButton->setAccessibleName(tr("Open the attached file"));
    m_saveButton->setText(tr("Save as…"));
    m_saveButton->setAccessibleName(tr("Save a copy of the attached file"));
    reload();
}

void AttachmentActions::reload()
{
    m_attachmentId.clear();
    m_fileName.clear();
    m_mime.clear();
    m_sha256.clear();
    m_size = 0;
    if (!m_resourceId.isEmpty()) {
        QSqlQuery query(m_session.database().sql());
        query.prepare(QStringLiteral(
            "SELECT a.id, a.file_name, a.mime, a.size, a.sha256 FROM resource r "
            "JOIN attachment a ON a.id = r.attachment AND a.deleted = 0 WHERE r.id = ?"));
        query.addBindValue(m_resourceId);
        if (query.exec() && query.next()) {
            m_attachmentId = query.value(0).toString();
            m_fileName = query.value(1).toString();
            m_mime = query.value(2).toString();
            m_size = query.value(3).toLongLong();
            m_sha256 = query.value(4).toString();
        }
    }
    const bool attached = !m_attachmentId.isEmpty();
    if (attached) {
        m_name->setText(m_fileName);
        const QMimeType type = QMimeDatabase().mimeTypeForName(m_mime);
        const QString typeText
            = type.isValid() && !type.comment().isEmpty() ? type.comment() : m_mime;
        //: The type of a file and its size: "PDF document, 12.3 KB"
        m_details->setText(tr("%1, %2").arg(typeText, QLocale().formattedDataSize(m_size)));
        m_name->setForegroundRole(QPalette::WindowText);
    } else {
        m_name->setText(tr("No file attached"));
        m_details->clear();
        m_name->setForegroundRole(QPalette::PlaceholderText);
    }
    m_details->setVisible(attached);
    m_openButton->setEnabled(attached);
    m_saveButton->setEnabled(attached);
    m_attachButton->setText(attached ? tr("Replace file…") : tr("Attach file…"));
}

QByteArray AttachmentActions::attachmentBytes() const
{
    QSqlQuery query(m_session.database().sql());
    query.prepare(QStringLiteral("SELECT data FROM attachment WHERE id = ?"));
    query.addBindValue(m_attachmentId);
    if (query.exec() && query.next())
        return query.value(0).toByteArray();
    return {};
}

void AttachmentActions::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace pactesur
