// parseFormula: the fixest formula subset of ESTIMATION.md, its term order and names,
// and error messages that point at the offending character (counted in characters).
#include <QTest>
#include <string>
#include <vector>

#include "TestSupport.h"
#include "estimation/Formula.h"

using namespace aitocracy::core;
using namespace aitocracy::core::est;
using aitocracy::test::errorText;

namespace {

const std::vector<std::string> kKnown = {"y", "x", "unrest", "rain", "ai_stock", "pref", "prov", "t",
                                         "z", "d", "d2",     "rel",  "name",     "w.1",  "收入", "my var"};

std::vector<std::string> termNames(const std::vector<Term>& terms)
{
    std::vector<std::string> out;
    for (const Term& t : terms) out.push_back(t.name());
    return out;
}

std::vector<std::string> feNames(const Formula& f)
{
    std::vector<std::string> out;
    for (const FixedEffectSpec& fe : f.fixedEffects) out.push_back(fe.name());
    return out;
}

using Names = std::vector<std::string>;

Formula parseOk(const std::string& text)
{
    auto f = parseFormula(text, kKnown);
    if (!f) qWarning("%s", errorText(f).c_str());
    return f.value_or(Formula{});
}

// The error message of a formula that must fail ("" when it parsed).
std::string errorOf(const std::string& text)
{
    auto f = parseFormula(text, kKnown);
    if (f) return {};
    if (f.error().code != "formula") return "wrong code " + f.error().code;
    return f.error().message;
}

}  // namespace

