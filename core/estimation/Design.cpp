#include "estimation/Design.h"

#include "common/ParallelFor.h"
#include "estimation/PanelIndex.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace aitocracy::core::est {
namespace {

// A regressor before the sample is known: how to compute it at a panel row — a product
// of lagged numeric columns, or a 0/1 dummy for one level of a factor column. Values are
// computed only for the sample rows, straight into the design matrix.
struct RawColumn {
    struct Part {
        const PanelColumn* column;
        int lag;
    };
    std::string name;
    std::vector<Part> parts;
    const PanelColumn* dummyOf = nullptr;
    std::int32_t dummyCode = -1;
};

// A factor (fixed effect, cluster or i() variable) over all panel rows: ids in
// 0 … levels − 1, -1 = missing.
struct RawFactor {
    std::string name;
    std::vector<std::int32_t> ids;
    std::vector<std::string> vars;
    std::size_t levels = 0;
};

class DesignBuilder {
public:
    DesignBuilder(const PanelData& panel, const Formula& formula, const EstimationOptions& options)
        : panel_(panel), formula_(formula), options_(options), index_(panel)
    {
    }

    Result<Design> build();

private:
    Result<RawColumn::Part> numeric(const VarRef& var);
    Result<RawColumn> termColumn(const Term& term, std::string name);
    [[nodiscard]] double valueAt(const RawColumn& c, std::size_t r) const;
    void fillColumn(const RawColumn& c, double* out) const;
    Result<RawFactor> factor(const std::vector<std::string>& vars, const std::string& name);
    Result<void> resolveClusters();
    Result<void> collectColumns();
    void applyMissing();
    void dropAllZeroLevels();
    void handleSingletons();
    void finish();

    const PanelData& panel_;
    const Formula& formula_;
    const EstimationOptions& options_;
    PanelIndex index_;

