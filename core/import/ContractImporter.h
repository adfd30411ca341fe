#pragma once
// Imports a researcher's procurement contracts table (DATA.md §3) into a project: reads
// it (UTF-8 or GB18030, detected or given), maps its columns, checks each row, places the
// buyer in a unit (BuyerResolver), classifies the contract by the project's rules
// (ContractClassifier) and stores it, all in one transaction: an error, a cancel or a
// killed process leaves the project as it was. Bad rows are refused with their line and
// reason and the rest imports; a contract id already in the project is left as it is, so
// re-importing a file changes nothing.
#include <map>
#include <optional>
#include <string>

#include "common/CancelToken.h"
#include "common/Error.h"
#include "import/ContractImportReport.h"
#include "store/ProjectStore.h"
#include "tabular/TextEncoding.h"

namespace aitocracy::core {

struct ContractImportOptions {
    std::optional<TextEncoding> encoding;          // unset: detected
    std::map<std::string, std::string> columnMap;  // field → column (ContractColumns.h)
    std::size_t maxRejectedRecorded = 1000;        // refused rows kept with their text
};

Result<ContractImportReport> importContracts(ProjectStore& store, const std::string& path,
                                             const ContractImportOptions& options, const CancelToken* cancel = nullptr);

}  // namespace aitocracy::core
