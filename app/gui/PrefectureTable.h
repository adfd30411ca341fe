#pragma once
// The sortable prefecture table: names, code, province and panel statistics per unit
// over the shared selection's time range (every period when the range is open), with a
// filter box. Selecting rows selects those units in the shared SelectionModel, and a
// selection made elsewhere (the map) selects the rows.
#include <QPointer>
#include <QWidget>
#include <memory>

#include "PanelAggregates.h"
#include "geo/Unit.h"
#include "panel/Panel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace aitocracy::gui {

class PrefectureFilterProxy;
class PrefectureTableModel;
class SelectionModel;

class PrefectureTable : public QWidget {
    Q_OBJECT
public:
    explicit PrefectureTable(QWidget* parent = nullptr);

    void setSelectionModel(SelectionModel* selection);
    void setUnits(std::shared_ptr<const core::UnitSet> units);
    // Shows the panel's unrest, contracts_* and amount_* columns unless setValueColumns chose others.
    void setPanel(std::shared_ptr<const core::Panel> panel);
    void setValueColumns(const QStringList& columns);
    void setAggregate(Aggregate aggregate);
    void setFilterText(const QString& text);

    [[nodiscard]] PrefectureTableModel* model() const { return model_; }
    [[nodiscard]] PrefectureFilterProxy* proxy() const { return proxy_; }
    [[nodiscard]] QTableView* view() const { return view_; }
    // Which periods the statistics cover, as shown above the table.
    [[nodiscard]] QString rangeText() const;

private:
    void updatePeriods();
    void rebuildColumnMenu();
    void selectRowsFromModel();
    void selectionFromRows();

    QPointer<SelectionModel> selection_;
    std::shared_ptr<const core::Panel> panel_;
    bool columnsChosen_ = false;  // setValueColumns or the menu overrode the default columns
    bool syncing_ = false;        // guards the two-way selection sync against feedback

    PrefectureTableModel* model_;
    PrefectureFilterProxy* proxy_;
    QLineEdit* filter_;
    QComboBox* aggregate_;
    QMenu* columnMenu_;
    QLabel* range_;
    QTableView* view_;
};

}  // namespace aitocracy::gui
