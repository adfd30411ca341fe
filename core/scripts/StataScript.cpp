#include "scripts/StataScript.h"

#include <algorithm>

namespace aitocracy::core::scripts {
namespace {

// l(x, 2) -> L2.x, f(x, 1) -> F.x.
std::string stataVar(const est::VarRef& v)
{
    if (v.lag == 0) return v.name;
    const int k = v.lag > 0 ? v.lag : -v.lag;
    return std::string(v.lag > 0 ? "L" : "F") + (k == 1 ? "" : std::to_string(k)) + "." + v.name;
}

// A regressor and the fixest name it is reported under. Products become generated
// variables: simpler for a reader than factor-variable notation with lag operators.
struct StataTerm {
    std::string stata, fixest;
    // An i() dummy: the app reports only values present in the estimation sample, so the
    // script writes it only when Stata estimated it (an absent value is omitted, se 0).
    bool ifEstimated = false;
};

struct Translation {
    std::string generate;  // `generate` lines for products
    std::vector<StataTerm> terms;
};

// i(var, ref = r): one generated 0/1 variable per other value of var (Stata's factor
// notation would need non-negative integers; relative periods are negative). Values are
// compared as numbers, so a text-valued i() variable is refused.
Result<void> translateDummies(const ScriptSpec& spec, const est::Factor& factor, Translation& out)
{
    const auto levels = spec.dummyLevels.find(factor.var.name);
    const bool numeric = std::find(spec.stringColumns.begin(), spec.stringColumns.end(), factor.var.name) == spec.stringColumns.end();
    if (levels == spec.dummyLevels.end() || !numeric)
        return fail("unsupported", "the Stata script translates i() of numeric variables only ('" + factor.var.name + "')");
    for (const std::string& level : levels->second) {
        if (factor.ref && *factor.ref == level) continue;
        const std::string var = "_i" + std::to_string(out.terms.size() + 1);
        out.generate += "generate byte " + var + " = (" + factor.var.name + " == " + level + ") if !missing(" + factor.var.name + ")\n";
        out.terms.push_back({var, factor.var.name + "::" + level, true});
    }
    return ok();
}

Result<void> translate(const ScriptSpec& spec, const std::vector<est::Term>& terms, Translation& out)
{
    for (const auto& term : terms) {
        if (term.factors.size() == 1 && term.factors[0].kind == est::Factor::Kind::Dummies) {
            if (auto r = translateDummies(spec, term.factors[0], out); !r) return r;
            continue;
        }
        for (const auto& factor : term.factors)
            if (factor.kind == est::Factor::Kind::Dummies)
                return fail("unsupported", "the Stata script does not translate i() inside a product ('" + term.name() + "')");
        if (term.factors.size() == 1) {
            out.terms.push_back({stataVar(term.factors[0].var), term.name()});
            continue;
        }
        const std::string var = "_prod" + std::to_string(out.terms.size() + 1);
        out.generate += "generate double " + var + " = ";
        for (std::size_t f = 0; f < term.factors.size(); ++f)
            out.generate += (f ? " * " : "") + stataVar(term.factors[f].var);
        out.generate += "\n";
        out.terms.push_back({var, term.name()});
    }
    return ok();
}

std::string join(const std::vector<StataTerm>& terms)
{
    std::string out;
    for (const auto& t : terms) out += " " + t.stata;
    return out;
}

std::string absorb(const ScriptSpec& spec)
{
    if (spec.formula.fixedEffects.empty()) return spec.model == est::Model::Ols ? " noabsorb" : "";
    std::string out = " absorb(";
    for (std::size_t q = 0; q < spec.formula.fixedEffects.size(); ++q) {
        const auto& vars = spec.formula.fixedEffects[q].vars;
        if (q) out += ' ';
        for (std::size_t v = 0; v < vars.size(); ++v) out += (v ? "#" : "") + vars[v];
    }
    return out + ")";
}

std::string clusterVars(const ScriptSpec& spec)
{
    std::string out;
    for (std::size_t c = 0; c < spec.clusters.size(); ++c) {
        if (c) out += ' ';
        for (std::size_t v = 0; v < spec.clusters[c].vars.size(); ++v) out += (v ? "#" : "") + spec.clusters[c].vars[v];
    }
    return out;
}

// ivreghdfe takes ivreg2's options (small: the t and F with small-sample factors).
std::string variance(const ScriptSpec& spec, bool iv)
{
    switch (spec.vcov) {
        case est::VcovType::Iid:
            return iv ? " small" : " vce(unadjusted)";
        case est::VcovType::Hetero:
            return iv ? " robust small" : " vce(robust)";
        default:
            return iv ? " cluster(" + clusterVars(spec) + ") small" : " vce(cluster " + clusterVars(spec) + ")";
    }
}

// One line of estimates.csv; the compound quotes write the term inside double quotes.
std::string writeTerm(const StataTerm& t)
{
    const std::string estimated = t.ifEstimated ? "if _se[" + t.stata + "] > 0 & !missing(_se[" + t.stata + "]) " : "";
    return estimated + "file write out `\"\"" + t.fixest + "\"\"' \",\" (strtrim(string(_b[" + t.stata +
           "], \"%24.17g\"))) \",\" (strtrim(string(_se[" + t.stata + "], \"%24.17g\"))) _n\n";
}

}  // namespace

Result<std::string> stataScript(const ScriptSpec& spec)
{
    const auto& f = spec.formula;
    Translation exog, endo, inst;
    if (auto r = translate(spec, f.terms, exog); !r) return std::unexpected(r.error());
    if (auto r = translate(spec, f.endogenous, endo); !r) return std::unexpected(r.error());
    if (auto r = translate(spec, f.instruments, inst); !r) return std::unexpected(r.error());

    std::string s = "* Replicates: " + spec.formulaText +
                    "\n* Run from this folder: do replicate.do  (writes estimates.csv here)\n"
                    "* Needs reghdfe, ftools" +
                    std::string(f.isIv() ? ", ivreg2, ivreghdfe" : "") +
                    (spec.model == est::Model::Poisson ? ", ppmlhdfe" : "") +
                    " (ssc install).\n"
                    "clear all\nimport delimited using \"panel.csv\", clear varnames(1) case(preserve)\n";
    // Text columns (ids, provinces) become labelled integers: absorb() and clusters need
    // numbers. Ids that look like numbers are imported as numbers already.
    std::string textVars;
    for (const auto& name : spec.stringColumns) textVars += " " + name;
    s += "foreach v in" + textVars +
         " {\n    capture confirm string variable `v'\n    if !_rc {\n        encode `v', generate(_code)\n"
         "        drop `v'\n        rename _code `v'\n    }\n}\n";
    s += "xtset " + spec.unitName + " " + spec.timeName + ", delta(" + std::to_string(spec.timeStep) + ")\n";
    s += exog.generate + endo.generate + inst.generate;

    const std::string y = stataVar(f.depvar);
    const bool poisson = spec.model == est::Model::Poisson;
    // `if` restricts the estimation sample only: L. and F. still read the whole xtset panel.
    const std::string sample = spec.sampleColumn.empty() ? std::string() : " if " + spec.sampleColumn + " == 1";
    std::string command;
    if (f.isIv())
        command = "ivreghdfe " + y + join(exog.terms) + " (" + join(endo.terms).substr(1) + " =" + join(inst.terms) +
                  ")" + sample + "," + absorb(spec) + variance(spec, true);
    else
        command = std::string(poisson ? "ppmlhdfe " : "reghdfe ") + y + join(exog.terms) + sample + "," + absorb(spec) +
                  variance(spec, false);
    // fixest and the application keep singletons; reghdfe drops them unless told. (Left
    // to ivreghdfe's and ppmlhdfe's own defaults: their option sets differ.)
    if (!poisson && !f.isIv() && !spec.dropSingletons) command += " keepsingletons";
    s += command + "\n";

    // fixest's order: the instrumented variables first (named fit_x), then the rest.
    std::vector<StataTerm> reported;
    for (const auto& t : endo.terms) reported.push_back({t.stata, "fit_" + t.fixest});
    if (f.hasIntercept()) reported.push_back({"_cons", "(Intercept)"});
    reported.insert(reported.end(), exog.terms.begin(), exog.terms.end());
    s += "file open out using \"estimates.csv\", write replace text\nfile write out \"term,estimate,std_error\" _n\n";
    for (const auto& t : reported) s += writeTerm(t);
    s += "file close out\n";
    return s;
}

}  // namespace aitocracy::core::scripts
