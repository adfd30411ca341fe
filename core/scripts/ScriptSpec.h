#pragma once
// A specification made explicit for a script writer: the options' defaults resolved the
// way the estimator resolves them (Design.cpp), so that every script states the variance
// it computes instead of relying on another package's default.
#include <map>
#include <string>
#include <vector>

#include "common/Error.h"
#include "estimation/EstimationTypes.h"
#include "estimation/Formula.h"
#include "estimation/PanelData.h"

namespace aitocracy::core::scripts {

enum class ScriptLanguage { Fixest, Stata, BaseR };

// One cluster dimension: a variable, or a fixed effect's interaction (a^b) when the
// variance clusters by default on an interacted first fixed effect.
struct ClusterSpec {
    std::string name;               // "pref", "prov^t"
    std::vector<std::string> vars;  // {"pref"}, {"prov", "t"}
};

struct ScriptSpec {
    std::string formulaText;
    est::Formula formula;
    est::Model model = est::Model::Ols;
    est::VcovType vcov = est::VcovType::Iid;  // never Default here
    std::vector<ClusterSpec> clusters;        // empty unless vcov is Cluster
    bool dropSingletons = false;
    std::string unitName, timeName;
    std::int64_t timeStep = 1;
    std::vector<std::string> stringColumns;  // columns written as text (unit included): factors in Stata
    // i() variables: each one's values as the estimator names them (the panel column's
    // levels), so that a script without factor notation can make one dummy per value.
    std::map<std::string, std::vector<std::string>> dummyLevels;
    // "in_sample" when the options carry a row mask (the panel CSV then has that 0/1
    // column and every script restricts the estimation to its 1s after building lags on
    // the whole panel); empty otherwise.
    std::string sampleColumn;
};

inline constexpr const char* kSampleColumn = "in_sample";

// Parses the formula against the panel and resolves vcov and clusters (errors "usage"
// for more than two cluster dimensions or a cluster without a fixed effect to default to,
// "data" for an unknown cluster variable or a panel that has an in_sample column already
// while the options carry a row mask; "usage" for a mask of the wrong length).
Result<ScriptSpec> resolveScriptSpec(const est::PanelData& panel, const std::string& formulaText,
                                     const est::EstimationOptions& options);

}  // namespace aitocracy::core::scripts
