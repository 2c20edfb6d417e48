// SPDX-License-Identifier: EUPL-1.2
// File > Export and Print of one practice sheet, through the report renderer of core: the
// same document the CLI's "report sheet" writes, chosen a file name for, or printed through
// the system's print dialog.
#include "sheetexport.h"

#include "records/attachmentactions.h"
#include "report/sheetrenderer.h"
#include "session/session.h"
#include "widgets/filedialogs.h"
#include "widgets/messages.h"

#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace pactesur {

namespace {

// The page the renderer writes embeds its images as data: URIs; printing it must not let
// QTextDocument read anything else (it would read a local file a name pointed to).
class DataOnlyDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (name.scheme() == QLatin1String("data"))
            return QTextDocument::loadResource(type, name);
        return QByteArray();
    }
};

std::optional<SheetRenderer> renderer(Session &session, const QString &sheetId, QWidget *parent)
{
    Result<SheetContent> content = SheetContent::load(session.database(), sheetId);
    if (!content) {
        Messages::critical(parent, content.error().message);
        return std::nullopt;
    }
    return SheetRenderer(std::move(content).value());
}

QString withSuffix(QString path, const QString &extension)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    return path;
}

} // namespace

QString SheetExport::suggestedFileName(const QString &title, const QString &extension)
{
    const QString base = title.trimmed().isEmpty() ? tr("Practice sheet") : title.trimmed();
    return AttachmentActions::sanitizedFileName(base.left(80) + QLatin1Char('.') + extension);
}

bool SheetExport::exportPdf(Session &session, const QString &sheetId, QWidget *parent)
{
    const std::optional<SheetRenderer> report = renderer(session, sheetId, parent);
    if (!report)
        return false;
    const QString path
        = withSuffix(FileDialogs::getSaveFileName(parent, tr("Export Practice Sheet as PDF"),
                         suggestedFileName(report->content().title, QStringLiteral("pdf")),
                         tr("PDF documents (*.pdf)")),
            QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    if (Status written = report->writePdf(path); !written) {
        Messages::critical(parent, written.error().message);
        return false;
    }
    return true;
}

bool SheetExport::exportHtml(Session &session, const QString &sheetId, QWidget *parent)
{
    const std::optional<SheetRenderer> report = renderer(session, sheetId, parent);
    if (!report)
        return false;
    const QString path
        = withSuffix(FileDialogs::getSaveFileName(parent, tr("Export Practice Sheet as HTML"),
                         suggestedFileName(report->content().title, QStringLiteral("html")),
                         tr("Web pages (*.html)")),
            QStringLiteral("html"));
    if (path.isEmpty())
        return false;
    if (Status written = report->writeHtml(path); !written) {
        Messages::critical(parent, written.error().message);
        return false;
    }
    return true;
}

bool SheetExport::print(Session &session, const QString &sheetId, QWidget *parent)
{
    const std::optional<SheetRenderer> report = renderer(session, sheetId, parent);
    if (!report)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report->content().title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Practice Sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    DataOnlyDocument document;
    document.setHtml(report->toHtml());
    document.print(&printer);
    return true;
}

} // namespace pactesur
