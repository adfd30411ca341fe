#pragma once
// The rows an import refused, as a table: file, line, column, reason, raw text. Line and
// column are numbers (so a proxy sorts them numerically); 0 shows as empty.
#include <QAbstractTableModel>
#include <vector>

#include "ImportOutcome.h"

namespace aitocracy::gui {

class RejectedRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { File, Line, ColumnNumber, Reason, Raw, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(std::vector<ImportRejectedRow> rows);
    [[nodiscard]] const std::vector<ImportRejectedRow>& rows() const { return rows_; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportRejectedRow> rows_;
};

}  // namespace aitocracy::gui
