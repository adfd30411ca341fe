// Recursive-descent parser for the fixest formula subset of ESTIMATION.md:
//   formula   := varref '~' rhs ['|' fe] ['|' terms '~' terms]
//   rhs       := terms | '1'            ('1' alone only with an IV part: y ~ 1 | fe | d ~ z)
//   terms     := term ('+' term)*
//   term      := factor (':' factor)*    (a lag range in a factor expands the term)
//   factor    := name | l(name[, lags]) | f(name[, lags]) | i(name[, ref = value])
//   lags      := int | int ':' int
//   fe        := name ('^' name)* ('+' name ('^' name)*)*
// A part after the first '|' is the IV part when it contains '~' (fixest's rule), so
// `y ~ x | d ~ z` has no fixed effects. Term order follows R's terms(), which fixest
// inherits: terms of one factor first, then products by their number of factors, each
// in written order; a repeated term (a:b after b:a too) is dropped.
#include "estimation/Formula.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <set>
#include <utility>

#include "estimation/FormulaLexer.h"

namespace aitocracy::core::est {

std::string VarRef::label() const
{
    if (lag == 0) return name;
    // Written without negating INT_MIN: the parser limits lags far below it anyway.
    const long long k = lag;
    return lag > 0 ? "l(" + name + ", " + std::to_string(k) + ")" : "f(" + name + ", " + std::to_string(-k) + ")";
}

std::string Term::name() const
{
    std::string out;
    for (const Factor& f : factors) {
        if (!out.empty()) out += ':';
        out += f.var.label();
    }
    return out;
}

std::string FixedEffectSpec::name() const
{
    std::string out;
    for (const std::string& v : vars) {
        if (!out.empty()) out += '^';
        out += v;
    }
    return out;
}

std::vector<std::string> Formula::variables() const
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    auto add = [&](const std::string& v) {
        if (seen.insert(v).second) out.push_back(v);
    };
    auto addTerms = [&](const std::vector<Term>& list) {
        for (const Term& t : list)
            for (const Factor& f : t.factors) add(f.var.name);
    };
    add(depvar.name);
    addTerms(terms);
    for (const FixedEffectSpec& fe : fixedEffects)
        for (const std::string& v : fe.vars) add(v);
    addTerms(endogenous);
    addTerms(instruments);
    return out;
}

