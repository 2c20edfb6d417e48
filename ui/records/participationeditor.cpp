// SPDX-License-Identifier: EUPL-1.2
// Who took part in one activity: a row per city (participants, women, officers) edited in
// place, with totals, in the detail panel of an activity.
#include "participationeditor.h"

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
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pactesur {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kCityRole = Qt::UserRole + 1;

const KindSpec &participation()
{
    return Kinds::get(QStringLiteral("participation"));
}

QString fieldOf(int column)
{
    switch (column) {
    case ParticipationEditor::ParticipantsColumn:
        return QStringLiteral("participants");
    case ParticipationEditor::WomenColumn:
        return QStringLiteral("women");
    case ParticipationEditor::OfficersColumn:
        return QStringLiteral("officers");
    default:
        return {};
    }
}

// Counts of people: a spin box from 0; the core still checks women <= participants etc.
class CountDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("participationSpin"));
        spin->setRange(0, 1000000);
        spin->setFrame(false);
        spin->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return spin;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toInt());
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }
};

} // namespace

ParticipationEditor::ParticipationEditor(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("participationEditor"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_table = new QTableWidget(0, ColumnCount, this);
    // Tab leaves the table (arrow keys move between cells): a keyboard user is not walked
    // through every cell to reach the next control.
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("participationTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->setItemDelegate(new CountDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CityColumn, QHeaderView::Stretch);
    for (int column = ParticipantsColumn; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setShowGrid(false);
    connect(m_table, &QTableWidget::itemChanged, this, &ParticipationEditor::itemChanged);
    connect(
        m_table, &QTableWidget::itemSelectionChanged, this, &ParticipationEditor::updateButtons);

    m_cityChoice = new QComboBox(this);
    m_cityChoice->setObjectName(QStringLiteral("participationCityChoice"));
    m_cityChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cityChoice->setMinimumContentsLength(10);
    // A visible label, not only an accessible name: on Linux a combo box is named by its
    // current text, and screen readers find what it is for through its label.
    m_cityLabel = new QLabel(this);
    m_cityLabel->setObjectName(QStringLiteral("participationCityLabel"));
    m_cityLabel->setBuddy(m_cityChoice);
    m_title->setBuddy(m_table);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("participationAdd"));
    connect(m_addButton, &QPushButton::clicked, this,
        [this] { addCity(m_cityChoice->currentData().toString()); });
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("participationRemove"));
    connect(
        m_removeButton, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });

    auto *removeAction = new QAction(this);
    removeAction->setObjectName(QStringLiteral("actionRemoveParticipation"));
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(removeAction, &QAction::triggered, this, [this] { removeRow(m_table->currentRow()); });
    m_table->addAction(removeAction);

    m_error = labels::warning(QStringLiteral("participationError"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cityLabel);
    buttons->addWidget(m_cityChoice, 1);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    // Queued: the write starts inside the table's own editing; reload once it is over.
    connect(&m_session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String("participation") || kind == QLatin1String("cities"))
            scheduleReload();
    });
    retranslateUi();
    new MnemonicKeeper(this, {m_title, m_cityLabel, m_addButton, m_removeButton});
}

void ParticipationEditor::setActivityId(const QString &activityId)
{
    m_activityId = activityId;
    reload();
}

int ParticipationEditor::cityRowCount() const
{
    return qMax(0, m_table->rowCount() - 1);
}

QString ParticipationEditor::participationId(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, CityColumn);
    return item ? item->data(kIdRole).toString() : QString();
}

QString ParticipationEditor::cityId(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, CityColumn);
    return item ? item->data(kCityRole).toString() : QString();
}

QString ParticipationEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ParticipationEditor::addCity(const QString &cityId)
{
    if (m_activityId.isEmpty() || cityId.isEmpty())
        return false;
    const Result<QString> created = m_session.createRecord(participation(),
        {{QStringLiteral("activity"), m_activityId}, {QStringLiteral("city"), cityId},
            {QStringLiteral("participants"), QStringLiteral("0")}});
    if (!created) {
        showError(created.error().message);
        return false;
    }
    showError({});
    return true;
}

