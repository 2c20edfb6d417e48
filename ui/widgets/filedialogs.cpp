// SPDX-License-Identifier: EUPL-1.2
// The file dialogs of the desktop app, with a hook so tests can answer them.
#include "filedialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace pactesur {

namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> name;
    return name;
}

std::optional<QString> takeNextFileName()
{
    std::optional<QString> name = nextFileName();
    nextFileName().reset();
    return name;
}

QString databaseFilter()
{
    return QCoreApplication::translate("pactesur::FileDialogs", "Pactesur databases (*.db)")
        + QStringLiteral(";;")
        + QCoreApplication::translate("pactesur::FileDialogs", "All files (*)");
}

QString startFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

void FileDialogs::setNextFileName(const QString &fileName)
{
    nextFileName() = fileName;
}

QString FileDialogs::openDatabase(QWidget *parent)
{
    if (std::optional<QString> answer = takeNextFileName())
        return *answer;
    return QFileDialog::getOpenFileName(parent,
        QCoreApplication::translate("pactesur::FileDialogs", "Open Database"), startFolder(),
        databaseFilter());
}

QString FileDialogs::newDatabase(QWidget *parent)
{
    if (std::optional<QString> answer = takeNextFileName())
        return *answer;
    // We refuse existing files ourselves (see MainWindow::newDatabase): replacing a database
    // by mistake would lose a city's work, so the dialog must not offer to overwrite.
    return QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("pactesur::FileDialogs", "New Database"), startFolder(),
        databaseFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
}

QString FileDialogs::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (std::optional<QString> answer = takeNextFileName())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, startFolder(), filter);
}

QString FileDialogs::getSaveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    if (std::optional<QString> answer = takeNextFileName())
        return *answer;
    const QString start = QDir::isAbsolutePath(suggestedName)
        ? suggestedName
        : QDir(startFolder()).filePath(suggestedName);
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

} // namespace pactesur