namespace {

using Kind = FormulaToken::Kind;

// Largest lag accepted: far beyond any panel, far below int overflow in label().
constexpr int kMaxLag = 100000;

// Thrown inside the parser only; parseFormula turns it into an Error.
struct SyntaxError {
    std::string message;
};

// Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions),
// on code points.
std::size_t editDistance(const std::u32string& a, const std::u32string& b)
{
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// The known variable nearest to `name`, if it is near enough to be a likely typo.
std::optional<std::string> suggestion(const std::string& name, const std::vector<std::string>& known)
{
    const std::u32string target = decodeUtf8(name);
    const std::size_t limit = std::max<std::size_t>(2, target.size() / 3);
    std::optional<std::string> best;
    std::size_t bestDistance = limit + 1;
    for (const std::string& k : known) {
        const std::size_t dist = editDistance(target, decodeUtf8(k));
        if (dist < bestDistance) {
            bestDistance = dist;
            best = k;
        }
    }
    return best;
}

// Identity of a term for dropping repeats: kinds, variables, lags and references of its
// factors, in sorted order (R treats b:a as a repeat of a:b).
std::string termKey(const Term& t)
{
    std::vector<std::string> parts;
    for (const Factor& f : t.factors) {
        std::string p = f.kind == Factor::Kind::Dummies ? "i\x1f" : "n\x1f";
        p += f.var.name + '\x1f' + std::to_string(f.var.lag) + '\x1f' + (f.ref ? "r" + *f.ref : std::string("-"));
        parts.push_back(std::move(p));
    }
    std::sort(parts.begin(), parts.end());
    std::string key;
    for (const std::string& p : parts) key += p + '\x1e';
    return key;
}

// Drops repeated terms (keeping the first) and orders by number of factors, stably.
std::vector<Term> normalizeTerms(std::vector<Term> terms)
{
    std::vector<Term> out;
    std::set<std::string> seen;
    for (Term& t : terms)
        if (seen.insert(termKey(t)).second) out.push_back(std::move(t));
    std::stable_sort(out.begin(), out.end(),
                     [](const Term& a, const Term& b) { return a.factors.size() < b.factors.size(); });
    return out;
}

class Parser {
public:
    Parser(std::vector<FormulaToken> tokens, const std::vector<std::string>& known)
        : tokens_(std::move(tokens)), known_(known), knownSet_(known.begin(), known.end())
    {
    }

    Formula parse()
    {
        Formula f;
        if (peek().kind == Kind::End) throw SyntaxError{"empty formula (a formula reads: y ~ x | fe)"};
        if (peek().kind == Kind::Tilde)
            throw SyntaxError{"expected the dependent variable before '~' at column " + col(peek())};
        f.depvar = parseDepvar();
        if (peek().kind != Kind::Tilde) {
            const bool anyTilde = std::any_of(tokens_.begin(), tokens_.end(),
                                              [](const FormulaToken& t) { return t.kind == Kind::Tilde; });
            if (!anyTilde) throw SyntaxError{"missing '~' at column " + col(peek()) + " (a formula reads: y ~ x | fe)"};
            throw unexpected(peek(), "expected '~' after the dependent variable");
        }
        next();

        // Right-hand side; `1` alone is allowed only when an IV part follows.
        std::optional<int> interceptOnly;
        if (peek().kind == Kind::Pipe || peek().kind == Kind::End)
            throw SyntaxError{"empty right-hand side at column " + col(peek()) + " (a formula reads: y ~ x | fe)"};
        if (peek().kind == Kind::Number && peek().text == "1" &&
            (peek(1).kind == Kind::Pipe || peek(1).kind == Kind::End)) {
            interceptOnly = next().column;
        } else {
            f.terms = parseTerms();
        }
        expectPartEnd();

        bool haveFixedEffects = false;
        while (peek().kind == Kind::Pipe) {
            const FormulaToken& pipe = next();
            if (partHasTilde()) {
                f.endogenous = parseTerms();
                if (peek().kind != Kind::Tilde) throw unexpected(peek(), "expected '~' in the IV part");
                next();
                f.instruments = parseTerms();
                if (peek().kind == Kind::Pipe) throw unexpected(peek(), "the IV part endo ~ instruments comes last");
                expectPartEnd();
                break;
            }
            if (haveFixedEffects)
                throw SyntaxError{"unexpected '|' at column " + std::to_string(pipe.column) +
                                  " (a formula reads: y ~ x | fe | endo ~ instruments)"};
            f.fixedEffects = parseFixedEffects();
            haveFixedEffects = true;
            expectPartEnd();
        }
        if (peek().kind != Kind::End) throw unexpected(peek());
        if (interceptOnly && f.endogenous.empty())
            throw SyntaxError{"intercept terms are not supported at column " + std::to_string(*interceptOnly) +
                              " (the right-hand side needs a variable; '1' alone is allowed only with an IV part)"};

        f.terms = normalizeTerms(std::move(f.terms));
        f.endogenous = normalizeTerms(std::move(f.endogenous));
        f.instruments = normalizeTerms(std::move(f.instruments));
        std::vector<FixedEffectSpec> fes;
        for (FixedEffectSpec& fe : f.fixedEffects)
            if (std::find(fes.begin(), fes.end(), fe) == fes.end()) fes.push_back(std::move(fe));
        f.fixedEffects = std::move(fes);
        return f;
    }

private:
    std::vector<FormulaToken> tokens_;
    const std::vector<std::string>& known_;
    std::set<std::string> knownSet_;
    std::size_t pos_ = 0;

    [[nodiscard]] const FormulaToken& peek(std::size_t ahead = 0) const
    {
        return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)];
    }
    const FormulaToken& next()
    {
        const FormulaToken& t = tokens_[pos_];
        if (pos_ + 1 < tokens_.size()) ++pos_;
        return t;
    }
    static std::string col(const FormulaToken& t) { return std::to_string(t.column); }

    static SyntaxError unexpected(const FormulaToken& t, const std::string& note = {})
    {
        if (t.kind == Kind::End)
            return SyntaxError{"unexpected end of the formula at column " + col(t) +
                               (note.empty() ? "" : " (" + note + ")")};
        std::string shown = t.kind == Kind::String ? "\"" + t.text + "\"" : t.text;
        std::string extra = !t.hint.empty() ? t.hint : note;
        return SyntaxError{"unexpected '" + shown + "' at column " + col(t) +
                           (extra.empty() ? "" : " (" + extra + ")")};
    }

    void expect(Kind kind, const char* spelled)
    {
        if (peek().kind != kind) throw SyntaxError{std::string("expected '") + spelled + "' at column " + col(peek())};
        next();
    }

