// SPDX-License-Identifier: EUPL-1.2
#include "mailboxstatusline.h"

#include "util/localformat.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace pactesur {

namespace {

// The status bar keeps room for the database's path and the role beside the line.
constexpr int kMaxTextWidth = 440;
const QColor kWarningColour(0xb0, 0x1c, 0x1c);

QStringList strings(const QJsonValue &value)
{
    QStringList texts;
    for (const QJsonValue &item : value.toArray())
        texts << item.toString();
    return texts;
}

// A tooltip paragraph: a heading and its lines, escaped (file names and server messages).
QString paragraph(const QString &heading, const QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    const QString body = escaped.join(QStringLiteral("<br>"));
    return heading.isEmpty()
        ? QStringLiteral("<p>%1</p>").arg(body)
        : QStringLiteral("<p><b>%1</b><br>%2</p>").arg(heading.toHtmlEscaped(), body);
}

} // namespace

MailboxStatusLine::MailboxStatusLine(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_minute(new QTimer(this))
{
    setObjectName(QStringLiteral("mailboxStatus"));
    m_icon->setObjectName(QStringLiteral("mailboxStatusIcon"));
    m_text->setObjectName(QStringLiteral("mailboxStatusText"));
    // Rich text for the one link ("Mailbox not set"); every other text is escaped.
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_text, &QLabel::linkActivated, this, &MailboxStatusLine::settingsRequested);
    m_busy->setObjectName(QStringLiteral("mailboxBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(72, qMax(8, fontMetrics().height() - 4));
    m_cancel->setObjectName(QStringLiteral("mailboxCancel"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        emit cancelRequested();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    layout->addWidget(m_busy);
    layout->addWidget(m_cancel);

    // "Synced 2 min ago" stays true.
    m_minute->setInterval(60 * 1000);
    connect(m_minute, &QTimer::timeout, this, [this] {
        if (m_state == State::Idle)
            refresh();
    });
    m_minute->start();
    refresh();
}

void MailboxStatusLine::showNotSet()
{
    m_state = State::NotSet;
    refresh();
}

void MailboxStatusLine::showLastRound(const QJsonObject &round, const QStringList &notes)
{
    m_state = State::Idle;
    m_round = round;
    m_notes = notes;
    refresh();
}

void MailboxStatusLine::showSyncing(const QString &step)
{
    if (m_state != State::Syncing)
        m_cancel->setEnabled(true);
    m_state = State::Syncing;
    m_step = step;
    refresh();
}

void MailboxStatusLine::showError(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    refresh();
}

void MailboxStatusLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void MailboxStatusLine::refresh()
{
    setAccessibleName(tr("Mailbox"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync; the next one goes on from where it stopped"));
    m_busy->setAccessibleName(tr("Sync in progress"));
    m_busy->setVisible(m_state == State::Syncing);
    m_cancel->setVisible(m_state == State::Syncing);
    switch (m_state) {
    case State::NotSet:
        setLine(tr("Mailbox not set"), false,
            paragraph({},
                {tr("Packages are exchanged by hand. Set a mailbox (Settings ▸ "
                    "Mailbox…) to exchange them with your partners automatically.")}));
        m_text->setText(
            QStringLiteral("<a href=\"settings\">%1</a>").arg(m_message.toHtmlEscaped()));
        break;
    case State::Syncing:
        setLine(m_step.isEmpty() ? tr("Syncing…") : tr("Syncing · %1").arg(m_step), false,
            paragraph({},
                {tr("Exchanging packages with the mailbox. Cancel stops it; the next "
                    "sync goes on from there.")}));
        break;
    case State::Failed:
        setLine(m_error, true, paragraph(tr("The mailbox could not be synced"), {m_error}));
        break;
    case State::Idle:
        setLine(roundLine(), !strings(m_round.value(QStringLiteral("errors"))).isEmpty(),
            roundDetails());
        break;
    }
}

QString MailboxStatusLine::roundLine() const
{
    if (m_round.isEmpty())
        return tr("Mailbox set · not synced yet");
    const QStringList errors = strings(m_round.value(QStringLiteral("errors")));
    if (!errors.isEmpty())
        return errors.first();
    const QDateTime at
        = QDateTime::fromString(m_round.value(QStringLiteral("at")).toString(), Qt::ISODate);
    const int imported = m_round.value(QStringLiteral("imported")).toInt();
    const int sent = m_round.value(QStringLiteral("sent")).toInt();
    const int conflicts = m_round.value(QStringLiteral("conflicts")).toInt();
    const int rejected = m_round.value(QStringLiteral("rejected")).toInt();
    QStringList parts = {tr("Synced %1").arg(ago(at)),
        tr("%1, %2").arg(tr("%n package(s) in", nullptr, imported), tr("%n out", nullptr, sent))};
    if (conflicts > 0)
        parts << tr("%n new conflict(s)", nullptr, conflicts);
    if (rejected > 0)
        parts << tr("%n refused", nullptr, rejected);
    return parts.join(QStringLiteral(" · "));
}

QString MailboxStatusLine::roundDetails() const
{
    if (m_round.isEmpty())
        return paragraph({}, {tr("The mailbox has not been synced yet from this database.")});
    const QLocale locale;
    const QDateTime at
        = QDateTime::fromString(m_round.value(QStringLiteral("at")).toString(), Qt::ISODate);
    const auto count = [this](const char *key) {
        return QLocale().toString(m_round.value(QLatin1String(key)).toInt());
    };
    QString html = paragraph({},
        {tr("Last sync: %1").arg(LocalFormat::dateTime(at.toLocalTime(), locale)),
            tr("Packages imported: %1 (downloaded: %2), sent: %3; removed from the mailbox "
               "once every recipient had them: %4.")
                .arg(count("imported"), count("received"), count("sent"), count("removed")),
            tr("New conflicts: %1; packages refused: %2.")
                .arg(count("conflicts"), count("rejected"))});
    html += paragraph(tr("Problems"), strings(m_round.value(QStringLiteral("errors"))));
    html += paragraph(tr("Refused"), strings(m_round.value(QStringLiteral("refusals"))));
    html += paragraph(tr("Waiting"), strings(m_round.value(QStringLiteral("waiting"))) + m_notes);
    return html;
}

QString MailboxStatusLine::ago(const QDateTime &at) const
{
    if (!at.isValid())
        return tr("at an unknown time");
    const qint64 minutes = qMax<qint64>(0, at.secsTo(QDateTime::currentDateTimeUtc())) / 60;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return tr("on %1").arg(LocalFormat::date(at.toLocalTime().date()));
}

void MailboxStatusLine::setLine(const QString &text, bool warning, const QString &details)
{
    m_message = text;
    m_warning = warning;
    m_text->setText(
        m_text->fontMetrics().elidedText(text, Qt::ElideRight, kMaxTextWidth).toHtmlEscaped());
    QPalette palette = this->palette();
    if (warning)
        palette.setColor(QPalette::WindowText, kWarningColour);
    m_text->setPalette(palette);
    const QIcon icon = warning ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                               : QIcon(QStringLiteral(":/pactesur/icons/exchanges.svg"));
    m_icon->setPixmap(icon.pixmap(16, 16));
    // The tooltip explains the line; a screen reader gets the line whole.
    setToolTip(QStringLiteral("<qt>%1</qt>").arg(details));
    m_text->setAccessibleName(text);
}

} // namespace pactesur
