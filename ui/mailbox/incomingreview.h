// SPDX-License-Identifier: EUPL-1.2
// "Review every incoming package before importing it": the round, on its worker thread,
// hands each package addressed to us to the GUI thread, which shows the import preview,
// and waits for the person's answer.
#pragma once

#include "exchange/importer.h"

#include <functional>
#include <optional>

namespace pactesur {

class ExchangeWorker;

namespace incomingreview {

// What became of one package: the import's report, or an error (code Usage: the person
// declined it and its sender waits until the next round; Rejected: the package was refused),
// or nothing: import it as the round would without a review (a package whose every change
// is refused, which the preview cannot apply, is still recorded as read).
using Verdict = std::optional<Result<ImportReport>>;
using Answer = std::function<void(const Verdict &verdict)>;
// Runs on the GUI thread: shows the package at `path` and calls `answer` once.
using Ask = std::function<void(const QString &path, Answer answer)>;
using Import = std::function<Result<ImportReport>(const QString &path)>;

// The round's Options::importPackage: asks through `worker` (post) and blocks the round's
// thread until the answer comes, or until the round is cancelled (then: declined).
// `importAsUsual` imports on the round's thread when the answer says so.
Import importer(ExchangeWorker &worker, Ask ask, Import importAsUsual);

// The answer "declined"; the round reads only its code.
Error declined();

} // namespace incomingreview

} // namespace pactesur