    // After a part: only '|' or the end may follow.
    void expectPartEnd()
    {
        const Kind k = peek().kind;
        if (k != Kind::Pipe && k != Kind::End) throw unexpected(peek());
    }

    // Whether the part starting here (up to the next '|' outside parentheses) has a '~'.
    [[nodiscard]] bool partHasTilde() const
    {
        int depth = 0;
        for (std::size_t i = pos_; i < tokens_.size(); ++i) {
            const Kind k = tokens_[i].kind;
            if (k == Kind::LParen) ++depth;
            if (k == Kind::RParen) --depth;
            if (k == Kind::Tilde) return true;
            if ((k == Kind::Pipe && depth <= 0) || k == Kind::End) return false;
        }
        return false;
    }

    // A variable name, checked against the data's columns.
    std::string parseName(const char* what)
    {
        const FormulaToken& t = peek();
        if (t.kind != Kind::Ident) {
            if (t.kind == Kind::End || t.kind == Kind::Pipe || t.kind == Kind::Tilde || t.kind == Kind::RParen ||
                t.kind == Kind::Plus)
                throw SyntaxError{std::string("expected ") + what + " at column " + col(t)};
            throw unexpected(t, std::string("expected ") + what);
        }
        if (!knownSet_.contains(t.text)) {
            std::string msg = "unknown variable '" + t.text + "' at column " + col(t);
            if (known_.empty())
                msg += " (the data has no columns)";
            else if (auto s = suggestion(t.text, known_))
                msg += " (did you mean '" + *s + "'?)";
            throw SyntaxError{msg};
        }
        next();
        return t.text;
    }

    static bool isCall(const FormulaToken& t, const FormulaToken& after)
    {
        return t.kind == Kind::Ident && after.kind == Kind::LParen;
    }

    // A signed integer lag.
    int parseLagNumber()
    {
        const FormulaToken& start = peek();
        bool negative = false;
        if (peek().kind == Kind::Minus) {
            negative = true;
            next();
        }
        const FormulaToken& t = peek();
        long long v = 0;
        const char* b = t.text.data();
        const char* e = b + t.text.size();
        if (t.kind != Kind::Number) throw SyntaxError{"expected an integer lag at column " + col(t)};
        auto [p, ec] = std::from_chars(b, e, v);
        if (ec == std::errc::result_out_of_range || (ec == std::errc() && p == e && v > kMaxLag))
            throw SyntaxError{"lag " + std::string(negative ? "-" : "") + t.text + " at column " + col(start) +
                              " is too large (at most " + std::to_string(kMaxLag) + ")"};
        if (ec != std::errc() || p != e) throw SyntaxError{"expected an integer lag at column " + col(t)};
        next();
        return static_cast<int>(negative ? -v : v);
    }

    // l(name[, k | a:b]) or f(...): the lags as written (before f's sign flip).
    std::pair<std::string, std::vector<int>> parseLagCall()
    {
        next();  // l or f
        next();  // (
        std::string name = parseName("a variable name");
        std::vector<int> lags;
        if (peek().kind == Kind::RParen) {
            lags.push_back(1);  // fixest's default: l(x) = l(x, 1)
        } else {
            expect(Kind::Comma, ",' or ')");
            const FormulaToken& start = peek();
            const int a = parseLagNumber();
            if (peek().kind == Kind::Colon) {
                next();
                const int b = parseLagNumber();
                if (a > b)
                    throw SyntaxError{"lag range " + std::to_string(a) + ":" + std::to_string(b) + " at column " +
                                      col(start) + " must go upwards"};
                for (int k = a; k <= b; ++k) lags.push_back(k);
            } else {
                lags.push_back(a);
            }
        }
        expect(Kind::RParen, ")");
        return {std::move(name), std::move(lags)};
    }

    VarRef parseDepvar()
    {
        const FormulaToken& t = peek();
        if (isCall(t, peek(1)) && (t.text == "l" || t.text == "f")) {
            const bool lead = t.text == "f";
            const FormulaToken& argStart = peek(4);  // l ( x , <here>
            auto [name, lags] = parseLagCall();
            if (lags.size() != 1)
                throw SyntaxError{"the dependent variable takes one lag, not a range, at column " + col(argStart)};
            return VarRef{std::move(name), lead ? -lags.front() : lags.front()};
        }
        if (isCall(t, peek(1))) throw unknownFunction(t);
        return VarRef{parseName("the dependent variable"), 0};
    }

