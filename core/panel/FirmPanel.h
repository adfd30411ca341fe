#pragma once
// The firm × year panel of the innovation analysis ("Contracts → innovation", STUDY.md;
// Beraja et al. 2023, section VI): each firm's software output around its first
// public-security AI contract, split by whether the buying prefecture had just been
// through a high-unrest quarter. Built straight into the estimator's input, with the same
// conventions as the prefecture panel's (PanelEstimationData.h): every column has a
// factor view, the unit is "firm", the time "year" (integer years).
#include <string>
#include <vector>

#include "common/CancelToken.h"
#include "common/Error.h"
#include "estimation/PanelData.h"
#include "panel/PanelBuilder.h"

namespace aitocracy::core {

class ProjectStore;

// Rows: every firm of the project (by firm_id) × every year from the first to the last
// year of software_output, firm-major. Columns:
//   firm, year                         the firm's id (the unit) and the year (the time)
//   software_total, _government,       the firm-year's software products; missing where the
//   _commercial                        project has no software row for the firm and year
//   is_ai                              0/1, from the firms table
//   first_ps_year                      year of the firm's first ai_public_security contract
//                                      (contracts.supplier_id = firm_id); missing if none
//   rel_high, rel_low                  year − the year of the firm's first public-security
//                                      contract won in a high-unrest / low-unrest quarter;
//                                      missing for firms without one
//   treated_high, treated_low          0/1: year ≥ that first year (0 for firms without one)
//   window_high, window_low            0/1: the two years after it (1 ≤ rel ≤ 2), where the
//                                      demonstration world puts its innovation effect
// High-unrest quarter (the demonstration world's definition, DemoConfig.h): the buying
// prefecture had more located unrest events in the quarter before the contract's than its
// average per quarter over the quarters the stored events cover; low-unrest: not more. A
// contract without a prefecture, or whose previous quarter lies outside the stored events'
// quarters, is neither (FirmPanel.cpp says how events are counted).
// Errors: "empty" (no firms, or no software output to take the years from), "cancelled",
// and the store's SQLite errors.
// `cleaning`: which stored events count as unrest — the panel options' cleaning switches
// (root codes, repeat reports, root events only, minimum sources and articles); their
// period and dates do not apply (the firm panel is yearly, over the software output's years).
Result<est::PanelData> buildFirmPanel(const ProjectStore& store, const PanelOptions& cleaning = {},
                                      const CancelToken* cancel = nullptr);

}  // namespace aitocracy::core
