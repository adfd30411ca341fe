#include "import/ContractExport.h"

#include "sim/RawCsv.h"
#include "store/CsvExport.h"

namespace aitocracy::core {

Result<std::int64_t> exportContracts(const ProjectStore& store, const std::string& outPath)
{
    return exportQueryCsv(
        store.handle(),
        "SELECT contract_id, signed_date, unit_code, class, amount_yuan, buyer, supplier, matched_keywords "
        "FROM contracts ORDER BY signed_date, contract_id",
        "contract_id,date,unit_code,class,amount_yuan,buyer,supplier,matched_keywords", outPath,
        [](const Statement& s, std::string& line) {
            for (int c = 0; c < 8; ++c) {
                if (c > 0) line += ',';
                if (c == 4) {
                    if (const auto yuan = s.columnOptionalDouble(4)) sim::appendExactNumber(line, *yuan);
                } else {
                    sim::appendCsvField(line, s.columnText(c));
                }
            }
        });
}

}  // namespace aitocracy::core
