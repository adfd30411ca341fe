#pragma once
// What an import did, in one shape for every importer, as the report view shows it:
// counts grouped by section, and the rows it refused with their raw text.
#include <QCoreApplication>
#include <QString>
#include <vector>

#include "import/ContractImportReport.h"
#include "import/GdeltReport.h"
#include "import/TableReport.h"
#include "store/RejectedRow.h"

namespace aitocracy::gui {

struct ImportCount {
    QString section;  // e.g. "Rejected by kind"; empty for the main counts
    QString label;
    qint64 value = 0;
};

struct ImportRejectedRow {
    QString file;
    qint64 line = 0;    // 1-based; 0: none
    qint64 column = 0;  // 1-based; 0: the whole row
    QString reason;
    QString raw;
};

enum class ImportStatus { Ok, Cancelled, Failed };

struct ImportOutcome {
    QString title;  // "Contracts — file.csv"
    ImportStatus status = ImportStatus::Ok;
    QString error;  // Failed: the importer's message
    std::vector<ImportCount> counts;
    std::vector<ImportRejectedRow> rejected;
};

// Turns each importer's report into an ImportOutcome (labels translated).
class ImportSummary {
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)
public:
    static std::vector<ImportCount> contractCounts(const core::ContractImportReport& report);
    // Words for the importers' keys: a rejection kind ("bad_date"), a buyer placement rule
    // ("region_code"), a GDELT ActionGeo_Type. An unknown key is shown as it is.
    [[nodiscard]] static QString rejectionLabel(const QString& kind);
    [[nodiscard]] static QString placementLabel(const QString& rule);
    [[nodiscard]] static QString geoTypeLabel(int type);
    static std::vector<ImportCount> gdeltCounts(const core::GdeltCounts& counts);
    static std::vector<ImportCount> tableCounts(const core::TableImportReport& report);
    // The counts JSON of a provenance record (imports.counts_json), flattened: nested
    // objects become sections.
    static std::vector<ImportCount> countsFromJson(const QString& json);
    static ImportRejectedRow rejectedRow(const core::RejectedRow& row, const QString& file);
    static QString kindLabel(const QString& kindName);  // "contracts" → "Contracts"
};

}  // namespace aitocracy::gui
