#include "RejectedRowsModel.h"

namespace aitocracy::gui {

void RejectedRowsModel::setRows(std::vector<ImportRejectedRow> rows)
{
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int RejectedRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const ImportRejectedRow& r = rows_[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
            case File:
                return r.file;
            case Line:
                return r.line > 0 ? QVariant(r.line) : QVariant();
            case ColumnNumber:
                return r.column > 0 ? QVariant(r.column) : QVariant();
            case Reason:
                return r.reason;
            case Raw:
                return role == Qt::DisplayRole ? QString(r.raw).replace(u'\n', u'⏎') : r.raw;
            default:
                return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Raw || index.column() == Reason))
        return index.column() == Raw ? r.raw : r.reason;
    if (role == Qt::TextAlignmentRole && (index.column() == Line || index.column() == ColumnNumber))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case File:
            return tr("File");
        case Line:
            return tr("Line");
        case ColumnNumber:
            return tr("Column");
        case Reason:
            return tr("Reason");
        case Raw:
            return tr("Raw text");
        default:
            return {};
    }
}

}  // namespace aitocracy::gui
