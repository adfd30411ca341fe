#pragma once
// What an import did: its status, the counts by section, and the rows it refused in a
// sortable, filterable table that can be exported as CSV (RFC 4180, UTF-8) or copied.
// Used after an import and in the import history.
#include <QWidget>

#include "ImportOutcome.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace aitocracy::gui {

class RejectedRowsModel;

class ImportReportView : public QWidget {
    Q_OBJECT
public:
    explicit ImportReportView(QWidget* parent = nullptr);

    void setOutcome(const ImportOutcome& outcome);
    void clear();

    // The rejected rows as the table shows them (filtered, sorted), as CSV with a header
    // row, CRLF line ends, fields quoted when they hold a comma, quote or line break.
    [[nodiscard]] QString csvText() const;
    // Writes csvText() as UTF-8 to `path`; an error message, or empty.
    [[nodiscard]] QString exportCsv(const QString& path) const;
    void copyToClipboard() const;

    [[nodiscard]] QTreeWidget* countsView() const { return counts_; }
    [[nodiscard]] QTableView* rejectedView() const { return table_; }
    [[nodiscard]] QLineEdit* filterEdit() const { return filter_; }
    [[nodiscard]] QLabel* statusLabel() const { return status_; }

private:
    void chooseExportFile();

    QLabel* status_;
    QTreeWidget* counts_;
    QLineEdit* filter_;
    QLabel* shown_;
    QWidget* rejected_ = nullptr;  // filter bar and table
    QTableView* table_;
    RejectedRowsModel* model_;
    QSortFilterProxyModel* proxy_;
    QPushButton* export_;
    QPushButton* copy_;
};

}  // namespace aitocracy::gui