    RawColumn y_;
    std::vector<RawColumn> x_, endo_, inst_;
    struct DummySpec {
        std::size_t position;  // where in x_ its columns go
        const PanelColumn* column;
        std::optional<std::string> ref;
        std::string name;
    };
    std::vector<DummySpec> dummies_;
    std::vector<RawFactor> fes_, clusters_;
    std::vector<char> inSample_;
    Design d_;
};

Result<RawColumn::Part> DesignBuilder::numeric(const VarRef& var)
{
    const PanelColumn* column = panel_.column(var.name);
    if (!column) return fail("data", "no column '" + var.name + "' in the data");
    if (!column->isNumeric())
        return fail("data", "column '" + var.name + "' is used as a number but line " + std::to_string(column->firstNonNumeric->line) +
                                " has '" + column->firstNonNumeric->text + "'");
    return RawColumn::Part{column, var.lag};
}

Result<RawColumn> DesignBuilder::termColumn(const Term& term, std::string name)
{
    RawColumn c;
    c.name = std::move(name);
    for (const Factor& f : term.factors) {
        auto part = numeric(f.var);
        if (!part) return std::unexpected(part.error());
        c.parts.push_back(*part);
    }
    return c;
}

// NaN when a lag falls on a gap or the panel's edge.
double DesignBuilder::valueAt(const RawColumn& c, std::size_t r) const
{
    if (c.dummyOf) return c.dummyOf->codes[r] == c.dummyCode ? 1.0 : 0.0;
    double value = 1.0;
    for (const auto& part : c.parts) {
        const std::int64_t source = index_.sourceRow(r, part.lag);
        if (source < 0) return kMissing;
        value *= part.column->values[static_cast<std::size_t>(source)];
    }
    return value;
}

// The column at every sample row (d_.rows), into out[0 … n − 1].
void DesignBuilder::fillColumn(const RawColumn& c, double* out) const
{
    const std::size_t n = d_.rows.size();
    if (c.parts.size() == 1 && !c.dummyOf) {  // the usual case: one (lagged) variable
        const double* values = c.parts[0].column->values.data();
        const int lag = c.parts[0].lag;
        for (std::size_t i = 0; i < n; ++i) out[i] = values[index_.sourceRow(d_.rows[i], lag)];
        return;
    }
    for (std::size_t i = 0; i < n; ++i) out[i] = valueAt(c, d_.rows[i]);
}

Result<RawFactor> DesignBuilder::factor(const std::vector<std::string>& vars, const std::string& name)
{
    RawFactor f{name, std::vector<std::int32_t>(panel_.rows(), -1), vars, 0};
    std::vector<const PanelColumn*> columns;
    for (const auto& v : vars) {
        const PanelColumn* c = panel_.column(v);
        if (!c) return fail("data", "no column '" + v + "' in the data");
        columns.push_back(c);
    }
    if (columns.size() == 1) {
        f.ids = columns[0]->codes;
        f.levels = columns[0]->levels.size();
        return f;
    }
    // Combine the variables' codes: one id per distinct combination (a^b).
    std::unordered_map<std::uint64_t, std::int32_t> combined;
    for (std::size_t r = 0; r < panel_.rows(); ++r) {
        std::int64_t id = columns[0]->codes[r];
        for (std::size_t k = 1; k < columns.size() && id >= 0; ++k) {
            const std::int32_t code = columns[k]->codes[r];
            if (code < 0) {
                id = -1;
                break;
            }
            const std::uint64_t key = (static_cast<std::uint64_t>(id) << 32) | static_cast<std::uint32_t>(code);
            id = combined.try_emplace(key, static_cast<std::int32_t>(combined.size())).first->second;
        }
        f.ids[r] = static_cast<std::int32_t>(id);
    }
    f.levels = columns.size() == 1 ? columns[0]->levels.size() : combined.size();
    return f;
}

Result<void> DesignBuilder::resolveClusters()
{
    VcovType vcov = options_.vcov;
    const std::vector<std::string> dims = clusterDimensions(options_.clusters);
    if (vcov == VcovType::Default) vcov = !dims.empty() || !formula_.fixedEffects.empty() ? VcovType::Cluster : VcovType::Iid;
    d_.vcov = vcov;
    if (vcov != VcovType::Cluster) return ok();
    if (dims.size() > 2) return fail("usage", "at most two cluster dimensions (e.g. --cluster pref+t)");
    if (dims.empty()) {
        if (formula_.fixedEffects.empty()) return fail("usage", "clustered standard errors need --cluster VAR (the formula has no fixed effect to cluster by)");
        const auto& first = formula_.fixedEffects.front();
        auto f = factor(first.vars, first.name());
        if (!f) return std::unexpected(f.error());
        clusters_.push_back(std::move(*f));
        return ok();
    }
    for (const auto& name : dims) {
        auto f = factor({name}, name);
        if (!f) return std::unexpected(f.error());
        clusters_.push_back(std::move(*f));
    }
    return ok();
}

Result<void> DesignBuilder::collectColumns()
{
    auto y = numeric(formula_.depvar);
    if (!y) return std::unexpected(y.error());
    y_.name = formula_.depvar.label();
    y_.parts = {*y};
    for (const Term& term : formula_.terms) {
        const bool dummies = std::any_of(term.factors.begin(), term.factors.end(), [](const Factor& f) { return f.kind == Factor::Kind::Dummies; });
        if (dummies) {
            if (term.factors.size() != 1) return fail("formula", "i() cannot be part of a product (term '" + term.name() + "')");
            const Factor& f = term.factors[0];
            if (f.var.lag != 0) return fail("formula", "i() of a lagged variable is not supported (term '" + term.name() + "')");
            const PanelColumn* column = panel_.column(f.var.name);
            if (!column) return fail("data", "no column '" + f.var.name + "' in the data");
            dummies_.push_back({x_.size(), column, f.ref, f.var.name});
            continue;
        }
        auto column = termColumn(term, term.name());
        if (!column) return std::unexpected(column.error());
        x_.push_back(std::move(*column));
    }
    for (const Term& term : formula_.endogenous) {
        auto column = termColumn(term, "fit_" + term.name());
        if (!column) return std::unexpected(column.error());
        endo_.push_back(std::move(*column));
    }
    for (const Term& term : formula_.instruments) {
        auto column = termColumn(term, term.name());
        if (!column) return std::unexpected(column.error());
        inst_.push_back(std::move(*column));
    }
    for (const auto& fe : formula_.fixedEffects) {
        auto f = factor(fe.vars, fe.name());
        if (!f) return std::unexpected(f.error());
        fes_.push_back(std::move(*f));
    }
    return ok();
}

void DesignBuilder::applyMissing()
{
    // The user's sample first, so that its rows are counted as excluded, not as missing.
    if (options_.rowMask.empty()) {
        inSample_.assign(panel_.rows(), 1);
    } else {
        inSample_.assign(options_.rowMask.begin(), options_.rowMask.end());
        for (auto& keep : inSample_) keep = keep != 0;
    }
    d_.droppedExcluded = static_cast<std::size_t>(std::count(inSample_.begin(), inSample_.end(), 0));
    // A row stays when every column it uses has a finite value at each lag used. The lags
    // of one column are checked together: a contiguous set (l(x, -4:4)) in one pass.
    std::map<const PanelColumn*, std::set<int>> lagsOf;
    auto collect = [&](const RawColumn& c) {
        for (const auto& part : c.parts) lagsOf[part.column].insert(part.lag);
    };
    auto dropMissingId = [&](const std::vector<std::int32_t>& ids) {
        for (std::size_t r = 0; r < ids.size(); ++r)
            if (ids[r] < 0) inSample_[r] = 0;
    };
    collect(y_);
    for (const auto* group : {&x_, &endo_, &inst_})
        for (const auto& c : *group) collect(c);
    for (const auto& [column, lags] : lagsOf) {
        const int lowest = *lags.begin(), highest = *lags.rbegin();
        if (static_cast<std::size_t>(highest - lowest + 1) == lags.size()) {
            index_.keepRowsWithLags(column->values, lowest, highest, inSample_);
        } else {
            for (int k : lags) index_.keepRowsWithLags(column->values, k, k, inSample_);
        }
    }
    for (const auto& dummy : dummies_) dropMissingId(dummy.column->codes);
    for (const auto& f : fes_) dropMissingId(f.ids);
    for (const auto& c : clusters_) dropMissingId(c.ids);
    d_.droppedMissing = static_cast<std::size_t>(std::count(inSample_.begin(), inSample_.end(), 0)) - d_.droppedExcluded;
}

// Poisson: a fixed-effect level whose outcome is zero on every row of the sample has no
// finite estimate; its rows go (one pass per dimension, as fixest does).
void DesignBuilder::dropAllZeroLevels()
{
    for (const auto& f : fes_) {
        std::vector<double> sums(f.levels, 0.0);
        for (std::size_t r = 0; r < inSample_.size(); ++r)
            if (inSample_[r]) sums[static_cast<std::size_t>(f.ids[r])] += valueAt(y_, r);
        for (std::size_t r = 0; r < inSample_.size(); ++r)
            if (inSample_[r] && sums[static_cast<std::size_t>(f.ids[r])] == 0) {
                inSample_[r] = 0;
                ++d_.droppedFeAllZero;
            }
    }
}

// Singletons: observations alone in a level of some fixed effect. fixest keeps them
// (default); reghdfe drops them, repeatedly, since dropping can create new ones.
void DesignBuilder::handleSingletons()
{
    auto markSingletons = [&](std::vector<char>& single) {
        std::fill(single.begin(), single.end(), 0);
        for (const auto& f : fes_) {
            std::vector<std::size_t> counts(f.levels, 0);
            for (std::size_t r = 0; r < inSample_.size(); ++r)
                if (inSample_[r]) ++counts[static_cast<std::size_t>(f.ids[r])];
            for (std::size_t r = 0; r < inSample_.size(); ++r)
                if (inSample_[r] && counts[static_cast<std::size_t>(f.ids[r])] == 1) single[r] = 1;
        }
        return static_cast<std::size_t>(std::count(single.begin(), single.end(), 1));
    };
    std::vector<char> single(inSample_.size(), 0);
    d_.singletons = markSingletons(single);
    if (!options_.dropSingletons) return;
    for (std::size_t found = d_.singletons; found > 0; found = markSingletons(single)) {
        for (std::size_t r = 0; r < inSample_.size(); ++r)
            if (single[r]) inSample_[r] = 0;
        d_.droppedSingletons += found;
    }
}

// Compact 0 … L − 1 ids over the sample rows (L = levels present in the sample).
std::vector<std::int32_t> compact(const RawFactor& raw, const std::vector<std::size_t>& rows, std::size_t& levels)
{
    std::vector<std::int32_t> map(raw.levels, -1);
    std::vector<std::int32_t> ids(rows.size());
    std::int32_t next = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto& slot = map[static_cast<std::size_t>(raw.ids[rows[i]])];
        if (slot < 0) slot = next++;
        ids[i] = slot;
    }
    levels = static_cast<std::size_t>(next);
    return ids;
}

