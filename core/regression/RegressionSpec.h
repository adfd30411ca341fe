#pragma once
// One specification of the regression panel: which of the study's analyses, and every
// choice the form offers for it (scales, design, window, controls, fixed effects,
// clustering, sample). Plain data, compared with ==, saved as JSON; SpecPreparation.h
// turns it into a formula and estimation options for a panel.
#include <string>
#include <vector>

#include "common/Error.h"
#include "estimation/EstimationTypes.h"

namespace aitocracy::core::reg {

// The study's three analyses (issue 8) and a formula typed by hand.
enum class Analysis { UnrestToProcurement, AiSuppression, ContractsInnovation, Free };
// The outcome's scale: public-security AI contracts in analysis 1, unrest in analysis 2.
// Amount (yuan of public-security AI contracts) applies to analysis 1 only.
enum class OutcomeScale { Count, Log1p, ZScore, Amount };
// Unrest as the treatment of analysis 1; Binary = unrest ≥ threshold.
enum class TreatmentScale { Count, ZScore, Binary };
enum class DesignKind { DistributedLags, EventStudy };
// TwoWay = unit + period; None = heteroskedasticity-robust (HC1).
enum class ClusterChoice { Unit, Province, TwoWay, None };
// Analysis 3: which software output (columns software_total / _government / _commercial).
enum class SoftwareOutcome { Total, Government, Commercial };

struct RegressionSpec {
    std::string name;  // the user's name for a saved specification
    Analysis analysis = Analysis::UnrestToProcurement;
    OutcomeScale outcome = OutcomeScale::Count;
    TreatmentScale treatment = TreatmentScale::Count;
    double threshold = 1;  // unrest at or above it is an event (Binary treatment, event study)
    DesignKind design = DesignKind::DistributedLags;
    // Distributed lags: l(unrest, -leads:lags). Event study and analysis 3: the window
    // [-leads, lags] of relative periods.
    int leads = 2, lags = 4;
    int referencePeriod = -1;           // event study and analysis 3: the omitted relative period
    bool binEndpoints = true;           // event study and analysis 3: the window's ends collect the periods beyond
    std::vector<std::string> controls;  // panel column names
    // provincePeriodFe replaces periodFe by province^period.
    bool unitFe = true, periodFe = true, provincePeriodFe = false;
    ClusterChoice cluster = ClusterChoice::Unit;
    std::string firstPeriod, lastPeriod;     // period labels ("2015Q1"); empty = open end
    std::vector<std::string> excludedUnits;  // unit codes left out of the sample
    bool iv = false;                         // analysis 1: unrest instrumented by `instruments`
    std::vector<std::string> instruments = {"rain_sum"};
    std::string weatherShock = "rain_sum";  // analysis 2
    // Analysis 2: the AI stock in the interaction, in periods before the current one.
    // The panel's log_ai_stock counts contracts signed before the period (PanelBuilder.h),
    // so it is the stock lagged once: stockLag 1 uses log_ai_stock itself, stockLag k uses
    // l(log_ai_stock, k − 1).
    int stockLag = 1;
    SoftwareOutcome software = SoftwareOutcome::Total;  // analysis 3
    est::Model model = est::Model::Ols;                 // Ols or Poisson (Poisson with IV is refused)
    std::string formula;                                // Free: fixest syntax as typed

    bool operator==(const RegressionSpec&) const = default;
};

// Every field, keys named as the members, enums as snake_case words
// ("unrest_to_procurement", "log1p", "two_way" …), pretty-printed, stable order.
std::string specToJson(const RegressionSpec& spec);

// Keys missing from `json` keep their defaults. Errors (code "spec") name the key: an
// unknown key, a value of the wrong type, an enum word that is not one of its values.
Result<RegressionSpec> specFromJson(const std::string& json);

}  // namespace aitocracy::core::reg