class TestFormula : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void labels()
    {
        QCOMPARE(VarRef({"x", 0}).label(), std::string("x"));
        QCOMPARE(VarRef({"x", 2}).label(), std::string("l(x, 2)"));
        QCOMPARE(VarRef({"x", -3}).label(), std::string("f(x, 3)"));
        Term t;
        t.factors.push_back(Factor{Factor::Kind::Numeric, {"rain", 0}, std::nullopt, 1});
        t.factors.push_back(Factor{Factor::Kind::Numeric, {"ai_stock", 1}, std::nullopt, 6});
        QCOMPARE(t.name(), std::string("rain:l(ai_stock, 1)"));
        Term dummies;
        Factor rel;  // field by field: GCC 12 warns (wrongly) on an aggregate with an optional<string>
        rel.kind = Factor::Kind::Dummies;
        rel.var = {"rel", 0};
        rel.ref = "-1";
        rel.column = 1;
        dummies.factors.push_back(rel);
        QCOMPARE(dummies.name(), std::string("rel"));
        QCOMPARE((FixedEffectSpec{{"prov", "t"}}.name()), std::string("prov^t"));
    }

    void simpleFormula()
    {
        const Formula f = parseOk("y ~ x + unrest | pref + t");
        QCOMPARE(f.depvar, (VarRef{"y", 0}));
        QCOMPARE(termNames(f.terms), (Names{"x", "unrest"}));
        QCOMPARE(feNames(f), (Names{"pref", "t"}));
        QVERIFY(!f.hasIntercept());
        QVERIFY(!f.isIv());
        QCOMPARE(f.terms[1].factors[0].column, 9);
        QCOMPARE(f.variables(), (Names{"y", "x", "unrest", "pref", "t"}));
    }

    void whitespaceIsInsignificant()
    {
        const Formula a = parseOk("y~l(x,1)+x:rain|pref^t");
        const Formula b = parseOk("  y  ~\tl( x , 1 ) +  x : rain \n|  pref ^ t ");
        QCOMPARE(termNames(a.terms), (Names{"l(x, 1)", "x:rain"}));
        QCOMPARE(termNames(b.terms), termNames(a.terms));
        QCOMPARE(feNames(b), (Names{"pref^t"}));
    }

    void noFixedEffectsMeansIntercept()
    {
        const Formula f = parseOk("y ~ x");
        QVERIFY(f.hasIntercept());
        QVERIFY(f.fixedEffects.empty());
    }

    void lagsAndLeads()
    {
        const Formula f = parseOk("y ~ l(x, 2) + f(unrest, 3) + l(rain, -1) + f(z, -2) + l(d, 0) + l(ai_stock)");
        QCOMPARE(termNames(f.terms),
                 (Names{"l(x, 2)", "f(unrest, 3)", "f(rain, 1)", "l(z, 2)", "d", "l(ai_stock, 1)"}));
        QCOMPARE(f.terms[0].factors[0].var, (VarRef{"x", 2}));
        QCOMPARE(f.terms[1].factors[0].var, (VarRef{"unrest", -3}));
        QCOMPARE(f.terms[2].factors[0].var.lag, -1);
        QCOMPARE(f.terms[3].factors[0].var.lag, 2);
        QCOMPARE(f.terms[5].factors[0].var.lag, 1);
    }

    void lagRangeExpandsInOrder()
    {
        const Formula f = parseOk("y ~ l(x, -2:2)");
        QCOMPARE(termNames(f.terms), (Names{"f(x, 2)", "f(x, 1)", "x", "l(x, 1)", "l(x, 2)"}));
        std::vector<int> lags;
        for (const Term& t : f.terms) lags.push_back(t.factors[0].var.lag);
        QCOMPARE(lags, (std::vector<int>{-2, -1, 0, 1, 2}));
    }

    void leadRangeKeepsWrittenOrder()
    {
        // f(x, 1:3) = l(x, -1), l(x, -2), l(x, -3)
        const Formula f = parseOk("y ~ f(unrest, 1:3)");
        QCOMPARE(termNames(f.terms), (Names{"f(unrest, 1)", "f(unrest, 2)", "f(unrest, 3)"}));
        const Formula g = parseOk("y ~ l(unrest, -4:-1) + l(unrest, 0:1)");
        QCOMPARE(termNames(g.terms),
                 (Names{"f(unrest, 4)", "f(unrest, 3)", "f(unrest, 2)", "f(unrest, 1)", "unrest", "l(unrest, 1)"}));
    }

    void productsComeAfterMainEffects()
    {
        const Formula f = parseOk("y ~ rain:l(ai_stock, 1) + x + x:z:d + rain:x + l(ai_stock, 1) + z");
        QCOMPARE(termNames(f.terms), (Names{"x", "l(ai_stock, 1)", "z", "rain:l(ai_stock, 1)", "rain:x", "x:z:d"}));
        const Term& product = f.terms[3];
        QCOMPARE(product.factors.size(), std::size_t{2});
        QCOMPARE(product.factors[0].var, (VarRef{"rain", 0}));
        QCOMPARE(product.factors[1].var, (VarRef{"ai_stock", 1}));
        QCOMPARE(product.factors[1].column, 10);
    }

    void productWithLagRangeExpands()
    {
        const Formula f = parseOk("y ~ rain:l(x, 0:1)");
        QCOMPARE(termNames(f.terms), (Names{"rain:x", "rain:l(x, 1)"}));
    }

    void duplicatesDropped()
    {
        const Formula f = parseOk("y ~ x + z + x + l(x, 0) + l(x, -1:1) + z:x + x:z + i(rel) + i(rel)");
        QCOMPARE(termNames(f.terms), (Names{"x", "z", "f(x, 1)", "l(x, 1)", "rel", "z:x"}));
        // i(rel) is dummies, not the numeric x: both kinds kept when they differ.
        const Formula g = parseOk("y ~ rel + i(rel)");
        QCOMPARE(g.terms.size(), std::size_t{2});
        QCOMPARE(g.terms[0].factors[0].kind, Factor::Kind::Numeric);
        QCOMPARE(g.terms[1].factors[0].kind, Factor::Kind::Dummies);
    }

    void dummies()
    {
        const Formula f = parseOk("y ~ i(rel, ref = -1) + i(name, ref=\"Anhui\") + i(t) + i(d, ref = 3) | pref");
        QCOMPARE(f.terms.size(), std::size_t{4});
        const Factor& a = f.terms[0].factors[0];
        QCOMPARE(a.kind, Factor::Kind::Dummies);
        QCOMPARE(a.var, (VarRef{"rel", 0}));
        QCOMPARE(a.ref, std::optional<std::string>("-1"));
        QCOMPARE(a.column, 5);
        QCOMPARE(f.terms[1].factors[0].ref, std::optional<std::string>("Anhui"));
        QCOMPARE(f.terms[2].factors[0].ref, std::optional<std::string>());
        QCOMPARE(f.terms[3].factors[0].ref, std::optional<std::string>("3"));
        QCOMPARE(termNames(f.terms), (Names{"rel", "name", "t", "d"}));
        const Formula g = parseOk("y ~ x + i(rel, ref = 'b'):rain");
        QCOMPARE(g.terms[1].factors[0].kind, Factor::Kind::Dummies);
        QCOMPARE(g.terms[1].factors[1].kind, Factor::Kind::Numeric);
        QCOMPARE(g.terms[1].factors[0].ref, std::optional<std::string>("b"));
    }

    void fixedEffects()
    {
        const Formula f = parseOk("y ~ x | pref + prov^t + pref + prov^t^d");
        QCOMPARE(feNames(f), (Names{"pref", "prov^t", "prov^t^d"}));
        QCOMPARE(f.fixedEffects[1].vars, (Names{"prov", "t"}));
    }

    void instrumentalVariables()
    {
        const Formula f = parseOk("y ~ x | pref + t | l(unrest, 1) + d ~ z + l(rain, 1)");
        QVERIFY(f.isIv());
        QCOMPARE(termNames(f.terms), (Names{"x"}));
        QCOMPARE(feNames(f), (Names{"pref", "t"}));
        QCOMPARE(termNames(f.endogenous), (Names{"l(unrest, 1)", "d"}));
        QCOMPARE(termNames(f.instruments), (Names{"z", "l(rain, 1)"}));
        QCOMPARE(f.variables(), (Names{"y", "x", "pref", "t", "unrest", "d", "z", "rain"}));

        // fixest: a part with '~' after the first '|' is the IV part, even without fixed effects.
        const Formula g = parseOk("y ~ x | d ~ z");
        QVERIFY(g.isIv());
        QVERIFY(g.fixedEffects.empty());
        QCOMPARE(termNames(g.endogenous), (Names{"d"}));
        QCOMPARE(termNames(g.instruments), (Names{"z"}));

        // y ~ 1 | fe | endo ~ inst: no exogenous regressors.
        const Formula h = parseOk("y ~ 1 | pref | d ~ z + d2");
        QVERIFY(h.terms.empty());
        QCOMPARE(termNames(h.endogenous), (Names{"d"}));
        QCOMPARE(termNames(h.instruments), (Names{"z", "d2"}));
    }

    void laggedDepvar()
    {
        const Formula f = parseOk("l(y, 1) ~ x");
        QCOMPARE(f.depvar, (VarRef{"y", 1}));
        QCOMPARE(parseOk("f(y, 2) ~ x").depvar, (VarRef{"y", -2}));
    }

    void quotedAndUnicodeNames()
    {
        const Formula f = parseOk("y ~ `my var` + 收入 + w.1");
        QCOMPARE(termNames(f.terms), (Names{"my var", "收入", "w.1"}));
    }

    void unknownVariableWithSuggestion()
    {
        //                 123456789
        const std::string text = "y ~ x + unrset";
        QCOMPARE(errorOf(text), std::string("unknown variable 'unrset' at column 9 (did you mean 'unrest'?)"));
        auto f = parseFormula(text, kKnown);
        QVERIFY(!f);
        QCOMPARE(f.error().code, std::string("formula"));
        // Transposition counts one edit; too far from anything: no suggestion.
        QVERIFY(errorOf("y ~ rian").find("(did you mean 'rain'?)") != std::string::npos);
        QCOMPARE(errorOf("y ~ x + population"), std::string("unknown variable 'population' at column 9"));
        // Unknown names everywhere are found: depvar, fixed effects, IV.
        QVERIFY(errorOf("yy ~ x").find("unknown variable 'yy' at column 1") != std::string::npos);
        QVERIFY(errorOf("y ~ x | prf").find("unknown variable 'prf' at column 9 (did you mean 'pref'?)") !=
                std::string::npos);
        QVERIFY(errorOf("y ~ x | d ~ zz").find("unknown variable 'zz' at column 13") != std::string::npos);
        QVERIFY(errorOf("y ~ l(unrst, 1)").find("unknown variable 'unrst' at column 7") != std::string::npos);
    }

    void syntaxErrorColumns()
    {
        //       1234567890123456
        QCOMPARE(errorOf("y ~ l(unrest, 1 + x"), std::string("expected ')' at column 17"));
        QCOMPARE(errorOf("y ~ l(unrest, x)"), std::string("expected an integer lag at column 15"));
        QCOMPARE(errorOf("y ~ l(unrest, 1.5)"), std::string("expected an integer lag at column 15"));
        QVERIFY(errorOf("y ~ x z").find("unexpected 'z' at column 7") != std::string::npos);
        QVERIFY(errorOf("y ~ x + (z)").find("unexpected '(' at column 9") != std::string::npos);
        QVERIFY(errorOf("y ~ x * z").find("unexpected '*' at column 7") != std::string::npos);
        QVERIFY(errorOf("y ~ x + ").find("expected a term at column 9") != std::string::npos);
        QVERIFY(errorOf("y ~ x ~ z").find("unexpected '~' at column 7") != std::string::npos);
        QVERIFY(errorOf("y ~ x | pref | t").find("unexpected '|' at column 14") != std::string::npos);
        QVERIFY(errorOf("y ~ x | d ~ z | pref").find("column 15") != std::string::npos);
        QVERIFY(errorOf("y ~ log(x)").find("unknown function 'log()' at column 5") != std::string::npos);
        QVERIFY(errorOf("y ~ x | l(t, 1)").find("column 9") != std::string::npos);
        QVERIFY(errorOf("y ~ i(rel, keep = 1)").find("unexpected 'keep' at column 12") != std::string::npos);
        QVERIFY(errorOf("y ~ i(rel, ref = x)").find("expected a number or a quoted value at column 18") !=
                std::string::npos);
        QVERIFY(errorOf("y ~ `x").find("unterminated backtick starting at column 5") != std::string::npos);
        QVERIFY(errorOf("y ~ x（1）").find("unexpected '（' at column 6") != std::string::npos);
    }

    void lagRangeMustGoUpwards()
    {
        QCOMPARE(errorOf("y ~ l(x, 4:1)"), std::string("lag range 4:1 at column 10 must go upwards"));
        QVERIFY(errorOf("y ~ l(x, 1:)").find("expected an integer lag at column 12") != std::string::npos);
        QVERIFY(errorOf("y ~ l(x, 99999999999)").find("too large") != std::string::npos);
        QVERIFY(errorOf("l(y, 1:2) ~ x").find("one lag, not a range, at column 6") != std::string::npos);
    }

    void missingTildeAndEmptyParts()
    {
        QVERIFY(errorOf("y x").find("missing '~' at column 3 (a formula reads: y ~ x | fe)") != std::string::npos);
        QVERIFY(errorOf("y").find("missing '~'") != std::string::npos);
        QVERIFY(errorOf("").find("empty formula") != std::string::npos);
        QVERIFY(errorOf("   ").find("empty formula") != std::string::npos);
        QVERIFY(errorOf("y ~").find("empty right-hand side at column 4") != std::string::npos);
        QVERIFY(errorOf("y ~ | pref").find("empty right-hand side at column 5") != std::string::npos);
        QVERIFY(errorOf("~ x").find("expected the dependent variable before '~' at column 1") != std::string::npos);
        QVERIFY(errorOf("y ~ x |").find("expected a fixed-effect variable at column 8") != std::string::npos);
        QVERIFY(errorOf("y ~ x | d ~").find("expected a term at column 12") != std::string::npos);
    }

    void interceptTermsRejected()
    {
        QVERIFY(errorOf("y ~ x + 1").find("intercept terms are not supported at column 9") != std::string::npos);
        QVERIFY(errorOf("y ~ 0 + x").find("intercept terms are not supported at column 5") != std::string::npos);
        QVERIFY(errorOf("y ~ x + -1").find("intercept terms are not supported at column 9") != std::string::npos);
        QVERIFY(errorOf("y ~ 1 | pref").find("intercept terms are not supported at column 5") != std::string::npos);
        QVERIFY(errorOf("y ~ 1").find("intercept terms are not supported") != std::string::npos);
    }

    void columnsCountCharactersNotBytes()
    {
        // 收入 is 2 characters (6 bytes): the unknown name right after it is at column 10.
        //                    1 2 3 4 5 6 7 8 9 10
        //                    y _ ~ _ 收入 _ + _ u
        QCOMPARE(errorOf("y ~ 收入 + unrset"),
                 std::string("unknown variable 'unrset' at column 10 (did you mean 'unrest'?)"));
        QCOMPARE(errorOf("y ~ `收入` + l(x, a)"), std::string("expected an integer lag at column 17"));
        // An unknown non-ASCII name is reported whole, and suggestions measure characters.
        QCOMPARE(errorOf("y ~ x + 收人"), std::string("unknown variable '收人' at column 9 (did you mean '收入'?)"));
    }

    void errorContext()
    {
        auto f = parseFormula("y ~ x + unrset", kKnown);
        QVERIFY(!f);
        QCOMPARE(f.error().describe(),
                 std::string("formula: unknown variable 'unrset' at column 9 (did you mean 'unrest'?)"));
        auto g = parseFormula("y ~ x", {});
        QVERIFY(!g);
        QVERIFY(g.error().message.find("unknown variable 'y' at column 1") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestFormula)
#include "tst_formula.moc"
