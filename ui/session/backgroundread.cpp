// SPDX-License-Identifier: EUPL-1.2
#include "backgroundread.h"

#include "store/database.h"

#include <QThread>

namespace pactesur {

BackgroundRead::BackgroundRead(QObject *parent)
    : QObject(parent)
{ }

BackgroundRead::~BackgroundRead()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundRead::start(const QString &path, Work work)
{
    m_path = path;
    m_work = std::move(work);
    if (m_thread) {
        m_pending = true;
        return;
    }
    launch();
}

void BackgroundRead::launch()
{
    m_error = std::make_shared<QString>();
    m_thread = QThread::create([path = m_path, work = std::move(m_work), error = m_error] {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        options.takeLock = false; // the session holds the file's write lock
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        if (!opened) {
            *error = opened.error().message;
            return;
        }
        work(*opened.value());
    });
    m_work = nullptr;
    m_thread->setObjectName(QStringLiteral("backgroundRead"));
    connect(m_thread, &QThread::finished, this, &BackgroundRead::finish);
    m_thread->start();
}

void BackgroundRead::finish()
{
    if (!m_thread || !m_thread->isFinished())
        return;
    m_thread->wait(); // finished is sent just before the thread ends
    delete m_thread;
    m_thread = nullptr;
    if (m_pending) {
        m_pending = false;
        launch();
    } else if (m_error->isEmpty()) {
        emit finished();
    } else {
        emit failed(*m_error);
    }
}

} // namespace pactesur
