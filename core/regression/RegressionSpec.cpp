#include "regression/RegressionSpec.h"

#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <utility>

namespace aitocracy::core::reg {
namespace {

using Json = nlohmann::ordered_json;

template <typename E>
using Words = std::vector<std::pair<E, const char*>>;

const Words<Analysis>& words(Analysis)
{
    static const Words<Analysis> w{{Analysis::UnrestToProcurement, "unrest_to_procurement"},
                                   {Analysis::AiSuppression, "ai_suppression"},
                                   {Analysis::ContractsInnovation, "contracts_innovation"},
                                   {Analysis::Free, "free"}};
    return w;
}
const Words<OutcomeScale>& words(OutcomeScale)
{
    static const Words<OutcomeScale> w{{OutcomeScale::Count, "count"},
                                       {OutcomeScale::Log1p, "log1p"},
                                       {OutcomeScale::ZScore, "zscore"},
                                       {OutcomeScale::Amount, "amount"}};
    return w;
}
const Words<TreatmentScale>& words(TreatmentScale)
{
    static const Words<TreatmentScale> w{
        {TreatmentScale::Count, "count"}, {TreatmentScale::ZScore, "zscore"}, {TreatmentScale::Binary, "binary"}};
    return w;
}
const Words<DesignKind>& words(DesignKind)
{
    static const Words<DesignKind> w{{DesignKind::DistributedLags, "distributed_lags"},
                                     {DesignKind::EventStudy, "event_study"}};
    return w;
}
const Words<ClusterChoice>& words(ClusterChoice)
{
    static const Words<ClusterChoice> w{{ClusterChoice::Unit, "unit"},
                                        {ClusterChoice::Province, "province"},
                                        {ClusterChoice::TwoWay, "two_way"},
                                        {ClusterChoice::None, "none"}};
    return w;
}
const Words<SoftwareOutcome>& words(SoftwareOutcome)
{
    static const Words<SoftwareOutcome> w{{SoftwareOutcome::Total, "total"},
                                          {SoftwareOutcome::Government, "government"},
                                          {SoftwareOutcome::Commercial, "commercial"}};
    return w;
}
const Words<est::Model>& words(est::Model)
{
    static const Words<est::Model> w{{est::Model::Ols, "ols"}, {est::Model::Poisson, "poisson"}};
    return w;
}

std::unexpected<Error> wrongType(const std::string& key, const char* expected)
{
    return fail("spec", "'" + key + "' must be " + expected, key);
}

// Reading and writing one member; overloads by the member's type.
Result<void> read(const Json& v, const std::string& key, std::string& out)
{
    if (!v.is_string()) return wrongType(key, "a string");
    out = v.get<std::string>();
    return ok();
}
Result<void> read(const Json& v, const std::string& key, int& out)
{
    if (!v.is_number_integer() || v.get<std::int64_t>() < std::numeric_limits<int>::min() ||
        v.get<std::int64_t>() > std::numeric_limits<int>::max())
        return wrongType(key, "an integer");
    out = v.get<int>();
    return ok();
}
Result<void> read(const Json& v, const std::string& key, double& out)
{
    if (!v.is_number()) return wrongType(key, "a number");
    out = v.get<double>();
    return ok();
}
Result<void> read(const Json& v, const std::string& key, bool& out)
{
    if (!v.is_boolean()) return wrongType(key, "true or false");
    out = v.get<bool>();
    return ok();
}
Result<void> read(const Json& v, const std::string& key, std::vector<std::string>& out)
{
    if (!v.is_array()) return wrongType(key, "a list of strings");
    out.clear();
    for (const auto& item : v) {
        if (!item.is_string()) return wrongType(key, "a list of strings");
        out.push_back(item.get<std::string>());
    }
    return ok();
}
template <typename E>
requires std::is_enum_v<E> Result<void> read(const Json& v, const std::string& key, E& out)
{
    std::string allowed;
    for (const auto& [value, word] : words(E{})) {
        if (v.is_string() && v.get<std::string>() == word) {
            out = value;
            return ok();
        }
        allowed += (allowed.empty() ? "" : ", ") + std::string(word);
    }
    return fail(
        "spec",
        "'" + key + "' must be one of " + allowed + (v.is_string() ? ", not '" + v.get<std::string>() + "'" : ""), key);
}

template <typename T>
Json write(const T& value)
{
    return value;
}
template <typename E>
requires std::is_enum_v<E> Json write(const E& value)
{
    for (const auto& [v, word] : words(E{}))
        if (v == value) return word;
    return nullptr;
}

struct Field {
    const char* key;
    std::function<Json(const RegressionSpec&)> get;
    std::function<Result<void>(const Json&, RegressionSpec&)> set;
};

template <typename T>
Field field(const char* key, T RegressionSpec::*member)
{
    return {key, [member](const RegressionSpec& s) { return write(s.*member); },
            [key, member](const Json& v, RegressionSpec& s) { return read(v, key, s.*member); }};
}

// In the order of the struct, which is the order of the file.
const std::vector<Field>& fields()
{
    static const std::vector<Field> f{
        field("name", &RegressionSpec::name),
        field("analysis", &RegressionSpec::analysis),
        field("outcome", &RegressionSpec::outcome),
        field("treatment", &RegressionSpec::treatment),
        field("threshold", &RegressionSpec::threshold),
        field("design", &RegressionSpec::design),
        field("leads", &RegressionSpec::leads),
        field("lags", &RegressionSpec::lags),
        field("referencePeriod", &RegressionSpec::referencePeriod),
        field("binEndpoints", &RegressionSpec::binEndpoints),
        field("controls", &RegressionSpec::controls),
        field("unitFe", &RegressionSpec::unitFe),
        field("periodFe", &RegressionSpec::periodFe),
        field("provincePeriodFe", &RegressionSpec::provincePeriodFe),
        field("cluster", &RegressionSpec::cluster),
        field("firstPeriod", &RegressionSpec::firstPeriod),
        field("lastPeriod", &RegressionSpec::lastPeriod),
        field("excludedUnits", &RegressionSpec::excludedUnits),
        field("iv", &RegressionSpec::iv),
        field("instruments", &RegressionSpec::instruments),
        field("weatherShock", &RegressionSpec::weatherShock),
        field("stockLag", &RegressionSpec::stockLag),
        field("software", &RegressionSpec::software),
        field("model", &RegressionSpec::model),
        field("formula", &RegressionSpec::formula),
    };
    return f;
}

}  // namespace

std::string specToJson(const RegressionSpec& spec)
{
    Json doc = Json::object();
    for (const Field& f : fields()) doc[f.key] = f.get(spec);
    return doc.dump(2);
}

Result<RegressionSpec> specFromJson(const std::string& json)
{
    const Json doc = Json::parse(json, nullptr, false);
    if (doc.is_discarded()) return fail("spec", "the specification is not valid JSON");
    if (!doc.is_object()) return fail("spec", "the specification must be a JSON object");
    RegressionSpec spec;
    for (const auto& [key, value] : doc.items()) {
        const Field* match = nullptr;
        for (const Field& f : fields())
            if (key == f.key) match = &f;
        if (!match) return fail("spec", "unknown key '" + key + "' in the specification", key);
        if (auto r = match->set(value, spec); !r) return std::unexpected(r.error());
    }
    return spec;
}

}  // namespace aitocracy::core::reg
