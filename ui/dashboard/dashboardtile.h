// SPDX-License-Identifier: EUPL-1.2
// One key figure of the dashboard as a button: the number, what it counts and a note; a
// click (or Space) opens the records behind it.
#pragma once

#include <QAbstractButton>

namespace pactesur {

class DashboardTile : public QAbstractButton
{
    Q_OBJECT
public:
    explicit DashboardTile(QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const { return m_value; }
    void setCaption(const QString &caption);
    QString caption() const { return m_caption; }
    void setNote(const QString &note);
    QString note() const { return m_note; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // As tall as its caption and note need at that width: a long translation takes lines
    // and the row of tiles grows, instead of cutting the note off (issue 18).
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updateAccessibility();

    QString m_value;
    QString m_caption;
    QString m_note;
    bool m_hovered = false;
};

} // namespace pactesur
