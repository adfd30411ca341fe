#include "import/ContractRow.h"

#include "import/ContractIdIndex.h"

#include "tabular/TextEncoding.h"
#include "tabular/ValueParsers.h"

namespace aitocracy::core {
namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

}  // namespace

void ContractRowReader::refuse(ContractRow& row, const CsvRecord& record, const char* kind, int column,
                               std::string reason) const
{
    row.problem = ContractRejected{record.line, column, std::move(reason)};
    row.problemKind = kind;
    row.raw.assign(record.text);
}

void ContractRowReader::read(const CsvRecord& record, ContractRow& row) const
{
    row.line = record.line;
    row.problem.reset();
    row.problemKind.clear();
    row.raw.clear();
    if (record.problem) return refuse(row, record, "encoding", 0, *record.problem);
    if (record.fields.size() != headerColumns_)
        return refuse(
            row, record, record.fields.size() < headerColumns_ ? "too_few_fields" : "too_many_fields", 0,
            std::to_string(record.fields.size()) + " fields; the header has " + std::to_string(headerColumns_));
    auto cell = [&](ContractField f) -> std::string_view {
        const auto c = columns_.of(f);
        return c ? trimmed(record.fields[*c]) : std::string_view();
    };
    auto columnOf = [&](ContractField f) { return static_cast<int>(*columns_.of(f) + 1); };
    row.id = cell(ContractField::Id);
    if (row.id.empty())
        return refuse(row, record, "missing_id", columnOf(ContractField::Id), "the contract id is empty");
    row.idHash = ContractIdIndex::hashOf(row.id);
    const std::string_view dateText = cell(ContractField::Date);
    const auto date = parseDate(dateText);
    if (!date)
        return refuse(row, record, "bad_date", columnOf(ContractField::Date),
                      "\"" + std::string(dateText) +
                          "\" is not a date (expected 2016-03-05, 2016/3/5, 20160305 or 2016年3月5日)");
    row.date = *date;
    row.amountYuan.reset();
    if (columns_.of(ContractField::Amount)) {
        const AmountParse amount = parseAmountYuan(cell(ContractField::Amount), columns_.amountMultiplier);
        if (!amount.ok) return refuse(row, record, "bad_amount", columnOf(ContractField::Amount), amount.error);
        row.amountYuan = amount.yuan;
    }
    row.buyer = cell(ContractField::Buyer);
    row.title = cell(ContractField::Title);
    for (const auto field : {ContractField::Buyer, ContractField::Title})
        if (looksLikeMojibake(cell(field)))
            return refuse(
                row, record, "mojibake", columnOf(field),
                "the text looks garbled (mojibake): the file may not be " + encodingName_ + "; try --encoding");
    row.regionCode = cell(ContractField::RegionCode);
    row.regionName = cell(ContractField::RegionName);
    row.supplier = cell(ContractField::Supplier);
    row.supplierId = cell(ContractField::SupplierId);
    row.placement = resolver_.resolve(row.regionCode, row.regionName, row.buyer);
    row.classification = classifier_.classify(row.buyer, row.title, row.supplier);
}

}  // namespace aitocracy::core
