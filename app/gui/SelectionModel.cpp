#include "SelectionModel.h"

#include <utility>

namespace aitocracy::gui {

SelectionModel::SelectionModel(QObject* parent) : QObject(parent) {}

void SelectionModel::setSelectedCodes(const QSet<QString>& codes)
{
    if (codes == codes_) return;
    codes_ = codes;
    Q_EMIT selectionChanged();
}

void SelectionModel::selectOnly(const QString& code)
{
    setSelectedCodes(QSet<QString>{code});
}

void SelectionModel::toggle(const QString& code)
{
    if (!codes_.remove(code)) codes_.insert(code);
    Q_EMIT selectionChanged();
}

void SelectionModel::clear()
{
    setSelectedCodes({});
}

void SelectionModel::setTimeRange(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && to < from) std::swap(from, to);
    if (from == from_ && to == to_) return;
    from_ = from;
    to_ = to;
    Q_EMIT timeRangeChanged();
}

}  // namespace aitocracy::gui
