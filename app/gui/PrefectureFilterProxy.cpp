#include "PrefectureFilterProxy.h"

#include <cmath>

#include "PrefectureTableModel.h"

namespace aitocracy::gui {

PrefectureFilterProxy::PrefectureFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PrefectureTableModel::kSortRole);
    setSortLocaleAware(true);
}

void PrefectureFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == text_) return;
    text_ = trimmed;
    invalidateFilter();
}

bool PrefectureFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (text_.isEmpty()) return true;
    for (const int column : {PrefectureTableModel::NameZh, PrefectureTableModel::NameEn, PrefectureTableModel::Code}) {
        const QString value = sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (value.contains(text_, Qt::CaseInsensitive)) return true;
    }
    return false;
}

bool PrefectureFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() != QMetaType::Double || r.typeId() != QMetaType::Double)
        return QSortFilterProxyModel::lessThan(left, right);
    const double a = l.toDouble();
    const double b = r.toDouble();
    const bool descending = sortOrder() == Qt::DescendingOrder;
    // Missing values sink to the bottom whichever way the column is sorted: Qt reverses
    // lessThan for a descending sort, so there a missing value must compare smallest.
    if (std::isnan(a) != std::isnan(b)) return std::isnan(a) == descending;
    return a < b;
}

}  // namespace aitocracy::gui