    static SyntaxError unknownFunction(const FormulaToken& t)
    {
        return SyntaxError{"unknown function '" + t.text + "()' at column " + col(t) +
                           " (supported: l(), f() and i())"};
    }

    // One factor; a lag range gives several alternatives, one per lag.
    std::vector<Factor> parseFactor()
    {
        const FormulaToken& t = peek();
        const int column = t.column;
        if (isCall(t, peek(1))) {
            if (t.text == "l" || t.text == "f") {
                const bool lead = t.text == "f";
                auto [name, lags] = parseLagCall();
                std::vector<Factor> out;
                for (int k : lags) {
                    Factor f;
                    f.var = VarRef{name, lead ? -k : k};
                    f.column = column;
                    out.push_back(std::move(f));
                }
                return out;
            }
            if (t.text == "i") return {parseDummies()};
            throw unknownFunction(t);
        }
        if (t.kind == Kind::Number && (t.text == "1" || t.text == "0"))
            throw SyntaxError{"intercept terms are not supported at column " + col(t) +
                              " (fixest's '1', '0' and '-1'; the intercept follows from the fixed effects)"};
        if (t.kind == Kind::Minus && peek(1).kind == Kind::Number && peek(1).text == "1")
            throw SyntaxError{"intercept terms are not supported at column " + col(t) +
                              " (fixest's '1', '0' and '-1'; the intercept follows from the fixed effects)"};
        Factor f;
        f.var = VarRef{parseName("a term"), 0};
        f.column = column;
        return {f};
    }

    // i(name[, ref = value]).
    Factor parseDummies()
    {
        Factor f;
        f.kind = Factor::Kind::Dummies;
        f.column = peek().column;
        next();  // i
        next();  // (
        f.var = VarRef{parseName("a variable name"), 0};
        if (peek().kind == Kind::Comma) {
            next();
            const FormulaToken& key = peek();
            if (key.kind != Kind::Ident || key.text != "ref")
                throw unexpected(key, "i() takes i(var) or i(var, ref = value)");
            next();
            expect(Kind::Equals, "=");
            std::string ref;
            if (peek().kind == Kind::Minus) {
                ref = "-";
                next();
                if (peek().kind != Kind::Number)
                    throw SyntaxError{"expected a number or a quoted value at column " + col(peek())};
            }
            const FormulaToken& v = peek();
            if (v.kind != Kind::Number && v.kind != Kind::String)
                throw SyntaxError{"expected a number or a quoted value at column " + col(v)};
            ref += v.text;
            next();
            f.ref = std::move(ref);
        }
        expect(Kind::RParen, ")");
        return f;
    }

    // factor (':' factor)*, expanded over the lag ranges of its factors.
    std::vector<Term> parseTerm()
    {
        std::vector<Term> terms{Term{}};
        while (true) {
            std::vector<Factor> alternatives = parseFactor();
            std::vector<Term> expanded;
            for (const Term& t : terms) {
                for (const Factor& f : alternatives) {
                    Term e = t;
                    e.factors.push_back(f);
                    expanded.push_back(std::move(e));
                }
            }
            terms = std::move(expanded);
            if (peek().kind != Kind::Colon) break;
            next();
        }
        return terms;
    }

    std::vector<Term> parseTerms()
    {
        std::vector<Term> out;
        while (true) {
            for (Term& t : parseTerm()) out.push_back(std::move(t));
            if (peek().kind != Kind::Plus) break;
            next();
        }
        return out;
    }

    std::vector<FixedEffectSpec> parseFixedEffects()
    {
        std::vector<FixedEffectSpec> out;
        while (true) {
            if (isCall(peek(), peek(1))) throw unexpected(peek(), "a fixed effect is a variable name or a^b");
            FixedEffectSpec fe;
            fe.vars.push_back(parseName("a fixed-effect variable"));
            while (peek().kind == Kind::Caret) {
                next();
                fe.vars.push_back(parseName("a fixed-effect variable"));
            }
            out.push_back(std::move(fe));
            if (peek().kind != Kind::Plus) break;
            next();
        }
        return out;
    }
};

}  // namespace

Result<Formula> parseFormula(const std::string& text, const std::vector<std::string>& knownVariables)
{
    auto tokens = tokenizeFormula(text);
    if (!tokens) return std::unexpected(tokens.error());
    try {
        Parser parser(std::move(*tokens), knownVariables);
        return parser.parse();
    } catch (const SyntaxError& e) {
        return fail("formula", e.message, "formula");
    }
}

}  // namespace aitocracy::core::est
