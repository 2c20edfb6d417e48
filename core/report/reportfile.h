// SPDX-License-Identifier: EUPL-1.2
// Writes the files the user keeps (reports) whole or not at all (DESIGN.md section 7): a
// QSaveFile renamed over the target, then an fsync of the folder so the rename survives
// a power cut too.
#pragma once

#include "util/result.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace pactesur {

class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ReportFile)
public:
    // `produce` writes the content to the device and returns false on failure.
    using Producer = std::function<bool(QIODevice &device)>;

    static Status write(const QString &path, const Producer &produce);
    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace pactesur
