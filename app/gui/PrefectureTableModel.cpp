#include "PrefectureTableModel.h"

#include <QHash>
#include <QLocale>
#include <cmath>

#include "PanelColumnStyle.h"

namespace aitocracy::gui {

PrefectureTableModel::PrefectureTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PrefectureTableModel::setUnits(std::shared_ptr<const core::UnitSet> units)
{
    units_ = std::move(units);
    recompute();
}

void PrefectureTableModel::setPanel(std::shared_ptr<const core::Panel> panel)
{
    panel_ = std::move(panel);
    periods_ = {0, panel_ ? panel_->periodCount() : 0};
    recompute();
}

void PrefectureTableModel::setValueColumns(const QStringList& columns)
{
    wantedColumns_ = columns;
    recompute();
}

void PrefectureTableModel::setAggregate(Aggregate aggregate)
{
    if (aggregate == aggregate_) return;
    aggregate_ = aggregate;
    recompute();
}

void PrefectureTableModel::setPeriods(PeriodSpan periods)
{
    if (periods.first == periods_.first && periods.last == periods_.last) return;
    periods_ = periods;
    recompute();
}

void PrefectureTableModel::recompute()
{
    beginResetModel();
    const std::size_t rows = units_ ? units_->units.size() : 0;
    panelRow_.assign(rows, -1);
    shownColumns_.clear();
    values_.clear();
    if (panel_) {
        QHash<QString, std::ptrdiff_t> indexOf;
        for (std::size_t u = 0; u < panel_->unitCount(); ++u)
            indexOf.insert(QString::fromStdString(panel_->unitCodes[u]), static_cast<std::ptrdiff_t>(u));
        for (std::size_t r = 0; r < rows; ++r)
            panelRow_[r] = indexOf.value(QString::fromStdString(units_->units[r].code), -1);
        for (const QString& name : std::as_const(wantedColumns_)) {
            const core::PanelColumn* column = panel_->column(name.toStdString());
            if (!column) continue;
            const std::vector<double> perUnit = unitAggregates(*panel_, *column, periods_, aggregate_);
            std::vector<double> perRow(rows, core::Panel::kMissing);
            for (std::size_t r = 0; r < rows; ++r)
                if (panelRow_[r] >= 0) perRow[r] = perUnit[static_cast<std::size_t>(panelRow_[r])];
            shownColumns_ << name;
            values_.push_back(std::move(perRow));
        }
    }
    endResetModel();
}

QString PrefectureTableModel::codeAt(int row) const
{
    if (!units_ || row < 0 || row >= rowCount()) return {};
    return QString::fromStdString(units_->units[static_cast<std::size_t>(row)].code);
}

int PrefectureTableModel::rowOf(const QString& code) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (codeAt(r) == code) return r;
    return -1;
}

double PrefectureTableModel::valueAt(int row, int valueColumn) const
{
    return values_[static_cast<std::size_t>(valueColumn)][static_cast<std::size_t>(row)];
}

int PrefectureTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !units_ ? 0 : static_cast<int>(units_->units.size());
}

int PrefectureTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstValue + static_cast<int>(shownColumns_.size());
}

QString PrefectureTableModel::formatted(double value, const QString& column) const
{
    if (std::isnan(value)) return QStringLiteral("—");
    // Totals of counts and yuan are whole numbers; means get two decimals.
    const bool whole = aggregate_ == Aggregate::Total || PanelColumnStyle::isAmount(column);
    return QLocale().toString(value, 'f', whole && value == std::floor(value) ? 0 : 2);
}

QVariant PrefectureTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !units_) return {};
    const core::Unit& unit = units_->units[static_cast<std::size_t>(index.row())];
    if (role == kCodeRole) return QString::fromStdString(unit.code);
    const int column = index.column();
    if (column >= FirstValue) {
        const int v = column - FirstValue;
        const double value = valueAt(index.row(), v);
        if (role == Qt::DisplayRole) return formatted(value, shownColumns_[v]);
        if (role == kSortRole) return value;
        if (role == Qt::TextAlignmentRole) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != kSortRole) return {};
    switch (column) {
        case NameZh:
            return QString::fromStdString(unit.nameZh);
        case NameEn:
            return QString::fromStdString(unit.nameEn);
        case Code:
            return QString::fromStdString(unit.code);
        case Province:
            return QString::fromStdString(unit.provinceNameZh);
        default:
            return {};
    }
}

QVariant PrefectureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstValue && section < columnCount()) {
        const QString& name = shownColumns_[section - FirstValue];
        if (role == Qt::DisplayRole)
            return PanelColumnStyle::isAmount(name) ? tr("%1 (yuan)").arg(PanelColumnStyle::label(name))
                                                    : PanelColumnStyle::label(name);
        if (role == Qt::ToolTipRole && panel_)
            if (const core::PanelColumn* c = panel_->column(name.toStdString()))
                return QString::fromStdString(c->description);
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case NameZh:
            return tr("Name (Chinese)");
        case NameEn:
            return tr("Name (English)");
        case Code:
            return tr("Code");
        case Province:
            return tr("Province");
        default:
            return {};
    }
}

}  // namespace aitocracy::gui
