// SPDX-License-Identifier: EUPL-1.2
// A key's fingerprint as people read it aloud: large fixed-width digits, four groups of five
// per line, selectable. The same look in the Keys tab and when a card is enrolled.
#pragma once

#include <QLabel>

namespace pactesur {

class FingerprintLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FingerprintLabel(QWidget *parent = nullptr);
    // `fingerprint` as PublicKeys::fingerprint() gives it: groups separated by spaces.
    void setFingerprint(const QString &fingerprint);
    QString fingerprint() const { return m_fingerprint; }
    // The groups laid out in lines of `perLine` groups.
    static QString grouped(const QString &fingerprint, int perLine = 4);

private:
    QString m_fingerprint;
};

} // namespace pactesur
