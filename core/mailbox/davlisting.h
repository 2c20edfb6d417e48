// SPDX-License-Identifier: EUPL-1.2
// Reads a WebDAV PROPFIND answer (207 Multi-Status): what the server says a mailbox folder
// holds. The body comes from the network, so it is hostile input (DESIGN.md section 7) and
// is read here alone, apart from the requests, where a fuzz target can reach it.
#pragma once

#include "mailbox/transport.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace pactesur::davlisting {

// The entries under `rootPath` (the mailbox root's decoded path) that the multistatus
// `body` lists, paths relative to the root, folders ending with '/'; neither `folder`
// itself nor the root. Responses outside the root, or whose path holds a "." or ".."
// segment, are left out. Nothing when the XML is malformed.
std::optional<QList<RemoteEntry>> parse(
    const QByteArray &body, const QString &rootPath, const QString &folder);

} // namespace pactesur::davlisting