bool parsesAsNumber(const std::string& s, double& value)
{
    const auto* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, value);
    return ec == std::errc() && ptr == end;
}

// FE dimension q is nested in cluster dimension c when it is that variable, an
// interaction containing it, or each of its levels lies within one cluster.
bool nestedIn(const std::vector<std::int32_t>& fe, const std::vector<std::string>& feVars, const std::vector<std::int32_t>& cluster,
              const std::vector<std::string>& clusterVars, std::size_t feLevels)
{
    if (clusterVars.size() == 1 && std::find(feVars.begin(), feVars.end(), clusterVars[0]) != feVars.end()) return true;
    if (feVars == clusterVars) return true;
    std::vector<std::int32_t> clusterOf(feLevels, -1);
    for (std::size_t i = 0; i < fe.size(); ++i) {
        auto& c = clusterOf[static_cast<std::size_t>(fe[i])];
        if (c < 0)
            c = cluster[i];
        else if (c != cluster[i])
            return false;
    }
    return true;
}

void DesignBuilder::finish()
{
    for (std::size_t r = 0; r < inSample_.size(); ++r)
        if (inSample_[r]) d_.rows.push_back(r);
    const std::size_t n = d_.rows.size();
    const auto nIdx = static_cast<Eigen::Index>(n);

    // i() dummies: one column per level present in the sample, numeric order when the
    // levels are numbers (event time), text order otherwise; the reference left out.
    std::vector<RawColumn> expanded;
    std::size_t nextDummy = 0;
    for (std::size_t position = 0; position <= x_.size(); ++position) {
        for (; nextDummy < dummies_.size() && dummies_[nextDummy].position == position; ++nextDummy) {
            const DummySpec& spec = dummies_[nextDummy];
            std::vector<std::int32_t> present;
            std::vector<char> seen(spec.column->levels.size(), 0);
            for (std::size_t r : d_.rows) {
                const auto code = spec.column->codes[r];
                if (!seen[static_cast<std::size_t>(code)]) {
                    seen[static_cast<std::size_t>(code)] = 1;
                    present.push_back(code);
                }
            }
            const auto& levels = spec.column->levels;
            bool allNumeric = true;
            std::vector<double> numericLevel(levels.size(), 0);
            for (auto code : present) allNumeric = allNumeric && parsesAsNumber(levels[static_cast<std::size_t>(code)], numericLevel[static_cast<std::size_t>(code)]);
            std::sort(present.begin(), present.end(), [&](std::int32_t a, std::int32_t b) {
                const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b);
                return allNumeric ? numericLevel[ua] < numericLevel[ub] : levels[ua] < levels[ub];
            });
            double refValue = 0;
            const bool refNumeric = spec.ref && parsesAsNumber(*spec.ref, refValue);
            for (auto code : present) {
                const auto& text = levels[static_cast<std::size_t>(code)];
                if (spec.ref && (text == *spec.ref || (allNumeric && refNumeric && numericLevel[static_cast<std::size_t>(code)] == refValue))) continue;
                RawColumn column;
                column.name = spec.name + "::" + text;
                column.dummyOf = spec.column;
                column.dummyCode = code;
                expanded.push_back(std::move(column));
            }
        }
        if (position < x_.size()) expanded.push_back(std::move(x_[position]));
    }
    x_ = std::move(expanded);

    d_.intercept = fes_.empty();
    auto fill = [&](const std::vector<RawColumn>& columns, Eigen::MatrixXd& m, std::vector<std::string>& names, bool intercept) {
        const auto p = static_cast<Eigen::Index>(columns.size() + (intercept ? 1 : 0));
        m.resize(nIdx, p);
        Eigen::Index j = 0;
        if (intercept) {
            m.col(j++).setOnes();
            names.emplace_back("(Intercept)");
        }
        const Eigen::Index first = j;
        parallelFor(columns.size(), columns.size() * n, [&](std::size_t k) { fillColumn(columns[k], m.col(first + static_cast<Eigen::Index>(k)).data()); });
        for (const auto& c : columns) names.push_back(c.name);
    };
    d_.yName = y_.name;
    d_.y.resize(nIdx);
    fillColumn(y_, d_.y.data());
    fill(x_, d_.X, d_.xNames, d_.intercept);
    fill(endo_, d_.endogenous, d_.endogenousNames, false);
    fill(inst_, d_.instruments, d_.instrumentNames, false);

    for (const auto& f : fes_) {
        std::size_t levels = 0;
        d_.feIds.push_back(compact(f, d_.rows, levels));
        d_.feLevels.push_back(levels);
        d_.feNames.push_back(f.name);
    }
    for (const auto& c : clusters_) {
        std::size_t groups = 0;
        d_.clusterIds.push_back(compact(c, d_.rows, groups));
        d_.clusterGroups.push_back(groups);
        d_.clusterNames.push_back(c.name);
    }
    for (std::size_t q = 0; q < fes_.size(); ++q) {
        bool nested = false;
        for (std::size_t c = 0; c < clusters_.size() && !nested; ++c)
            nested = nestedIn(d_.feIds[q], fes_[q].vars, d_.clusterIds[c], clusters_[c].vars, d_.feLevels[q]);
        d_.feNested.push_back(nested);
    }
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a over the sample rows
    for (std::size_t r : d_.rows) hash = (hash ^ r) * 1099511628211ull;
    d_.sampleHash = hash;
}

