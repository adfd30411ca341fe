#pragma once
// The fixest formula subset of ESTIMATION.md, parsed:
//   depvar ~ terms [| fixed effects] [| endogenous ~ instruments]
// terms: x, l(x, k), f(x, k), l(x, a:b) (one term per k, in order), a:b products,
// i(var, ref = r) event-time dummies; fixed effects: a + b + a^b.
#include "common/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace aitocracy::core::est {

// A panel variable at lag k: the value of `name` at time t − k·step in the same unit
// (k < 0 is a lead). lag 0 is the variable itself.
struct VarRef {
    std::string name;
    int lag = 0;

    // fixest's spelling: "x", "l(x, 2)", "f(x, 3)".
    [[nodiscard]] std::string label() const;
    bool operator==(const VarRef&) const = default;
};

// One factor of a term.
struct Factor {
    enum class Kind { Numeric, Dummies };
    Kind kind = Kind::Numeric;
    VarRef var;
    // Dummies: i(var, ref = r) — one 0/1 column per value of var except `ref`
    // (the reference written as in the formula, compared with the value's text form).
    std::optional<std::string> ref;
    int column = 0;  // 1-based character position in the formula text, for messages

    bool operator==(const Factor&) const = default;
};

// A product of factors (a:b); a single factor is the usual term.
struct Term {
    std::vector<Factor> factors;

    // fixest's name: "unrest", "l(unrest, 1)", "rain:l(ai_stock, 1)". A Dummies
    // factor names itself "var" here; each expanded column is then "var::value".
    [[nodiscard]] std::string name() const;
    bool operator==(const Term&) const = default;
};

// One fixed-effect dimension: a variable, or an interaction a^b (one level per
// combination).
struct FixedEffectSpec {
    std::vector<std::string> vars;
    [[nodiscard]] std::string name() const;  // "pref", "prov^t"
    bool operator==(const FixedEffectSpec&) const = default;
};

struct Formula {
    VarRef depvar;
    std::vector<Term> terms;  // single-factor terms first, then products, each in written order
    std::vector<FixedEffectSpec> fixedEffects;
    std::vector<Term> endogenous;   // IV part, left of its ~
    std::vector<Term> instruments;  // IV part, right of its ~
    [[nodiscard]] bool hasIntercept() const { return fixedEffects.empty(); }
    [[nodiscard]] bool isIv() const { return !endogenous.empty(); }
    // Every variable the formula reads (depvar, terms, fixed effects, IV), without duplicates.
    [[nodiscard]] std::vector<std::string> variables() const;
};

// Parses `text`. Every variable must be one of `knownVariables`; an unknown one is an
// Error (code "formula") whose message reads
//   unknown variable 'unrset' at column 9 (did you mean 'unrest'?)
// Syntax errors name the column too: "expected ')' at column 14".
Result<Formula> parseFormula(const std::string& text, const std::vector<std::string>& knownVariables);

}  // namespace aitocracy::core::est
