#include "report/CoefficientTable.h"

#include <cmath>
#include <cstdio>

#include "report/LatexText.h"
#include "report/TableRows.h"
#include "sim/RawCsv.h"

namespace aitocracy::core::report {
namespace {

const char* stars(double p)
{
    return p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.1 ? "*" : "";
}

std::string latexFitLabel(const FitRow& row)
{
    switch (row.kind) {
        case FitRowKind::Observations:
            return "Observations";
        case FitRowKind::R2:
            return "R$^2$";
        case FitRowKind::WithinR2:
            return "Within R$^2$";
        case FitRowKind::FixedEffect:
            return "Fixed effects: " + latexEscape(row.name);
        case FitRowKind::StandardErrors:
            return "Standard errors";
        case FitRowKind::Clusters:
            return "Clusters";
        case FitRowKind::FirstStageF:
            return "First-stage F: " + latexEscape(row.name);
        case FitRowKind::Model:
            return "Model";
    }
    return {};
}

std::string csvFitLabel(const FitRow& row)
{
    switch (row.kind) {
        case FitRowKind::Observations:
            return "Observations";
        case FitRowKind::R2:
            return "R2";
        case FitRowKind::WithinR2:
            return "Within R2";
        case FitRowKind::FixedEffect:
            return "Fixed effects: " + row.name;
        case FitRowKind::StandardErrors:
            return "Standard errors";
        case FitRowKind::Clusters:
            return "Clusters";
        case FitRowKind::FirstStageF:
            return "First-stage F: " + row.name;
        case FitRowKind::Model:
            return "Model";
    }
    return {};
}

bool hasNonAscii(const std::string& text)
{
    for (const unsigned char c : text)
        if (c >= 0x80) return true;
    return false;
}

// 17 significant digits (reads back exactly); empty for NaN and infinities.
std::string fullPrecision(double value)
{
    if (!std::isfinite(value)) return {};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    return buf;
}

}  // namespace

std::string latexTable(const std::vector<TableColumn>& columns, const TableOptions& options)
{
    const std::string open = options.standardErrorsInParentheses ? "(" : "[";
    const std::string close = options.standardErrorsInParentheses ? ")" : "]";
    std::string body = "\\begin{tabular}{l" + std::string(columns.size(), 'c') + "}\n\\toprule\n";
    auto addRow = [&](const std::string& label, const std::vector<std::string>& cells) {
        body += label;
        for (const auto& cell : cells) body += cell.empty() ? " &" : " & " + cell;
        body += " \\\\\n";
    };
    std::vector<std::string> cells;
    for (const auto& title : columnTitles(columns)) cells.push_back(latexEscape(title));
    addRow("", cells);
    body += "\\midrule\n";
    for (const auto& term : tableTerms(columns, options)) {
        std::vector<std::string> estimates, errors;
        for (const auto& column : columns) {
            const est::Coefficient* c = findCoefficient(*column.result, term);
            estimates.push_back(c ? latexNumber(c->estimate, options.digits) : std::string());
            if (c && options.stars && *stars(c->p)) estimates.back() += std::string("$^{") + stars(c->p) + "}$";
            const std::string se = c ? latexNumber(c->stdError, options.digits) : std::string();
            errors.push_back(se.empty() ? se : open + se + close);
        }
        addRow(latexEscape(term), estimates);
        addRow("", errors);
    }
    body += "\\midrule\n";
    for (const FitRow& row : fitRows(columns)) {
        cells.clear();
        for (std::size_t k = 0; k < columns.size(); ++k)
            cells.push_back(
                row.numbers.empty()
                    ? latexEscape(row.text[k])
                    : latexNumber(row.numbers[k], row.kind == FitRowKind::Observations ? 0 : options.digits));
        addRow(latexFitLabel(row), cells);
    }
    body += "\\bottomrule\n\\multicolumn{" + std::to_string(columns.size() + 1) +
            "}{l}{\\footnotesize Standard errors in " +
            (options.standardErrorsInParentheses ? "parentheses." : "brackets.");
    if (options.stars) body += " $^{*}$ $p<0.1$, $^{**}$ $p<0.05$, $^{***}$ $p<0.01$.";
    body += "} \\\\\n\\end{tabular}\n";

    std::string out = "% Needs \\usepackage{booktabs}";
    if (hasNonAscii(body) || hasNonAscii(options.caption))
        out += "; Chinese text: XeLaTeX with \\usepackage{xeCJK} or a ctex class";
    out += ".\n\\begin{table}[htbp]\n\\centering\n";
    if (!options.caption.empty()) out += "\\caption{" + latexEscape(options.caption) + "}\n";
    if (!options.label.empty()) out += "\\label{" + options.label + "}\n";
    return out + body + "\\end{table}\n";
}

std::string csvTable(const std::vector<TableColumn>& columns, const TableOptions& options)
{
    std::string out = "term";
    for (const auto& title : columnTitles(columns)) {
        out += ',';
        sim::appendCsvField(out, title + " estimate");
        out += ',';
        sim::appendCsvField(out, title + " std_error");
    }
    out += '\n';
    for (const auto& term : tableTerms(columns, options)) {
        sim::appendCsvField(out, term);
        for (const auto& column : columns) {
            const est::Coefficient* c = findCoefficient(*column.result, term);
            out += ',' + (c ? fullPrecision(c->estimate) : std::string()) + ',' +
                   (c ? fullPrecision(c->stdError) : std::string());
        }
        out += '\n';
    }
    for (const FitRow& row : fitRows(columns)) {
        sim::appendCsvField(out, csvFitLabel(row));
        for (std::size_t k = 0; k < columns.size(); ++k) {
            out += ',';
            sim::appendCsvField(out, row.numbers.empty() ? row.text[k] : fullPrecision(row.numbers[k]));
            out += ',';
        }
        out += '\n';
    }
    return out;
}

}  // namespace aitocracy::core::report
