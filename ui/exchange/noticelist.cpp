// SPDX-License-Identifier: EUPL-1.2
#include "noticelist.h"

#include "util/localformat.h"

#include "exchange/notices.h"
#include "session/session.h"
#include "store/database.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pactesur {

namespace {
// An import adds at most Notices::kMaxPerImport; past this many the summary says so.
constexpr int kShown = 200;

// As tall as its rows at its width, up to 14 lines (three or four notices): the conflicts
// above keep most of the room. QScrollArea's own hint keeps the rows' hint of when it was
// first asked, up to 24 lines.
class RowsArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize sizeHint() const override
    {
        const QWidget *rows = widget();
        const int width = this->width() - 2 * frameWidth();
        const int needed = rows->hasHeightForWidth() && width > 0 ? rows->heightForWidth(width)
                                                                  : rows->sizeHint().height();
        const int lines = fontMetrics().height() * 14;
        return {QScrollArea::sizeHint().width(), qMin(needed, lines) + 2 * frameWidth()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        // Narrower rows wrap into more lines; the height never changes the width, so no loop.
        if (event->size().width() != event->oldSize().width())
            updateGeometry();
    }
};
} // namespace

NoticeList::NoticeList(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("noticeList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("noticeHeading"));
    QFont font = m_heading->font();
    font.setBold(true);
    m_heading->setFont(font);
    m_dismissAll = new QPushButton(this);
    m_dismissAll->setObjectName(QStringLiteral("noticeDismissAll"));
    connect(m_dismissAll, &QPushButton::clicked, this, &NoticeList::dismissAll);
    top->addWidget(m_heading, 1);
    top->addWidget(m_dismissAll);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("noticeSummary"));
    m_summary->setWordWrap(true);
    m_scroll = new RowsArea(this);
    m_scroll->setObjectName(QStringLiteral("noticeRows"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *rows = new QWidget(m_scroll);
    m_rows = new QVBoxLayout(rows);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->addStretch(1);
    m_scroll->setWidget(rows);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);
    retranslateUi();
}

void NoticeList::refresh()
{
    const Database &db = m_session.database();
    // Keyboard users dismissing one after another stay on the same row.
    int focusRow = -1;
    for (int i = 0; i < m_rows->count() - 1; ++i) {
        if (m_rows->itemAt(i)->widget()->isAncestorOf(QWidget::focusWidget()))
            focusRow = i;
    }
    // Later, not now: this may run while a Dismiss button of an old row is still emitting.
    while (m_rows->count() > 1) {
        QLayoutItem *item = m_rows->takeAt(0);
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    const QList<Notice> notices = Notices::list(db, kShown);
    m_listed.clear();
    for (const Notice &notice : notices) {
        QWidget *added = row(notice, int(m_listed.size()));
        m_rows->insertWidget(int(m_listed.size()), added);
        added->show(); // now, not on the layout's queued show: the focus may go to it below
        m_listed << notice.id;
    }
    if (focusRow >= 0 && !m_listed.isEmpty()) {
        QWidget *next = m_rows->itemAt(qMin(focusRow, int(m_listed.size()) - 1))->widget();
        next->findChild<QPushButton *>(QStringLiteral("noticeDismiss"))->setFocus();
    }
    const int count = Notices::count(db);
    setVisible(count > 0);
    m_scroll->updateGeometry();
    const bool changed = count != m_count;
    m_count = count;
    retranslateUi();
    if (changed)
        emit countChanged(count);
}

QWidget *NoticeList::row(const Notice &notice, int index)
{
    auto *frame = new QFrame(m_scroll->widget());
    frame->setObjectName(QStringLiteral("notice%1").arg(index));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(frame);
    auto *texts = new QVBoxLayout;
    const QDateTime at = QDateTime::fromString(notice.at, Qt::ISODate).toLocalTime();
    auto *date = new QLabel(LocalFormat::dateTime(at), frame);
    date->setObjectName(QStringLiteral("noticeDate"));
    date->setTextFormat(Qt::PlainText);
    date->setForegroundRole(QPalette::PlaceholderText);
    const QString sentence = Notices::describe(m_session.database(), notice);
    auto *text = new QLabel(sentence, frame);
    text->setObjectName(QStringLiteral("noticeText"));
    text->setTextFormat(Qt::PlainText); // titles and names come from packages
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(date);
    texts->addWidget(text);
    auto *dismiss = new QPushButton(tr("Dismiss"), frame);
    dismiss->setObjectName(QStringLiteral("noticeDismiss"));
    dismiss->setAccessibleName(tr("Dismiss this notice"));
    dismiss->setAccessibleDescription(sentence);
    connect(dismiss, &QPushButton::clicked, this, [this, id = notice.id] { this->dismiss(id); });
    layout->addLayout(texts, 1);
    layout->addWidget(dismiss, 0, Qt::AlignVCenter);
    return frame;
}

bool NoticeList::dismiss(const QString &noticeId)
{
    const Status status = Notices::dismiss(m_session.database(), noticeId);
    refresh();
    if (!status)
        emit errorOccurred(status.error().message);
    return bool(status);
}

bool NoticeList::dismissAll()
{
    const Database &db = m_session.database();
    Status status;
    {
        Transaction transaction(db);
        for (const QString &id : std::as_const(m_listed)) {
            status = Notices::dismiss(db, id);
            if (!status)
                break;
        }
        if (status)
            status = transaction.commit();
    }
    refresh();
    if (!status)
        emit errorOccurred(status.error().message);
    return bool(status);
}

void NoticeList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the sentences, the dates and the buttons
    QWidget::changeEvent(event);
}

void NoticeList::retranslateUi()
{
    const int count = qMax(m_count, 0);
    m_heading->setText(tr("Refused changes (%1)").arg(QLocale().toString(count)));
    m_summary->setText(count > kShown
            ? tr("%n change(s) were not applied because the ownership rules refuse them; the "
                 "%1 most recent are listed.",
                nullptr, count)
                  .arg(QLocale().toString(kShown))
            : tr("%n change(s) were not applied because the ownership rules refuse them. "
                 "Dismiss a notice once you have read it.",
                nullptr, count));
    m_dismissAll->setText(tr("Dismiss All"));
    m_dismissAll->setAccessibleName(tr("Dismiss all the listed notices"));
    m_dismissAll->setVisible(m_listed.size() > 1);
    m_scroll->setAccessibleName(tr("Refused changes"));
}

} // namespace pactesur
