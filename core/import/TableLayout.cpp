#include "import/TableLayout.h"

#include <string>

namespace aitocracy::core {
namespace {

// Aliases: the names Chinese statistical yearbooks, CNRDS/CSMAR exports and weather
// services commonly use for the same quantity.
const TableLayout kFirms{
    TableKind::Firms,
    "firms",
    {"firm_id", "name", "is_ai"},
    {{"firm_id", {"firmid", "firm", "企业代码", "企业编号", "企业id", "公司代码", "统一社会信用代码"}},
     {"name", {"firm_name", "firmname", "企业名称", "公司名称", "名称"}},
     {"is_ai", {"ai", "ai_firm", "是否ai企业", "是否人工智能企业", "人工智能企业"}}},
    1};

const TableLayout kSoftware{
    TableKind::Software,
    "software_output",
    {"firm_id", "year", "software_total", "software_government", "software_commercial"},
    {{"firm_id", {"firmid", "firm", "企业代码", "企业编号", "企业id", "公司代码", "统一社会信用代码"}},
     {"year", {"年份", "年度", "年"}},
     {"software_total", {"software", "软件著作权", "软件著作权数", "软件著作权数量", "软件著作权总数", "软著数量"}},
     {"software_government", {"政府软件著作权", "政府类软件著作权", "政府软件著作权数", "政府软件"}},
     {"software_commercial", {"商业软件著作权", "商业类软件著作权", "商业软件著作权数", "商业软件"}}},
    2};

const TableLayout kWeather{
    TableKind::Weather,
    "weather",
    {"unit_code", "date", "rain_mm", "temp_c"},
    {{"prefecture_code", {"unit_code", "code", "城市代码", "地区代码", "行政区划代码", "区划代码"}},
     {"date", {"日期"}},
     {"rain_mm", {"rain", "precipitation", "降水量", "降水", "降雨量"}},
     {"temp_c", {"temp", "temperature", "气温", "平均气温", "温度"}}},
    2};

const TableLayout kCovariates{
    TableKind::Covariates,
    "covariates",
    {"unit_code", "period", "name", "value"},
    {{"prefecture_code", {"unit_code", "code", "城市代码", "地区代码", "行政区划代码", "区划代码"}},
     {"period", {"时期", "期间", "时间"}},
     {"name", {"variable", "变量", "变量名", "指标", "指标名称"}},
     {"value", {"值", "数值", "指标值"}}},
    3};

// Strips one trailing "(...)" or "（...）".
std::string_view withoutUnit(std::string_view s)
{
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
        if (s.size() <= close.size() || s.substr(s.size() - close.size()) != close) continue;
        const auto at = s.rfind(open);
        if (at != std::string_view::npos && at > 0) return s.substr(0, at);
    }
    return s;
}

}  // namespace

const TableLayout& tableLayout(TableKind kind)
{
    switch (kind) {
        case TableKind::Firms:
            return kFirms;
        case TableKind::Software:
            return kSoftware;
        case TableKind::Weather:
            return kWeather;
        case TableKind::Covariates:
            return kCovariates;
    }
    return kFirms;
}

std::string tableHeaderKey(std::string_view header)
{
    std::string key;
    for (const char c : withoutUnit(header)) {
        if (c == ' ' || c == '_' || c == '-' || c == '\t') continue;
        key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return key;
}

}  // namespace aitocracy::core
