// SPDX-License-Identifier: EUPL-1.2
// The right-hand panel of a list: every field of the selected record, and under them what
// belongs to it (members of a group, participation in an activity, a resource's file...).
#include "recorddetailpanel.h"

#include "util/localformat.h"

#include "attachmentactions.h"
#include "contactactions.h"
#include "membershipeditor.h"
#include "model/kinds.h"
#include "participationeditor.h"
#include "session/session.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTimer>
#include <QVBoxLayout>

namespace pactesur {

namespace {

// Values come from data other cities wrote: plain text only, never rich text (section 7).
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

// Counts of what refers to a city, by the list that shows them (CLI kind names).
struct RelatedCount
{
    const char *kind;
    const char *text; // in the context "pactesur::RecordDetailPanel"
    const char *sql;
};

const RelatedCount kRelated[] = {
    {"activities", QT_TRANSLATE_NOOP("pactesur::RecordDetailPanel", "Activities hosted: %1"),
        "SELECT COUNT(*) FROM activity WHERE host_city = ? AND deleted = 0"},
    {"sheets", QT_TRANSLATE_NOOP("pactesur::RecordDetailPanel", "Practice sheets: %1"),
        "SELECT COUNT(*) FROM sheet WHERE city = ? AND deleted = 0"},
    {"groups", QT_TRANSLATE_NOOP("pactesur::RecordDetailPanel", "Working groups as member: %1"),
        "SELECT COUNT(DISTINCT m.\"group\") FROM membership m JOIN work_group g "
        "ON g.id = m.\"group\" AND g.deleted = 0 WHERE m.city = ? AND m.deleted = 0"},
    {"contacts", QT_TRANSLATE_NOOP("pactesur::RecordDetailPanel", "Contacts: %1"),
        "SELECT COUNT(*) FROM contact WHERE city = ? AND deleted = 0"},
};

// Values longer than this take a row of their own, under their field's name.
constexpr int kLongValue = 40;

} // namespace

RecordDetailPanel::RecordDetailPanel(const KindSpec &kind, QWidget *parent)
    : QScrollArea(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("detailPanel_%1").arg(kind.name));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    retranslateUi();
    showHint();
}

void RecordDetailPanel::setDatabase(Database *database)
{
    m_database = database;
    showRecord({});
}

void RecordDetailPanel::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // Queued: the write may come from a button of this very panel, which a rebuild
        // replaces.
        connect(m_session, &Session::recordsChanged, this, [this](const QString &kind) {
            // A city's related counts follow the lists they count.
            static const QStringList counted = {QStringLiteral("activities"),
                QStringLiteral("sheets"), QStringLiteral("memberships"), QStringLiteral("groups"),
                QStringLiteral("contacts")};
            const bool related = m_kind.name == QLatin1String("cities") && counted.contains(kind);
            if ((kind != m_kind.name && !related) || m_rebuildPending)
                return;
            m_rebuildPending = true;
            QTimer::singleShot(0, this, [this] {
                m_rebuildPending = false;
                rebuild();
            });
        });
    }
    rebuild();
}

void RecordDetailPanel::showRecord(const QString &id)
{
    m_recordId = id;
    rebuild();
}

QString RecordDetailPanel::heading() const
{
    return m_heading ? m_heading->text() : QString();
}

void RecordDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}

void RecordDetailPanel::retranslateUi()
{
    setAccessibleName(tr("Details of the selected record"));
    rebuild();
}

