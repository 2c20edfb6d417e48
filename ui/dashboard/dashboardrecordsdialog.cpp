// SPDX-License-Identifier: EUPL-1.2
// The list a dashboard number opens: what the number counts, how many records are behind
// it, and those records, each of which opens in its section.
#include "dashboardrecordsdialog.h"

#include "dashboardformat.h"
#include "dashboardrecordsmodel.h"
#include "model/kinds.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pactesur {

DashboardRecordsDialog::DashboardRecordsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dashboardRecords"));
    m_model = new DashboardRecordsModel(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dashboardRecordsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardRecordsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    // Tab leaves the table (arrow keys move between cells): a keyboard user is not walked
    // through every cell to reach the next control.
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("dashboardRecordsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table, &QTableView::activated, this, &DashboardRecordsDialog::openCurrent);

    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("dashboardRecordsOpen"));
    m_open->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_open, &QPushButton::clicked, this, &DashboardRecordsDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_open->setEnabled(current.isValid()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    resize(760, 460);
    retranslateUi();
}

void DashboardRecordsDialog::showFigure(
    const Database &database, const Figure &figure, const QString &title)
{
    m_figure = figure;
    m_titleText = title;
    m_model->setFilter(&database, figure.records);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_open->setEnabled(false);
    retranslateUi();
    show();
    raise();
    activateWindow();
}

void DashboardRecordsDialog::clear()
{
    m_model->setFilter(nullptr, {});
    hide();
}

void DashboardRecordsDialog::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const QString id = m_model->targetId(current.row());
    if (!id.isEmpty())
        emit recordActivated(m_model->targetKind(), id);
}

void DashboardRecordsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DashboardRecordsDialog::updateSummary()
{
    const int records = int(m_model->totalCount());
    const KindSpec *kind = Kinds::find(m_figure.records.kind());
    const QString kindName = kind ? kind->translatedPluralLabel() : QString();
    if (m_figure.sumOf.isEmpty()) {
        m_summary->setText(tr("%n record(s) of the list “%1”.", nullptr, records).arg(kindName));
        return;
    }
    const FieldSpec *field = kind ? kind->field(m_figure.sumOf) : nullptr;
    m_summary->setText(tr("%1: %2, the sum over %n record(s) of the list “%3”.", nullptr, records)
                           .arg(field ? field->translatedLabel() : m_figure.sumOf,
                               dashboardformat::number(m_figure.value), kindName));
}

void DashboardRecordsDialog::retranslateUi()
{
    setWindowTitle(tr("Records behind a number"));
    m_title->setText(m_titleText);
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Open the selected record in its section"));
    m_table->setAccessibleName(m_titleText);
    const bool participation = m_figure.records.kind() == QLatin1String("participation");
    m_hint->setText(participation
            ? tr("Double-click a row to open its activity, where this participation is listed.")
            : tr("Double-click a record to open it in its section."));
    m_model->retranslate();
    updateSummary();
}

} // namespace pactesur
