#pragma once
// Sorts the prefecture table by its raw values (numbers as numbers, missing values last
// in either order) and keeps the rows whose Chinese or English name or code contains the
// filter text.
#include <QSortFilterProxyModel>

namespace aitocracy::gui {

class PrefectureFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PrefectureFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString text_;
};

}  // namespace aitocracy::gui