Result<Design> DesignBuilder::build()
{
    if (!options_.rowMask.empty() && options_.rowMask.size() != panel_.rows())
        return fail("usage", "the sample mask has " + std::to_string(options_.rowMask.size()) + " flags for a panel of " +
                                 std::to_string(panel_.rows()) + " rows");
    if (auto r = collectColumns(); !r) return std::unexpected(r.error());
    if (auto r = resolveClusters(); !r) return std::unexpected(r.error());
    applyMissing();
    if (options_.model == Model::Poisson) {
        for (std::size_t r = 0; r < inSample_.size(); ++r)
            if (inSample_[r] && valueAt(y_, r) < 0)
                return fail("data", "Poisson needs a non-negative outcome; '" + y_.name + "' is " + std::to_string(valueAt(y_, r)) + " on line " +
                                        std::to_string(panel_.sourceLine.empty() ? r + 2 : panel_.sourceLine[r]));
        dropAllZeroLevels();
    }
    handleSingletons();
    finish();
    if (d_.rows.empty())
        return fail("data", "no observation is left after dropping rows with missing values (" + std::to_string(d_.droppedMissing) +
                                " dropped" + (d_.droppedExcluded ? ", " + std::to_string(d_.droppedExcluded) + " outside the chosen sample" : "") +
                                ")");
    return std::move(d_);
}

}  // namespace

Result<Design> buildDesign(const PanelData& panel, const Formula& formula, const EstimationOptions& options)
{
    return DesignBuilder(panel, formula, options).build();
}

std::vector<std::string> clusterDimensions(const std::vector<std::string>& clusters)
{
    std::vector<std::string> dims;
    for (const auto& spec : clusters) {
        std::size_t start = 0;
        while (start <= spec.size()) {
            const std::size_t plus = spec.find('+', start);
            std::string part = spec.substr(start, plus == std::string::npos ? std::string::npos : plus - start);
            part.erase(0, part.find_first_not_of(' '));
            part.erase(part.find_last_not_of(' ') + 1);
            if (!part.empty()) dims.push_back(part);
            if (plus == std::string::npos) break;
            start = plus + 1;
        }
    }
    return dims;
}

}  // namespace aitocracy::core::est
