#pragma once
// One row per unit: Chinese name, English name, code, province, then per chosen panel
// column its total (or mean) over a span of periods. The display role is formatted text;
// kSortRole holds the raw value (QString or double, NaN when missing) for sorting.
#include <QAbstractTableModel>
#include <QStringList>
#include <memory>
#include <vector>

#include "PanelAggregates.h"
#include "geo/Unit.h"
#include "panel/Panel.h"

namespace aitocracy::gui {

class PrefectureTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameZh, NameEn, Code, Province, FirstValue };
    static constexpr int kSortRole = Qt::UserRole;
    static constexpr int kCodeRole = Qt::UserRole + 1;

    explicit PrefectureTableModel(QObject* parent = nullptr);

    void setUnits(std::shared_ptr<const core::UnitSet> units);
    // Resets the period span to every period of the panel.
    void setPanel(std::shared_ptr<const core::Panel> panel);
    // Panel columns to show (those the panel lacks are skipped).
    void setValueColumns(const QStringList& columns);
    void setAggregate(Aggregate aggregate);
    void setPeriods(PeriodSpan periods);

    [[nodiscard]] const QStringList& valueColumns() const { return shownColumns_; }
    [[nodiscard]] Aggregate aggregate() const { return aggregate_; }
    [[nodiscard]] QString codeAt(int row) const;
    [[nodiscard]] int rowOf(const QString& code) const;  // -1 when absent
    [[nodiscard]] double valueAt(int row, int valueColumn) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void recompute();  // row mapping and values of the shown columns; signals a whole reset
    [[nodiscard]] QString formatted(double value, const QString& column) const;

    std::shared_ptr<const core::UnitSet> units_;
    std::shared_ptr<const core::Panel> panel_;
    QStringList wantedColumns_;
    QStringList shownColumns_;  // wantedColumns_ the panel has
    Aggregate aggregate_ = Aggregate::Total;
    PeriodSpan periods_;
    std::vector<std::ptrdiff_t> panelRow_;     // per row: the unit's index in the panel, -1 if absent
    std::vector<std::vector<double>> values_;  // [shown column][row]
};

}  // namespace aitocracy::gui
