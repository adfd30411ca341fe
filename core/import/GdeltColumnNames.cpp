#include "import/GdeltColumnNames.h"

namespace aitocracy::core {
namespace {

void addActor(std::vector<std::string>& names, const std::string& actor)
{
    for (const char* suffix : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                               "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
        names.push_back(actor + suffix);
}

void addGeo(std::vector<std::string>& names, const std::string& geo, bool adm2)
{
    for (const char* suffix : {"_Type", "_FullName", "_CountryCode", "_ADM1Code"}) names.push_back(geo + suffix);
    if (adm2) names.push_back(geo + "_ADM2Code");
    for (const char* suffix : {"_Lat", "_Long", "_FeatureID"}) names.push_back(geo + suffix);
}

}  // namespace

std::vector<std::string> gdeltColumnNames(int fieldCount)
{
    if (fieldCount != 57 && fieldCount != 58 && fieldCount != 61) return {};
    const bool adm2 = fieldCount == 61;
    std::vector<std::string> names = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
    addActor(names, "Actor1");
    addActor(names, "Actor2");
    for (const char* name : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                             "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"})
        names.emplace_back(name);
    addGeo(names, "Actor1Geo", adm2);
    addGeo(names, "Actor2Geo", adm2);
    addGeo(names, "ActionGeo", adm2);
    names.emplace_back("DATEADDED");
    if (fieldCount != 57) names.emplace_back("SOURCEURL");
    return names;
}

}  // namespace aitocracy::core
