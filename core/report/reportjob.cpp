// SPDX-License-Identifier: EUPL-1.2
#include "reportjob.h"

namespace pactesur {

ReportJob::ReportJob(Database &db)
    : m_db(db)
{ }

ReportJob::~ReportJob() = default;

bool ReportJob::advance(int done, int total) const
{
    if (m_progress)
        m_progress(done, total);
    return !isCancelled();
}

bool ReportJob::isCancelled() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

Error ReportJob::cancelledError()
{
    return Error::failure(tr("The report was cancelled; no file was written."));
}

Status ReportJob::checkFormat(const QString &format) const
{
    if (formats().contains(format))
        return {};
    return Error {Error::Usage,
        tr("This report is written as %1, not “%2”.")
            .arg(formats().join(QStringLiteral(", ")), format)};
}

} // namespace pactesur
