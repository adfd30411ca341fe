#pragma once
// The "Import history" dock: the open project's imports (kind, file, size, SHA-256,
// started, finished, status, counts), newest first; selecting one shows its counts and
// settings and the rows it refused, in the same report view as after an import. The
// project is opened on a worker (opening checks the whole file) and then kept open for
// the list and the refused rows, which are small indexed queries.
#include <QWidget>
#include <memory>
#include <vector>

#include "store/ImportRecord.h"

class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;
class QThreadPool;

namespace aitocracy::core {
class ProjectStore;
}

namespace aitocracy::gui {

class ImportReportView;

class ProvenancePanel : public QWidget {
    Q_OBJECT
public:
    explicit ProvenancePanel(QWidget* parent = nullptr);
    ~ProvenancePanel() override;
    static QString title() { return tr("Import history"); }

    // Lists the imports of the project at `path` (empty: none), once it is open.
    void setProject(const QString& path);
    [[nodiscard]] bool isOpening() const { return opening_; }
    // Reads the list again (after an import).
    void refresh();
    // Selects the import shown in `row` (0 = newest).
    void selectImport(int row);

    [[nodiscard]] QTableView* importsView() const { return table_; }
    [[nodiscard]] QPlainTextEdit* detailsView() const { return details_; }
    [[nodiscard]] ImportReportView* reportView() const { return report_; }

private:
    [[nodiscard]] static QString countsSummary(const std::string& countsJson);
    [[nodiscard]] static QString localTime(const std::string& isoUtc);
    void showImport(int row);
    void clearViews();

    QString path_;
    std::vector<core::ImportRecord> records_;  // newest first, as listed
    QLabel* message_;
    QStandardItemModel* model_;
    QTableView* table_;
    QPlainTextEdit* details_;
    ImportReportView* report_;
    QThreadPool* pool_;
    std::shared_ptr<core::ProjectStore> store_;  // null until opened
    int generation_ = 0;
    bool opening_ = false;
};

}  // namespace aitocracy::gui
