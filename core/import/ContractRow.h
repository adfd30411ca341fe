#pragma once
// One contract as read from a researcher's table: its fields checked and converted, its
// buyer placed and its text classified — or the reason it is refused. Reading a row
// touches no project, so rows are prepared on one thread while another stores them.
#include <optional>
#include <string>

#include "contracts/BuyerResolver.h"
#include "contracts/ContractClassifier.h"
#include "import/ContractColumns.h"
#include "import/ContractImportReport.h"
#include "tabular/CsvReader.h"

namespace aitocracy::core {

struct ContractRow {
    std::int64_t line = 0;
    std::string id, date, buyer, regionCode, regionName, supplier, supplierId, title;
    std::uint32_t idHash = 0;  // ContractIdIndex::hashOf(id)
    std::optional<double> amountYuan;
    BuyerPlacement placement;
    Classification classification;
    // Set when the row is refused: why, a short kind for the counts, and its text.
    std::optional<ContractRejected> problem;
    std::string problemKind, raw;
};

class ContractRowReader {
public:
    ContractRowReader(const ContractColumns& columns, std::size_t headerColumns, std::string encodingName,
                      const BuyerResolver& resolver, const ContractClassifier& classifier)
        : columns_(columns),
          headerColumns_(headerColumns),
          encodingName_(std::move(encodingName)),
          resolver_(resolver),
          classifier_(classifier)
    {
    }

    // Fills `row` from `record` (every member is overwritten).
    void read(const CsvRecord& record, ContractRow& row) const;

private:
    void refuse(ContractRow& row, const CsvRecord& record, const char* kind, int column, std::string reason) const;

    const ContractColumns& columns_;
    std::size_t headerColumns_;
    std::string encodingName_;
    const BuyerResolver& resolver_;
    const ContractClassifier& classifier_;
};

}  // namespace aitocracy::core
