#pragma once
// Coefficient tables for papers and spreadsheets: several specifications side by side,
// one column each, as LaTeX (booktabs) and as CSV.
#include <string>
#include <vector>

#include "estimation/EstimationTypes.h"

namespace aitocracy::core::report {

struct TableColumn {
    std::string title;                    // "" prints "(k)", the column's number
    const est::EstimationResult* result;  // not null; read while the table is written
};

struct TableOptions {
    bool stars = true;  // *** p < 0.01, ** p < 0.05, * p < 0.1 (LaTeX only; CSV gives full numbers)
    int digits = 3;     // decimals of the LaTeX numbers
    // Rows, in this order; terms no column has are left out. Empty: every term, in the
    // order they first appear going through the columns left to right.
    std::vector<std::string> termOrder;
    std::string caption, label;               // LaTeX \caption and \label, left out when empty
    bool standardErrorsInParentheses = true;  // false: in square brackets
};

// A table float with a booktabs tabular: per term a coefficient row (with stars) and a
// standard-error row; then Observations, R², within R² (where any column has them), one
// Yes/No row per fixed effect, the standard errors' kind, clusters (name and groups),
// first-stage F (IV), and the model; a footnote says what the brackets and stars mean.
// Needs \usepackage{booktabs}; Chinese text needs XeLaTeX with xeCJK or ctex.
std::string latexTable(const std::vector<TableColumn>& columns, const TableOptions& options);

// UTF-8, RFC 4180 quoting, LF line ends. Header `term,<title> estimate,<title> std_error,…`;
// one row per term, numbers with 17 significant digits, an empty cell where a column lacks
// the term; then the fit rows (Observations, R2, Within R2, Fixed effects: <name>, Standard
// errors, Clusters, First-stage F: <variable>, Model) with their value in the estimate column.
std::string csvTable(const std::vector<TableColumn>& columns, const TableOptions& options);

}  // namespace aitocracy::core::report
