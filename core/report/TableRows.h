#pragma once
// What the LaTeX and CSV coefficient tables share (internal to CoefficientTable.cpp): the
// terms to list and the fit rows below them, as plain values each writer formats.
#include <string>
#include <vector>

#include "report/CoefficientTable.h"

namespace aitocracy::core::report {

std::vector<std::string> tableTerms(const std::vector<TableColumn>& columns, const TableOptions& options);

// The column's coefficient of `term`, or null.
const est::Coefficient* findCoefficient(const est::EstimationResult& result, const std::string& term);

// The column titles, "(k)" for an empty one.
std::vector<std::string> columnTitles(const std::vector<TableColumn>& columns);

enum class FitRowKind { Observations, R2, WithinR2, FixedEffect, StandardErrors, Clusters, FirstStageF, Model };

struct FitRow {
    FitRowKind kind;
    std::string name;               // FixedEffect: its name; FirstStageF: the endogenous variable
    std::vector<double> numbers;    // numeric rows (Observations, R2, WithinR2, FirstStageF): NaN = empty
    std::vector<std::string> text;  // the other rows: plain text per column
};

// Only the rows some column has a value for (R² not for Poisson, clusters only where
// clustered, first-stage F only for IV: one row per endogenous variable), in the order
// of FitRowKind; fixed effects and endogenous variables in order of first appearance.
std::vector<FitRow> fitRows(const std::vector<TableColumn>& columns);

}  // namespace aitocracy::core::report
