#pragma once
// The true parameters of the demonstration world (a simulated China on the real
// prefecture units, calibrated to "AI-tocracy", Beraja et al., QJE 2023). Stored in the
// project as JSON so that a view can draw the truth next to an estimate; the user can
// edit a copy and pass it with `aitocracy-cli demo --config truth.json`.
#include "common/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace aitocracy::core::sim {

struct DemoConfig {
    std::uint64_t seed = 20230601;
    std::int64_t contracts = 300000;  // procurement contracts 2013–2019, all classes

    // Unrest: a daily Poisson process per prefecture, negative-binomial by gamma mixing,
    // log rate = log(base) + prefecture effect + season + rain·rainEffect
    //            + s·suppression + rain·s·rainStockInteraction,
    // s = log(1 + stock), stock = public-security AI contracts bought up to the previous
    // quarter (the log keeps a prefecture with an extreme propensity from buying its way to
    // no unrest at all, which would make the world's dynamics unstable).
    double locatedEvents = 9300;          // city-precision events 2014–2020 (calibrates the base rate)
    double heterogeneitySd = 1.0;         // sd of the prefecture effect (log scale)
    double seasonAmplitude = 0.25;        // log-rate amplitude of the yearly cycle (peak in spring)
    double rainEffect = -0.04;            // per mm of the day's rain: rain keeps people home
    double suppression = -0.15;           // per unit of log(1 + lagged stock)
    double rainStockInteraction = 0.005;  // per mm × unit of log(1 + stock): weather matters less where the stock is high
    double dispersion = 2.0;              // gamma shape of the day-level mixing (smaller = burstier)
    double weatherAnomalySd = 0.6;        // sd of a province-quarter's log odds scaling of wet days
    double unlocatedShare = 0.35;         // extra country- and province-precision rows, × located events
    double duplicateShare = 0.15;         // extra reports of the same event, × located events

    // Procurement: public-security AI contracts of prefecture i in quarter t are Poisson with
    // mean  baseline_i + trend·t + Σ_k lagProfile[k] · unrest_{i, t−k}
    // (unrest = located events), so OLS with prefecture and quarter fixed effects recovers
    // lagProfile[k] as the coefficient of l(unrest, k).
    std::vector<double> lagProfile = {0.0, 0.30, 0.22, 0.12, 0.05};
    double aiBaseline = 0.3;              // contracts per prefecture-quarter before any unrest
    double aiTrend = 0.02;                // added per quarter

    // Innovation: AI firms' software products per year are Poisson with mean
    // base_f·growth^(year − 2013), times (1 + innovationEffect) in the two years after the
    // first public-security contract a firm wins in a high-unrest quarter (more located
    // events in the previous quarter than the prefecture's average per quarter, both over
    // the recorded events 2014–2020; a quarter whose previous one is unrecorded is not one).
    double innovationEffect = 0.486;      // +48.6 % (the study)
    int aiFirms = 1200;
    int otherFirms = 2500;
    double softwareBaseline = 4.0;        // mean products per AI firm-year in 2013
    double softwareGrowth = 1.08;         // per year
    double governmentShare = 0.35;        // share of products for government customers

    std::string toJson() const;
    // Starts from the defaults; every key given replaces its default. Unknown keys and
    // values of the wrong type are errors naming the key.
    static Result<DemoConfig> fromJson(const std::string& json);
};

}  // namespace aitocracy::core::sim
