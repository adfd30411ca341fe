#include "estimation/ResultFormat.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace aitocracy::core::est {
namespace {

std::string jsonString(const std::string& s)
{
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

const char* modelName(Model m) { return m == Model::Poisson ? "poisson" : "ols"; }

const char* vcovName(VcovType v)
{
    switch (v) {
    case VcovType::Hetero: return "hetero";
    case VcovType::Cluster: return "cluster";
    default: return "iid";
    }
}

std::string fixed(double v, int decimals)
{
    if (!std::isfinite(v)) return "NA";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string significant(double v, int digits)
{
    if (!std::isfinite(v)) return "NA";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

const char* stars(double p)
{
    return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";
}

std::string pad(const std::string& s, std::size_t width, bool right)
{
    // Width in characters (terms may hold UTF-8).
    std::size_t chars = 0;
    for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
    if (chars >= width) return s;
    const std::string fill(width - chars, ' ');
    return right ? fill + s : s + fill;
}

std::string vcovDescription(const EstimationResult& r)
{
    if (r.vcov != VcovType::Cluster) return r.vcov == VcovType::Hetero ? "Heteroskedasticity-robust" : "IID";
    std::string names;
    for (const auto& c : r.clusters) names += (names.empty() ? "" : " & ") + c.name;
    return "Clustered (" + names + ")";
}

}  // namespace

std::string jsonNumber(double value)
{
    if (!std::isfinite(value)) return "null";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    return buf;
}

std::string toJson(const EstimationResult& r)
{
    std::ostringstream o;
    o << "{\"model\": \"" << modelName(r.model) << "\", \"vcov\": \"" << vcovName(r.vcov) << "\", \"nobs\": " << r.nobs
      << ", \"dropped\": {\"missing\": " << r.droppedMissing << ", \"fe_all_zero\": " << r.droppedFeAllZero
      << ", \"singletons\": " << r.droppedSingletons
      << ", \"excluded\": " << r.droppedExcluded << "}, \"singletons\": " << r.singletons << ", \"fixed_effects\": [";
    for (std::size_t i = 0; i < r.fixedEffects.size(); ++i)
        o << (i ? ", " : "") << "{\"name\": " << jsonString(r.fixedEffects[i].name) << ", \"levels\": " << r.fixedEffects[i].levels
          << ", \"nested\": " << (r.fixedEffects[i].nestedInCluster ? "true" : "false") << "}";
    o << "], \"clusters\": [";
    for (std::size_t i = 0; i < r.clusters.size(); ++i)
        o << (i ? ", " : "") << "{\"name\": " << jsonString(r.clusters[i].name) << ", \"groups\": " << r.clusters[i].groups << "}";
    o << "], \"dof_k\": " << jsonNumber(r.dofK) << ", \"k_full\": " << jsonNumber(r.kFull) << ", \"t_df\": " << jsonNumber(r.tDf)
      << ", \"r2\": " << jsonNumber(r.r2) << ", \"r2_within\": " << jsonNumber(r.r2Within);
    if (r.model == Model::Poisson) o << ", \"deviance\": " << jsonNumber(r.deviance);
    o << ", \"coefficients\": [";
    for (std::size_t i = 0; i < r.coefficients.size(); ++i) {
        const auto& c = r.coefficients[i];
        o << (i ? ", " : "") << "{\"term\": " << jsonString(c.term) << ", \"estimate\": " << jsonNumber(c.estimate)
          << ", \"std_error\": " << jsonNumber(c.stdError) << ", \"t\": " << jsonNumber(c.t) << ", \"p\": " << jsonNumber(c.p)
          << ", \"ci_low\": " << jsonNumber(c.ciLow) << ", \"ci_high\": " << jsonNumber(c.ciHigh) << "}";
    }
    o << "], \"collinear\": [";
    for (std::size_t i = 0; i < r.collinearDropped.size(); ++i) o << (i ? ", " : "") << jsonString(r.collinearDropped[i]);
    o << "]";
    if (!r.firstStages.empty()) {
        o << ", \"first_stage\": [";
        for (std::size_t i = 0; i < r.firstStages.size(); ++i)
            o << (i ? ", " : "") << "{\"endogenous\": " << jsonString(r.firstStages[i].endogenous) << ", \"f\": " << jsonNumber(r.firstStages[i].f)
              << ", \"df1\": " << jsonNumber(r.firstStages[i].dfNumerator) << ", \"df2\": " << jsonNumber(r.firstStages[i].dfDenominator) << "}";
        o << "]";
    }
    o << ", \"iterations\": " << r.iterations;
    if (r.model == Model::Poisson) o << ", \"irls_iterations\": " << r.irlsIterations;
    o << ", \"elapsed_ms\": " << jsonNumber(r.elapsedMs) << "}";
    return o.str();
}

std::string toText(const EstimationResult& r)
{
    std::ostringstream o;
    o << (r.model == Model::Poisson ? "Poisson (PPML)" : r.firstStages.empty() ? "OLS" : "IV (2SLS)") << " estimation";
    if (!r.formula.empty()) o << ": " << r.formula;
    o << "\nObservations: " << r.nobs;
    if (r.droppedExcluded) o << " (" << r.droppedExcluded << " outside the chosen sample)";
    if (r.droppedMissing) o << " (" << r.droppedMissing << " dropped for missing values)";
    if (r.droppedFeAllZero) o << " (" << r.droppedFeAllZero << " in fixed-effect levels with an all-zero outcome)";
    if (r.droppedSingletons) o << " (" << r.droppedSingletons << " singletons dropped)";
    o << '\n';
    if (!r.fixedEffects.empty()) {
        o << "Fixed-effects:";
        for (const auto& fe : r.fixedEffects) o << "  " << fe.name << ": " << fe.levels;
        o << '\n';
    }
    o << "Standard-errors: " << vcovDescription(r) << '\n';
    std::size_t width = 4;
    for (const auto& c : r.coefficients) width = std::max(width, c.term.size());
    o << pad("", width, false) << "    Estimate  Std. Error    t value   Pr(>|t|)\n";
    for (const auto& c : r.coefficients)
        o << pad(c.term, width, false) << ' ' << pad(significant(c.estimate, 6), 11, true) << ' ' << pad(significant(c.stdError, 6), 11, true)
          << ' ' << pad(fixed(c.t, 4), 10, true) << ' ' << pad(significant(c.p, 4), 10, true) << ' ' << stars(c.p) << '\n';
    o << "---\nSignif. codes: 0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n";
    for (const auto& dropped : r.collinearDropped) o << "Removed (collinear): " << dropped << '\n';
    for (const auto& fs : r.firstStages) o << "First-stage F (" << fs.endogenous << "): " << fixed(fs.f, 3) << '\n';
    if (r.model == Model::Poisson)
        o << "Deviance: " << significant(r.deviance, 8) << "   IRLS iterations: " << r.irlsIterations << '\n';
    else
        o << "R2: " << fixed(r.r2, 5) << "   Within R2: " << fixed(r.r2Within, 5) << '\n';
    o << "Elapsed: " << fixed(r.elapsedMs, 2) << " ms\n";
    return o.str();
}

}  // namespace aitocracy::core::est
