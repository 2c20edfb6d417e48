// SPDX-License-Identifier: EUPL-1.2
// The member cities of one working group and their roles, edited in place in the detail panel.
#include "membershipeditor.h"

#include "model/kinds.h"
#include "session/session.h"
#include "store/database.h"
#include "widgets/labels.h"
#include "widgets/mnemonics.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pactesur {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kCityRole = Qt::UserRole + 1;

const KindSpec &memberships()
{
    return Kinds::get(QStringLiteral("memberships"));
}

QStringList roles()
{
    return memberships().field(QStringLiteral("role"))->choices;
}

} // namespace

MembershipEditor::MembershipEditor(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("membershipEditor"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_table = new QTableWidget(0, 2, this);
    // Tab leaves the table (arrow keys move between cells): a keyboard user is not walked
    // through every cell to reach the next control.
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("membershipTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setShowGrid(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembershipEditor::updateButtons);

    m_cityChoice = new QComboBox(this);
    m_cityChoice->setObjectName(QStringLiteral("membershipCityChoice"));
    m_cityChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cityChoice->setMinimumContentsLength(10);
    // A visible label, not only an accessible name: on Linux a combo box is named by its
    // current text, and screen readers find what it is for through its label.
    m_cityLabel = new QLabel(this);
    m_cityLabel->setObjectName(QStringLiteral("membershipCityLabel"));
    m_cityLabel->setBuddy(m_cityChoice);
    m_title->setBuddy(m_table);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("membershipAdd"));
    connect(m_addButton, &QPushButton::clicked, this,
        [this] { addCity(m_cityChoice->currentData().toString()); });
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("membershipRemove"));
    connect(
        m_removeButton, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });

    // Del removes the selected member while the table has the focus.
    auto *removeAction = new QAction(this);
    removeAction->setObjectName(QStringLiteral("actionRemoveMember"));
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(removeAction, &QAction::triggered, this, [this] { removeRow(m_table->currentRow()); });
    m_table->addAction(removeAction);

    m_error = labels::warning(QStringLiteral("membershipError"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cityLabel);
    buttons->addWidget(m_cityChoice, 1);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    // Queued: a write made from a role box must not delete that box while it is signalling.
    connect(&m_session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String("memberships") || kind == QLatin1String("cities"))
            scheduleReload();
    });
    retranslateUi();
    new MnemonicKeeper(this, {m_title, m_cityLabel, m_addButton, m_removeButton});
}

void MembershipEditor::setGroupId(const QString &groupId)
{
    m_groupId = groupId;
    reload();
}

QString MembershipEditor::membershipId(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item ? item->data(kIdRole).toString() : QString();
}

QString MembershipEditor::cityId(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item ? item->data(kCityRole).toString() : QString();
}

QComboBox *MembershipEditor::roleBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
}

QString MembershipEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool MembershipEditor::addCity(const QString &cityId, const QString &role)
{
    if (m_groupId.isEmpty() || cityId.isEmpty())
        return false;
    const Result<QString> created = m_session.createRecord(memberships(),
        {{QStringLiteral("group"), m_groupId}, {QStringLiteral("city"), cityId},
            {QStringLiteral("role"), role}});
    if (!created) {
        showError(created.error().message);
        return false;
    }
    showError({});
    return true;
}

bool MembershipEditor::setRole(int row, const QString &role)
{
    const QString id = membershipId(row);
    if (id.isEmpty())
        return false;
    const Status status = m_session.editRecord(memberships(), id, {{QStringLiteral("role"), role}});
    if (!status) {
        showError(status.error().message);
        scheduleReload(); // the box shows the stored role again
        return false;
    }
    showError({});
    return true;
}

bool MembershipEditor::removeRow(int row)
{
    const QString id = membershipId(row);
    if (id.isEmpty())
        return false;
    const Status status = m_session.deleteRecord(memberships(), id);
    if (!status) {
        showError(status.error().message);
        return false;
    }
    showError({});
    return true;
}

void MembershipEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MembershipEditor::retranslateUi()
{
    m_title->setText(tr("Member cities"));
    m_table->setHorizontalHeaderLabels({tr("City"), tr("Role")});
    m_table->setAccessibleName(tr("Member cities"));
    m_cityChoice->setAccessibleName(tr("City to add"));
    m_cityLabel->setText(tr("City to add"));
    m_addButton->setText(tr("Add city"));
    m_addButton->setAccessibleName(tr("Add the chosen city as a member"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setAccessibleName(tr("Remove the selected member city"));
    m_removeButton->setToolTip(tr("Remove the selected member city (Del)"));
    for (QAction *action : m_table->actions())
        action->setText(tr("Remove Member"));
    reload();
}

void MembershipEditor::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void MembershipEditor::reload()
{
    const QString selected = membershipId(m_table->currentRow());
    m_table->setRowCount(0);
    m_cityChoice->clear();
    if (m_groupId.isEmpty()) {
        updateButtons();
        return;
    }
    QSqlQuery query(m_session.database().sql());
    query.prepare(
        QStringLiteral("SELECT c.id, c.name, m.id, m.role FROM city c LEFT JOIN membership m "
                       "ON m.city = c.id AND m.\"group\" = ? AND m.deleted = 0 "
                       "WHERE c.deleted = 0 ORDER BY c.name COLLATE NOCASE"));
    query.addBindValue(m_groupId);
    query.exec();
    while (query.next()) {
        const QString cityId = query.value(0).toString();
        const QString cityName = query.value(1).toString();
        if (query.value(2).isNull()) {
            m_cityChoice->addItem(cityName, cityId);
            continue;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *item = new QTableWidgetItem(cityName);
        item->setData(kIdRole, query.value(2).toString());
        item->setData(kCityRole, cityId);
        m_table->setItem(row, 0, item);

        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("membershipRole"));
        box->setAccessibleName(tr("Role of %1").arg(cityName));
        for (const QString &role : roles())
            box->addItem(Kinds::choiceLabel(role), role);
        box->setCurrentIndex(qMax(0, box->findData(query.value(3).toString())));
        const QString id = query.value(2).toString();
        connect(box, &QComboBox::activated, this, [this, box, id] {
            for (int r = 0; r < m_table->rowCount(); ++r) {
                if (membershipId(r) == id)
                    setRole(r, box->currentData().toString());
            }
        });
        m_table->setCellWidget(row, 1, box);
        if (id == selected)
            m_table->selectRow(row);
    }
    // Tall enough for every member (a group has at most the fifteen cities): no inner scroll.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(qMax(height, m_table->horizontalHeader()->sizeHint().height() * 2));
    updateButtons();
}

void MembershipEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MembershipEditor::updateButtons()
{
    m_addButton->setEnabled(m_cityChoice->count() > 0);
    m_cityChoice->setEnabled(m_cityChoice->count() > 0);
    m_removeButton->setEnabled(m_table->currentRow() >= 0);
}

} // namespace pactesur