void RecordDetailPanel::rebuild()
{
    if (m_recordId.isEmpty() || !m_database) {
        showHint();
        return;
    }
    const RecordStore store(*m_database);
    const std::optional<Record> record = store.get(m_kind, m_recordId);
    if (!record || record->deleted) {
        showHint();
        return;
    }

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(10);

    m_heading = valueLabel(record->value(m_kind.titleField).toString(), content);
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);
    for (const FieldSpec &field : m_kind.fields) {
        if (field.type == FieldType::Blob)
            continue;
        const QString text = store.displayText(field, record->value(field.name));
        // An em dash keeps empty fields visible without a sentence to translate.
        QLabel *value = valueLabel(text.isEmpty() ? QStringLiteral("—") : text, content);
        value->setObjectName(QStringLiteral("detail_%1").arg(field.name));
        value->setAccessibleName(field.translatedLabel());
        if (text.isEmpty())
            value->setForegroundRole(QPalette::PlaceholderText);
        auto *label = new QLabel(field.translatedLabel(), content);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setBuddy(value);
        // A long text reads under its name across the panel; beside a long translated name
        // ("Γεωγραφικό πλάτος") it would be a column of one word per line.
        if (text.size() > kLongValue) {
            form->addRow(label);
            form->addRow(value);
        } else {
            form->addRow(label, value);
        }
    }
    layout->addLayout(form);
    if (QWidget *section = createSection(content))
        layout->addWidget(section);

    const QDateTime changed = QDateTime::fromString(record->updatedAt, Qt::ISODate);
    if (changed.isValid()) {
        auto *stamp = new QLabel(
            tr("Last changed %1").arg(LocalFormat::dateTime(changed.toLocalTime())), content);
        stamp->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(stamp);
    }
    layout->addStretch(1);
    replaceContent(content);
}

void RecordDetailPanel::replaceContent(QWidget *content)
{
    // The old content may be running the slot that led here (a button of its own): it
    // goes once that is over. Reading on in the same record keeps the scroll position.
    const int scrolled = verticalScrollBar()->value();
    if (QWidget *old = takeWidget()) {
        old->hide();
        old->setParent(this); // dies with the panel at the latest, never outlives the session
        old->deleteLater();
    }
    setWidget(content);
    updateGeometry(); // the splitter learns the new content's minimum width
    if (m_heading)
        verticalScrollBar()->setValue(scrolled);
}

QSize RecordDetailPanel::minimumSizeHint() const
{
    // Never narrower than the content: a horizontal scroll bar would cut the participation
    // table and its buttons in half, and people do not look for it (issue 18).
    QSize size = QScrollArea::minimumSizeHint();
    size.setWidth(std::max(size.width(), 260));
    if (const QWidget *content = widget()) {
        const int needed = content->minimumSizeHint().width()
            + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
        size.setWidth(std::max(size.width(), needed));
    }
    return size;
}

QWidget *RecordDetailPanel::createSection(QWidget *parent)
{
    if (m_kind.name == QLatin1String("cities"))
        return createRelated(parent);
    if (!m_session)
        return nullptr;
    if (m_kind.name == QLatin1String("groups")) {
        auto *editor = new MembershipEditor(*m_session, parent);
        editor->setGroupId(m_recordId);
        return editor;
    }
    if (m_kind.name == QLatin1String("activities")) {
        auto *editor = new ParticipationEditor(*m_session, parent);
        editor->setActivityId(m_recordId);
        return editor;
    }
    if (m_kind.name == QLatin1String("resources")) {
        auto *actions = new AttachmentActions(*m_session, parent);
        actions->setResourceId(m_recordId);
        return actions;
    }
    if (m_kind.name == QLatin1String("contacts")) {
        auto *actions = new ContactActions(*m_session, parent);
        actions->setContactId(m_recordId);
        return actions;
    }
    return nullptr;
}

QWidget *RecordDetailPanel::createRelated(QWidget *parent)
{
    auto *section = new QWidget(parent);
    section->setObjectName(QStringLiteral("relatedSection"));
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QLabel *title = sectionTitle(section);
    title->setText(tr("Related"));
    layout->addWidget(title);
    const QString cityId = m_recordId;
    for (const RelatedCount &related : kRelated) {
        QSqlQuery query(m_database->sql());
        query.prepare(QString::fromLatin1(related.sql));
        query.addBindValue(cityId);
        const qint64 count = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
        const QString text = tr(related.text).arg(QLocale().toString(count));
        auto *link = new QPushButton(text, section);
        link->setObjectName(QStringLiteral("related_%1").arg(QLatin1String(related.kind)));
        link->setAccessibleName(text);
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        link->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 0;"));
        link->setProperty("count", count);
        const QString kind = QLatin1String(related.kind);
        connect(link, &QPushButton::clicked, this,
            [this, kind, cityId] { emit openRelated(kind, cityId); });
        layout->addWidget(link);
    }
    return section;
}

void RecordDetailPanel::showHint()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *hint = new QLabel(tr("Select a record to see all its details."), content);
    hint->setObjectName(QStringLiteral("detailHint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    m_heading = nullptr;
    replaceContent(content);
}

} // namespace pactesur
