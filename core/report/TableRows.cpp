#include "report/TableRows.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace aitocracy::core::report {
namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

void addOnce(std::vector<std::string>& names, const std::string& name)
{
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

std::string modelName(const est::EstimationResult& r)
{
    if (r.model == est::Model::Poisson) return "Poisson";
    return r.firstStages.empty() ? "OLS" : "IV (2SLS)";
}

std::string standardErrorName(const est::EstimationResult& r)
{
    switch (r.vcov) {
        case est::VcovType::Cluster:
            return "Clustered";
        case est::VcovType::Hetero:
            return "Robust (HC1)";
        default:
            return "IID";
    }
}

std::string clusterText(const est::EstimationResult& r)
{
    if (r.vcov != est::VcovType::Cluster) return {};
    std::string text;
    for (const auto& c : r.clusters)
        text += (text.empty() ? "" : ", ") + c.name + " (" + std::to_string(c.groups) + ")";
    return text;
}

}  // namespace

std::vector<std::string> tableTerms(const std::vector<TableColumn>& columns, const TableOptions& options)
{
    std::vector<std::string> terms;
    if (options.termOrder.empty()) {
        for (const auto& column : columns)
            for (const auto& c : column.result->coefficients) addOnce(terms, c.term);
        return terms;
    }
    for (const auto& term : options.termOrder)
        if (std::any_of(columns.begin(), columns.end(),
                        [&](const TableColumn& c) { return findCoefficient(*c.result, term); }))
            addOnce(terms, term);
    return terms;
}

const est::Coefficient* findCoefficient(const est::EstimationResult& result, const std::string& term)
{
    for (const auto& c : result.coefficients)
        if (c.term == term) return &c;
    return nullptr;
}

std::vector<std::string> columnTitles(const std::vector<TableColumn>& columns)
{
    std::vector<std::string> titles;
    for (std::size_t k = 0; k < columns.size(); ++k)
        titles.push_back(columns[k].title.empty() ? "(" + std::to_string(k + 1) + ")" : columns[k].title);
    return titles;
}

std::vector<FitRow> fitRows(const std::vector<TableColumn>& columns)
{
    auto numeric = [&](FitRowKind kind, std::string name, auto value) {
        FitRow row{kind, std::move(name), {}, {}};
        for (const auto& c : columns) row.numbers.push_back(value(*c.result));
        return row;
    };
    auto textual = [&](FitRowKind kind, std::string name, auto value) {
        FitRow row{kind, std::move(name), {}, {}};
        for (const auto& c : columns) row.text.push_back(value(*c.result));
        return row;
    };
    auto anyNumber = [](const FitRow& row) {
        return std::any_of(row.numbers.begin(), row.numbers.end(), [](double v) { return !std::isnan(v); });
    };
    auto anyText = [](const FitRow& row) {
        return std::any_of(row.text.begin(), row.text.end(), [](const std::string& v) { return !v.empty(); });
    };

    std::vector<FitRow> rows;
    rows.push_back(numeric(FitRowKind::Observations, {},
                           [](const est::EstimationResult& r) { return static_cast<double>(r.nobs); }));
    // R² is NaN where undefined (Poisson; within R² without fixed effects).
    auto r2 = numeric(FitRowKind::R2, {},
                      [](const est::EstimationResult& r) { return r.model == est::Model::Poisson ? kNone : r.r2; });
    if (anyNumber(r2)) rows.push_back(std::move(r2));
    auto within = numeric(FitRowKind::WithinR2, {}, [](const est::EstimationResult& r) {
        return r.model == est::Model::Poisson || r.fixedEffects.empty() ? kNone : r.r2Within;
    });
    if (anyNumber(within)) rows.push_back(std::move(within));

    std::vector<std::string> fixedEffects, endogenous;
    for (const auto& column : columns) {
        for (const auto& fe : column.result->fixedEffects) addOnce(fixedEffects, fe.name);
        for (const auto& fs : column.result->firstStages) addOnce(endogenous, fs.endogenous);
    }
    for (const auto& name : fixedEffects)
        rows.push_back(textual(FitRowKind::FixedEffect, name, [&](const est::EstimationResult& r) {
            const bool has = std::any_of(r.fixedEffects.begin(), r.fixedEffects.end(),
                                         [&](const auto& fe) { return fe.name == name; });
            return std::string(has ? "Yes" : "No");
        }));
    rows.push_back(textual(FitRowKind::StandardErrors, {}, standardErrorName));
    auto clusters = textual(FitRowKind::Clusters, {}, clusterText);
    if (anyText(clusters)) rows.push_back(std::move(clusters));
    for (const auto& name : endogenous)
        rows.push_back(numeric(FitRowKind::FirstStageF, name, [&](const est::EstimationResult& r) {
            for (const auto& fs : r.firstStages)
                if (fs.endogenous == name) return fs.f;
            return kNone;
        }));
    rows.push_back(textual(FitRowKind::Model, {}, modelName));
    return rows;
}

}  // namespace aitocracy::core::report
