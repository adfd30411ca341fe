#include "regression/SavedSpec.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "store/SpecTable.h"

namespace aitocracy::core::reg {
namespace {

using Json = nlohmann::ordered_json;

Json number(double v)
{
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

Result<double> numberOf(const Json& v, const char* key)
{
    if (v.is_null()) return std::numeric_limits<double>::quiet_NaN();
    if (!v.is_number()) return fail("spec", std::string("the summary's '") + key + "' must be a number", key);
    return v.get<double>();
}

Result<ResultSummary> summaryFromJson(const Json& doc)
{
    if (!doc.is_object() || !doc.contains("nobs") || !doc["nobs"].is_number_unsigned() ||
        !doc.contains("coefficients") || !doc["coefficients"].is_array())
        return fail("spec", "the summary needs \"nobs\" (a count) and \"coefficients\" (a list)", "summary");
    ResultSummary s;
    s.nobs = doc["nobs"].get<std::size_t>();
    for (const auto& c : doc["coefficients"]) {
        if (!c.is_object() || !c.contains("term") || !c["term"].is_string())
            return fail("spec", "each coefficient of the summary needs a \"term\"", "summary");
        SummaryCoefficient coefficient;
        coefficient.term = c["term"].get<std::string>();
        auto estimate = numberOf(c.value("estimate", Json()), "estimate");
        if (!estimate) return std::unexpected(estimate.error());
        auto se = numberOf(c.value("std_error", Json()), "std_error");
        if (!se) return std::unexpected(se.error());
        coefficient.estimate = *estimate;
        coefficient.stdError = *se;
        s.coefficients.push_back(std::move(coefficient));
    }
    return s;
}

}  // namespace

ResultSummary summarize(const est::EstimationResult& result)
{
    ResultSummary s;
    s.nobs = result.nobs;
    for (const auto& c : result.coefficients) s.coefficients.push_back({c.term, c.estimate, c.stdError});
    return s;
}

std::string savedSpecToJson(const SavedSpec& saved)
{
    Json doc = Json::object();
    doc["spec"] = Json::parse(specToJson(saved.spec));
    if (saved.summary) {
        Json coefficients = Json::array();
        for (const auto& c : saved.summary->coefficients)
            coefficients.push_back(
                Json{{"term", c.term}, {"estimate", number(c.estimate)}, {"std_error", number(c.stdError)}});
        doc["summary"] = Json{{"nobs", saved.summary->nobs}, {"coefficients", std::move(coefficients)}};
    }
    return doc.dump(2);
}

Result<SavedSpec> savedSpecFromJson(const std::string& json)
{
    const Json doc = Json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("spec") || !doc["spec"].is_object())
        return fail("spec", "a saved specification is a JSON object with a \"spec\" object");
    SavedSpec saved;
    auto spec = specFromJson(doc["spec"].dump());
    if (!spec) return std::unexpected(spec.error());
    saved.spec = std::move(*spec);
    if (doc.contains("summary") && !doc["summary"].is_null()) {
        auto summary = summaryFromJson(doc["summary"]);
        if (!summary) return std::unexpected(summary.error());
        saved.summary = std::move(*summary);
    }
    return saved;
}

Result<void> saveSpecification(ProjectStore& store, const SavedSpec& saved)
{
    auto id = saveSpec(store, saved.spec.name, savedSpecToJson(saved));
    if (!id) return std::unexpected(id.error());
    return ok();
}

Result<std::vector<SavedSpec>> loadSpecifications(const ProjectStore& store)
{
    auto rows = listSpecs(store);
    if (!rows) return std::unexpected(rows.error());
    std::vector<SavedSpec> specs;
    for (const auto& row : *rows) {
        auto saved = savedSpecFromJson(row.json);
        if (!saved) {
            saved.error().context = "saved specification '" + row.name + "'";
            return std::unexpected(saved.error());
        }
        specs.push_back(std::move(*saved));
    }
    return specs;
}

Result<std::optional<SavedSpec>> loadSpecification(const ProjectStore& store, const std::string& name)
{
    auto row = loadSpec(store, name);
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<SavedSpec>{};
    auto saved = savedSpecFromJson((*row)->json);
    if (!saved) {
        saved.error().context = "saved specification '" + name + "'";
        return std::unexpected(saved.error());
    }
    return std::optional<SavedSpec>{std::move(*saved)};
}

Result<bool> deleteSpecification(ProjectStore& store, const std::string& name)
{
    return deleteSpec(store, name);
}

}  // namespace aitocracy::core::reg
