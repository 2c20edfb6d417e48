// SPDX-License-Identifier: EUPL-1.2
// The desktop's mailbox settings, each declared once with its key, type and default. The
// address and the user belong to the database (MailboxSettings, in core); the password
// lives in the desktop keyring (MailboxPassword), never here.
#pragma once

namespace pactesur {

class SyncSettings
{
public:
    // Minutes between two automatic rounds while the window is open; 0: only by hand.
    static int intervalMinutes();
    static void setIntervalMinutes(int minutes);
    static constexpr int kDefaultInterval = 15;
    static constexpr int kMaxInterval = 24 * 60;

    // Shows each incoming package's preview and imports it only if the person accepts.
    static bool reviewIncoming();
    static void setReviewIncoming(bool review);
};

} // namespace pactesur