bool ParticipationEditor::setValue(int row, Column column, int value)
{
    const QString id = participationId(row);
    const QString field = fieldOf(column);
    if (id.isEmpty() || field.isEmpty())
        return false;
    const Status status
        = m_session.editRecord(participation(), id, {{field, QString::number(value)}});
    if (!status) {
        showError(status.error().message);
        scheduleReload(); // back to what is stored: a refused edit never looks saved
        return false;
    }
    showError({});
    return true;
}

bool ParticipationEditor::removeRow(int row)
{
    const QString id = participationId(row);
    if (id.isEmpty())
        return false;
    const Status status = m_session.deleteRecord(participation(), id);
    if (!status) {
        showError(status.error().message);
        return false;
    }
    showError({});
    return true;
}

void ParticipationEditor::itemChanged(QTableWidgetItem *item)
{
    if (m_loading || item->column() == CityColumn)
        return;
    setValue(item->row(), Column(item->column()), item->data(Qt::EditRole).toInt());
}

void ParticipationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ParticipationEditor::retranslateUi()
{
    m_title->setText(tr("Participating cities"));
    m_table->setHorizontalHeaderLabels(
        {tr("City"), tr("Participants"), tr("Women"), tr("Officers")});
    m_table->setAccessibleName(tr("Participating cities"));
    m_cityChoice->setAccessibleName(tr("City to add"));
    m_cityLabel->setText(tr("City to add"));
    m_addButton->setText(tr("Add city"));
    m_addButton->setAccessibleName(tr("Add the chosen city to the participants"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setAccessibleName(tr("Remove the selected city's participation"));
    m_removeButton->setToolTip(tr("Remove the selected city's participation (Del)"));
    for (QAction *action : m_table->actions())
        action->setText(tr("Remove Participation"));
    reload();
}

void ParticipationEditor::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void ParticipationEditor::reload()
{
    m_loading = true;
    const QString selected = participationId(m_table->currentRow());
    m_table->setRowCount(0);
    m_cityChoice->clear();
    if (m_activityId.isEmpty()) {
        m_loading = false;
        updateButtons();
        return;
    }
    QSqlQuery query(m_session.database().sql());
    query.prepare(QStringLiteral(
        "SELECT c.id, c.name, p.id, p.participants, p.women, p.officers FROM city c "
        "LEFT JOIN participation p ON p.activity = ? AND +p.city = c.id AND p.deleted = 0 "
        "WHERE c.deleted = 0 ORDER BY c.name COLLATE NOCASE"));
    query.addBindValue(m_activityId);
    query.exec();
    qint64 totals[ColumnCount] = {};
    while (query.next()) {
        const QString cityName = query.value(1).toString();
        if (query.value(2).isNull()) {
            m_cityChoice->addItem(cityName, query.value(0).toString());
            continue;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *city = new QTableWidgetItem(cityName);
        city->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        city->setData(kIdRole, query.value(2).toString());
        city->setData(kCityRole, query.value(0).toString());
        m_table->setItem(row, CityColumn, city);
        for (int column = ParticipantsColumn; column < ColumnCount; ++column) {
            const QVariant stored = query.value(column + 2);
            auto *item = new QTableWidgetItem;
            // An unknown count stays empty rather than pretending to be zero.
            if (!stored.isNull()) {
                item->setData(Qt::EditRole, stored.toInt());
                totals[column] += stored.toLongLong();
            }
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        if (city->data(kIdRole).toString() == selected)
            m_table->selectRow(row);
    }
    const int totalRow = m_table->rowCount();
    m_table->insertRow(totalRow);
    auto *label = new QTableWidgetItem(tr("Total"));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(totalRow, CityColumn, label);
    for (int column = ParticipantsColumn; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(QLocale().toString(totals[column]));
        item->setFont(bold);
        item->setFlags(Qt::ItemIsEnabled);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(totalRow, column, item);
    }
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
    m_loading = false;
    updateButtons();
}

void ParticipationEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ParticipationEditor::updateButtons()
{
    m_addButton->setEnabled(m_cityChoice->count() > 0);
    m_cityChoice->setEnabled(m_cityChoice->count() > 0);
    const int row = m_table->currentRow();
    m_removeButton->setEnabled(row >= 0 && row < cityRowCount());
}

} // namespace pactesur
