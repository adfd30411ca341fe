#pragma once
// A specification as the project saves it: the spec and, when it was estimated, a
// summary of its result (observations, coefficients), as one JSON document
//   {"spec": {…specToJson…}, "summary": {"nobs": …, "coefficients": [{"term", "estimate", "std_error"}, …]}}
// stored under the spec's name in the project's analysis_specs table.
#include <optional>
#include <string>
#include <vector>

#include "common/Error.h"
#include "estimation/EstimationTypes.h"
#include "regression/RegressionSpec.h"

namespace aitocracy::core {
class ProjectStore;
}

namespace aitocracy::core::reg {

struct SummaryCoefficient {
    std::string term;
    double estimate = 0, stdError = 0;
    bool operator==(const SummaryCoefficient&) const = default;
};

struct ResultSummary {
    std::size_t nobs = 0;
    std::vector<SummaryCoefficient> coefficients;
    bool operator==(const ResultSummary&) const = default;
};

struct SavedSpec {
    RegressionSpec spec;
    std::optional<ResultSummary> summary;
    bool operator==(const SavedSpec&) const = default;
};

ResultSummary summarize(const est::EstimationResult& result);

// Numbers in the shortest text that reads back exactly; a non-finite number as null.
std::string savedSpecToJson(const SavedSpec& saved);
// Errors "spec": not JSON, no "spec" object, a bad spec (specFromJson) or summary.
Result<SavedSpec> savedSpecFromJson(const std::string& json);

// The project's saved specifications, by name (SpecTable.h): save inserts or replaces
// the one named saved.spec.name; each call is one transaction.
Result<void> saveSpecification(ProjectStore& store, const SavedSpec& saved);
Result<std::vector<SavedSpec>> loadSpecifications(const ProjectStore& store);
Result<std::optional<SavedSpec>> loadSpecification(const ProjectStore& store, const std::string& name);
Result<bool> deleteSpecification(ProjectStore& store, const std::string& name);

}  // namespace aitocracy::core::reg
