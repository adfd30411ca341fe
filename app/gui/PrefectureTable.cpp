#include "PrefectureTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

#include "PanelColumnStyle.h"
#include "PanelPeriods.h"
#include "PrefectureFilterProxy.h"
#include "PrefectureTableModel.h"
#include "SelectionModel.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();

std::optional<std::int64_t> dayOf(QDate date)
{
    if (!date.isValid()) return std::nullopt;
    return date.toJulianDay() - kEpochJulianDay;
}

}  // namespace

PrefectureTable::PrefectureTable(QWidget* parent)
    : QWidget(parent),
      model_(new PrefectureTableModel(this)),
      proxy_(new PrefectureFilterProxy(this)),
      filter_(new QLineEdit(this)),
      aggregate_(new QComboBox(this)),
      columnMenu_(new QMenu(this)),
      range_(new QLabel(this)),
      view_(new QTableView(this))
{
    proxy_->setSourceModel(model_);
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(PrefectureTableModel::Code, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setHighlightSections(false);

    filter_->setPlaceholderText(tr("Filter by name or code (Chinese or English)"));
    filter_->setClearButtonEnabled(true);
    aggregate_->addItem(tr("Total"), static_cast<int>(Aggregate::Total));
    aggregate_->addItem(tr("Mean per period"), static_cast<int>(Aggregate::Mean));
    auto* columns = new QToolButton(this);
    columns->setText(tr("Columns"));
    columns->setMenu(columnMenu_);
    columns->setPopupMode(QToolButton::InstantPopup);

    auto* bar = new QHBoxLayout;
    bar->addWidget(filter_, 1);
    bar->addWidget(aggregate_);
    bar->addWidget(columns);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(range_);
    layout->addWidget(view_, 1);

    connect(filter_, &QLineEdit::textChanged, this, &PrefectureTable::setFilterText);
    connect(aggregate_, &QComboBox::currentIndexChanged, this,
            [this] { model_->setAggregate(static_cast<Aggregate>(aggregate_->currentData().toInt())); });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PrefectureTable::selectionFromRows);
    // A reset (new values, panel, units) drops the row selection, which is not the user
    // deselecting: ignore it, then put the rows back.
    connect(model_, &QAbstractItemModel::modelAboutToBeReset, this, [this] { syncing_ = true; });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        syncing_ = false;
        selectRowsFromModel();
    });
    updatePeriods();
}

void PrefectureTable::setSelectionModel(SelectionModel* selection)
{
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) {
        connect(selection_, &SelectionModel::selectionChanged, this, &PrefectureTable::selectRowsFromModel);
        connect(selection_, &SelectionModel::timeRangeChanged, this, &PrefectureTable::updatePeriods);
    }
    updatePeriods();
    selectRowsFromModel();
}

void PrefectureTable::setUnits(std::shared_ptr<const core::UnitSet> units)
{
    model_->setUnits(std::move(units));
}

void PrefectureTable::setPanel(std::shared_ptr<const core::Panel> panel)
{
    panel_ = std::move(panel);
    model_->setPanel(panel_);
    if (!columnsChosen_) {
        QStringList defaults;
        if (panel_)
            for (const core::PanelColumn& c : panel_->columns) {
                const QString name = QString::fromStdString(c.name);
                if (PanelColumnStyle::isCountSeries(name) || PanelColumnStyle::isAmount(name)) defaults << name;
            }
        model_->setValueColumns(defaults);
    }
    rebuildColumnMenu();
    updatePeriods();
}

void PrefectureTable::setValueColumns(const QStringList& columns)
{
    columnsChosen_ = true;
    model_->setValueColumns(columns);
    rebuildColumnMenu();
}

void PrefectureTable::setAggregate(Aggregate aggregate)
{
    aggregate_->setCurrentIndex(aggregate_->findData(static_cast<int>(aggregate)));
}

void PrefectureTable::setFilterText(const QString& text)
{
    if (filter_->text() != text) filter_->setText(text);  // re-enters through textChanged
    // Rows the filter hides leave the row selection; their units stay selected.
    const bool wasSyncing = std::exchange(syncing_, true);
    proxy_->setFilterText(text);
    syncing_ = wasSyncing;
    // Rows shown again have lost their highlight.
    selectRowsFromModel();
}

void PrefectureTable::rebuildColumnMenu()
{
    columnMenu_->clear();
    if (!panel_) return;
    for (const core::PanelColumn& c : panel_->columns) {
        const QString name = QString::fromStdString(c.name);
        QAction* action = columnMenu_->addAction(PanelColumnStyle::label(name));
        action->setToolTip(QString::fromStdString(c.description));
        action->setCheckable(true);
        action->setChecked(model_->valueColumns().contains(name));
        connect(action, &QAction::toggled, this, [this, name](bool on) {
            QStringList shown;
            // Keep the panel's column order, whatever the order of ticking.
            for (const core::PanelColumn& col : panel_->columns) {
                const QString n = QString::fromStdString(col.name);
                if (n == name ? on : model_->valueColumns().contains(n)) shown << n;
            }
            columnsChosen_ = true;
            model_->setValueColumns(shown);
        });
    }
}

void PrefectureTable::updatePeriods()
{
    const QDate from = selection_ ? selection_->timeFrom() : QDate();
    const QDate to = selection_ ? selection_->timeTo() : QDate();
    if (!panel_ || panel_->periodCount() == 0) {
        range_->setText(tr("No panel: build the panel of the project first."));
        return;
    }
    const PeriodSpan span = periodsOverlapping(*panel_, dayOf(from), dayOf(to));
    model_->setPeriods(span);
    if (span.empty()) {
        range_->setText(tr("No period of the panel lies in the selected time range."));
        return;
    }
    const QString first = QString::fromStdString(panel_->periodLabels[span.first]);
    const QString last = QString::fromStdString(panel_->periodLabels[span.last - 1]);
    const int n = static_cast<int>(span.last - span.first);
    range_->setText(from.isValid() || to.isValid()
                        ? tr("Over %1 – %2 (periods: %3)").arg(first, last).arg(n)
                        : tr("Over all periods, %1 – %2 (periods: %3)").arg(first, last).arg(n));
}

QString PrefectureTable::rangeText() const
{
    return range_->text();
}

void PrefectureTable::selectRowsFromModel()
{
    if (syncing_ || !selection_) return;
    syncing_ = true;
    QItemSelection rows;
    for (const QString& code : selection_->selectedCodes()) {
        const QModelIndex index = proxy_->mapFromSource(model_->index(model_->rowOf(code), 0));
        if (index.isValid()) rows.select(index, index);
    }
    view_->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    syncing_ = false;
}

void PrefectureTable::selectionFromRows()
{
    if (syncing_ || !selection_) return;
    // The filter hides rows, it does not deselect them: selected units the filter hides stay selected.
    QSet<QString> codes;
    for (const QString& code : selection_->selectedCodes()) {
        const QModelIndex index = proxy_->mapFromSource(model_->index(model_->rowOf(code), 0));
        if (!index.isValid()) codes.insert(code);
    }
    for (const QModelIndex& index : view_->selectionModel()->selectedRows())
        codes.insert(index.data(PrefectureTableModel::kCodeRole).toString());
    syncing_ = true;
    selection_->setSelectedCodes(codes);
    syncing_ = false;
}

}  // namespace aitocracy::gui
