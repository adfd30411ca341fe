#include "import/ContractColumns.h"

#include <algorithm>
#include <cctype>

#include "tabular/ValueParsers.h"

namespace aitocracy::core {
namespace {

struct FieldNames {
    ContractField field;
    const char* name;
    bool required;
    std::vector<std::string_view> aliases;  // compared after normalize()
};

// Header names seen on Chinese procurement portals and in English exports. Order
// matters within a field: the first alias found in the header wins.
const std::vector<FieldNames>& fieldNames()
{
    static const std::vector<FieldNames> names = {
        {ContractField::Id,
         "contract_id",
         true,
         {"contract_id", "合同编号", "合同编码", "合同号", "项目编号", "采购项目编号", "id", "contract_no", "编号"}},
        {ContractField::Date,
         "date",
         true,
         {"date", "signed_date", "签订日期", "合同签订日期", "签署日期", "成交日期", "中标日期", "公告日期", "发布日期",
          "合同日期"}},
        {ContractField::Buyer,
         "buyer",
         true,
         {"buyer", "采购人", "采购单位", "采购人名称", "采购单位名称", "甲方", "purchaser"}},
        {ContractField::RegionCode,
         "buyer_region_code",
         false,
         {"buyer_region_code", "region_code", "行政区划代码", "区划代码", "行政区划编码", "行政区域代码", "地区代码"}},
        {ContractField::RegionName,
         "buyer_region_name",
         false,
         {"buyer_region_name", "region_name", "region", "行政区划名称", "行政区划", "区划名称", "行政区域", "所属地区",
          "地区"}},
        {ContractField::Supplier,
         "supplier",
         false,
         {"supplier", "中标供应商", "成交供应商", "供应商", "供应商名称", "中标人", "乙方", "winner"}},
        {ContractField::SupplierId,
         "supplier_id",
         false,
         {"supplier_id", "统一社会信用代码", "供应商统一社会信用代码", "信用代码", "credit_code"}},
        {ContractField::Amount,
         "amount",
         false,
         {"amount", "amount_yuan", "合同金额", "中标金额", "成交金额", "金额", "合同总金额", "value"}},
        {ContractField::Title,
         "title",
         true,
         {"title", "项目名称", "合同名称", "采购项目名称", "标题", "project_name", "description"}},
    };
    return names;
}

// Header text without its unit in brackets ("合同金额(万元)" → "合同金额"), spaces and
// ASCII case.
std::string normalize(std::string_view header)
{
    std::string s(header);
    for (const std::string_view open : {"(", "（", "["}) {
        const auto at = s.find(open);
        if (at != std::string::npos && at > 0) s.erase(at);
    }
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\t') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string listNames(const std::vector<std::string>& header)
{
    std::string out;
    for (const auto& h : header) out += (out.empty() ? "" : ", ") + h;
    return out.empty() ? "(none)" : out;
}

}  // namespace

std::string_view contractFieldName(ContractField field)
{
    return fieldNames()[static_cast<std::size_t>(field)].name;
}

std::optional<ContractField> contractFieldFromName(std::string_view name)
{
    for (const auto& f : fieldNames())
        if (name == f.name) return f.field;
    return std::nullopt;
}

std::map<std::string, std::string> ContractColumns::describe(const std::vector<std::string>& header) const
{
    std::map<std::string, std::string> out;
    for (const auto& f : fieldNames())
        if (const auto c = of(f.field)) out[f.name] = header[*c];
    return out;
}

bool contractFieldRequired(ContractField field)
{
    return fieldNames()[static_cast<std::size_t>(field)].required;
}

ContractColumnMatch matchContractColumns(const std::vector<std::string>& header,
                                         const std::map<std::string, std::string>& explicitMap)
{
    ContractColumnMatch match;
    ContractColumns& m = match.columns;
    auto problem = [&](std::string message) {
        if (!match.mapProblem) match.mapProblem = Error{"format", std::move(message), {}};
    };
    std::vector<std::string> normalized;
    for (const auto& h : header) normalized.push_back(normalize(h));
    auto columnNamed = [&](std::string_view name) -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name) return i;
        return std::nullopt;
    };
    for (const auto& [fieldName, columnName] : explicitMap) {
        const auto field = contractFieldFromName(fieldName);
        if (!field) {
            problem("--map names no field \"" + fieldName +
                    "\"; the fields are contract_id, date, buyer, buyer_region_code, buyer_region_name, supplier, "
                    "supplier_id, amount, title");
            continue;
        }
        const auto column = columnNamed(columnName);
        if (!column) {
            problem("--map " + fieldName + "=" + columnName + ": the file has no such column; its columns are " +
                    listNames(header));
            continue;
        }
        m.column[static_cast<std::size_t>(*field)] = column;
    }
    auto taken = [&](std::size_t column) {
        return std::find(m.column.begin(), m.column.end(), std::optional(column)) != m.column.end();
    };
    for (const auto& f : fieldNames()) {
        auto& slot = m.column[static_cast<std::size_t>(f.field)];
        for (std::size_t a = 0; !slot && a < f.aliases.size(); ++a)
            for (std::size_t i = 0; i < header.size(); ++i)
                if (normalized[i] == f.aliases[a] && !taken(i)) {
                    slot = i;
                    break;
                }
    }
    return match;
}

Result<ContractColumns> mapContractColumns(const std::vector<std::string>& header,
                                           const std::map<std::string, std::string>& explicitMap)
{
    auto match = matchContractColumns(header, explicitMap);
    if (match.mapProblem) return std::unexpected(*match.mapProblem);
    ContractColumns& m = match.columns;
    for (const auto& f : fieldNames()) {
        if (!f.required || m.of(f.field)) continue;
        std::string known;
        for (const auto alias : f.aliases) known += (known.empty() ? "" : ", ") + std::string(alias);
        return fail("format", std::string("no column for the required field ") + f.name +
                                  " (recognised names: " + known + "; or name it with --map " + f.name +
                                  "=COLUMN); the file's columns are " + listNames(header));
    }
    for (std::size_t a = 0; a < kContractFieldCount; ++a)
        for (std::size_t b = a + 1; b < kContractFieldCount; ++b)
            if (m.column[a] && m.column[a] == m.column[b])
                return fail("format", "fields " + std::string(fieldNames()[a].name) + " and " + fieldNames()[b].name +
                                          " both read column " + header[*m.column[a]]);
    if (const auto amount = m.of(ContractField::Amount))
        m.amountMultiplier = amountMultiplierFromHeader(header[*amount]);
    return m;
}

}  // namespace aitocracy::core
