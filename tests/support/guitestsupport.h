// SPDX-License-Identifier: EUPL-1.2
// Test support for the desktop tests: throwaway settings, answered message boxes, and a
// seeded session opened the way the app opens one.
#pragma once

#include "session/session.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

class QTreeWidget;

namespace pactesur::test {

// Call from initTestCase(): test-mode settings (cleared), message boxes answered by the
// test, English interface.
void prepareGuiTests();

// A seeded database in its own temporary folder, with the coordinator's role, in a Session.
class TestSession
{
public:
    TestSession();
    Session &session() { return *m_session; }
    Database &db() { return m_session->database(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

// Opens the database at `path` (made by TestDatabase, then closed) into a new Session.
std::unique_ptr<Session> openSession(const QString &path);

// The texts of one top-level row of a list, column by column.
QStringList rowTexts(const QTreeWidget *list, int row);

// With PACTESUR_TEST_SHOTS=FOLDER, a picture of `widget` as FOLDER/name.png, for people to
// look at; nothing otherwise.
void saveShot(QWidget *widget, const QString &name);

// Runs `answer` on the modal dialog of type T once it is up (the test goes on from the
// dialog's own event loop).
template<typename T>
void whenDialogOpens(std::function<void(T *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

} // namespace pactesur::test
