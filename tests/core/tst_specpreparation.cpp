// prepareSpec: the formula each template writes for each option (exact text), the derived
// columns worked out by hand, the sample mask, the options, the plot layout, the true
// values of the demonstration world, and errors that name what is wrong.
#include <QtTest>
#include <cmath>

#include "TestSupport.h"
#include "estimation/Estimator.h"
#include "estimation/EventStudy.h"
#include "panel/PanelEstimationData.h"
#include "regression/SpecPreparation.h"
#include "regression/TrueValues.h"

using namespace aitocracy::core;
using namespace aitocracy::core::reg;
using aitocracy::test::errorText;

namespace {

const double kNaN = std::nan("");

// Four prefectures × 2016Q1–2016Q4, built the way the application builds its panel.
// unrest (unit-major): 110000: 0 2 0 1 | 340100: 0 0 0 0 | 340200: 1 0 3 0 | 440100: 0 0 1 5
est::PanelData prefecturePanel()
{
    Panel p;
    p.period = PeriodKind::Quarter;
    p.unitCodes = {"110000", "340100", "340200", "440100"};
    p.periodLabels = {"2016Q1", "2016Q2", "2016Q3", "2016Q4"};
    p.periodStarts = {"2016-01-01", "2016-04-01", "2016-07-01", "2016-10-01"};
    const std::vector<double> unrest = {0, 2, 0, 1, 0, 0, 0, 0, 1, 0, 3, 0, 0, 0, 1, 5};
    std::vector<double> province, counter(16);
    for (const double code : {110000.0, 340000.0, 340000.0, 440000.0}) province.insert(province.end(), 4, code);
    for (std::size_t i = 0; i < counter.size(); ++i) counter[i] = static_cast<double>(i % 5);
    for (const char* name : {"unrest", "z_unrest", "log1p_unrest"}) p.columns.push_back({name, "", unrest});
    for (const char* name :
         {"contracts_ai_public_security", "log1p_contracts_ai_public_security", "z_contracts_ai_public_security",
          "amount_ai_public_security", "contracts_surveillance", "log_ai_stock", "rain_sum", "rain_days", "rain_mean"})
        p.columns.push_back({name, "", counter});
    p.columns.push_back({"province", "", province});
    return toEstimationData(p);
}

// Firms f1–f4 × 2014–2017. rel_high / rel_low by hand:
//   f1: high contract in 2015 → rel_high -1 0 1 2; no low one
//   f2: low contract in 2014 → rel_low 0 1 2 3; no high one
//   f3: neither
//   f4: low in 2017, high in 2014 → rel_high 0 1 2 3, rel_low -3 -2 -1 0
est::PanelData firmPanel()
{
    est::PanelData d;
    d.unitName = "firm";
    d.timeName = "year";
    d.unitLevels = {"f1", "f2", "f3", "f4"};
    d.timeLabels = {"2014", "2015", "2016", "2017"};
    std::vector<double> firmIds, years;
    for (std::int32_t f = 0; f < 4; ++f)
        for (std::int64_t y = 2014; y <= 2017; ++y) {
            d.unit.push_back(f);
            d.time.push_back(y);
            d.sourceLine.push_back(d.sourceLine.size() + 2);
            firmIds.push_back(f + 1);
            years.push_back(static_cast<double>(y));
        }
    d.columns.push_back(est::makeColumn("firm", firmIds));
    d.columns.back().levels = d.unitLevels;
    d.columns.push_back(est::makeColumn("year", years));
    const std::vector<double> software = {3, 4, 6, 5, 2, 2, 3, 1, 0, 1, 1, 2, 7, 9, 8, 12};
    for (const char* name : {"software_total", "software_government", "software_commercial"})
        d.columns.push_back(est::makeColumn(name, software));
    d.columns.push_back(est::makeColumn("is_ai", std::vector<double>(16, 1)));
    d.columns.push_back(
        est::makeColumn("rel_high", {-1, 0, 1, 2, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, 0, 1, 2, 3}));
    d.columns.push_back(
        est::makeColumn("rel_low", {kNaN, kNaN, kNaN, kNaN, 0, 1, 2, 3, kNaN, kNaN, kNaN, kNaN, -3, -2, -1, 0}));
    return d;
}

bool sameValues(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::isnan(a[i]) != std::isnan(b[i]) || (!std::isnan(a[i]) && a[i] != b[i])) return false;
    return true;
}

std::string show(const std::vector<double>& v)
{
    std::string s;
    for (const double x : v) s += (s.empty() ? "" : " ") + std::to_string(x);
    return s;
}

const est::PanelColumn* derived(const PreparedSpec& p, const std::string& name)
{
    for (const auto& c : p.derivedColumns)
        if (c.name == name) return &c;
    return nullptr;
}

std::vector<std::string> termsOf(const PreparedSpec& p)
{
    std::vector<std::string> out;
    for (const auto& t : p.plotTerms) out.push_back(t.term);
    return out;
}

}  // namespace

class TestSpecPreparation : public QObject {
    Q_OBJECT

private:
    est::PanelData panel_ = prefecturePanel();
    est::PanelData firms_ = firmPanel();

    PreparedSpec prepare(const RegressionSpec& spec, const est::PanelData& panel)
    {
        auto p = prepareSpec(spec, panel);
        if (!p) qFatal("%s", errorText(p).c_str());
        return std::move(*p);
    }

    Error failure(const RegressionSpec& spec, const est::PanelData& panel)
    {
        auto p = prepareSpec(spec, panel);
        if (p) qFatal("prepareSpec succeeded: %s", p->formula.c_str());
        return p.error();
    }

private Q_SLOTS:
    void procurementFormulas_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("formula");
        QTest::newRow("default") << 0 << "contracts_ai_public_security ~ l(unrest, -2:4) | unit + period";
        QTest::newRow("log1p, controls, province^period")
            << 1
            << "log1p_contracts_ai_public_security ~ l(unrest, -2:4) + rain_sum + contracts_surveillance | unit + "
               "province^period";
        QTest::newRow("amount, z-score, no FE") << 2 << "amount_ai_public_security ~ l(z_unrest, -1:3)";
        QTest::newRow("z outcome, binary, unit FE")
            << 3 << "z_contracts_ai_public_security ~ l(unrest_event, 0:2) | unit";
        QTest::newRow("empty window") << 4 << "contracts_ai_public_security ~ unrest | unit + period";
        QTest::newRow("event study") << 5 << "contracts_ai_public_security ~ i(event_time, ref = -1) | unit + period";
        QTest::newRow("IV") << 6 << "contracts_ai_public_security ~ 1 | unit + period | unrest ~ rain_sum + rain_days";
        QTest::newRow("IV, controls")
            << 7 << "contracts_ai_public_security ~ contracts_surveillance | period | unrest_event ~ rain_sum";
    }

    void procurementFormulas()
    {
        QFETCH(int, variant);
        QFETCH(QString, formula);
        RegressionSpec s;
        switch (variant) {
            case 1:
                s.outcome = OutcomeScale::Log1p;
                s.controls = {"rain_sum", "contracts_surveillance"};
                s.provincePeriodFe = true;
                break;
            case 2:
                s.outcome = OutcomeScale::Amount;
                s.treatment = TreatmentScale::ZScore;
                s.leads = 1;
                s.lags = 3;
                s.unitFe = s.periodFe = false;
                break;
            case 3:
                s.outcome = OutcomeScale::ZScore;
                s.treatment = TreatmentScale::Binary;
                s.threshold = 2;
                s.leads = 0;
                s.lags = 2;
                s.periodFe = false;
                break;
            case 4:
                s.leads = s.lags = 0;
                break;
            case 5:
                s.design = DesignKind::EventStudy;
                s.leads = s.lags = 2;
                break;
            case 6:
                s.iv = true;
                s.instruments = {"rain_sum", "rain_days"};
                break;
            case 7:
                s.iv = true;
                s.treatment = TreatmentScale::Binary;
                s.controls = {"contracts_surveillance"};
                s.unitFe = false;
                break;
            default:
                break;
        }
        QCOMPARE(QString::fromStdString(prepare(s, panel_).formula), formula);
    }

    void distributedLagsPlotAndOptions()
    {
        const PreparedSpec p = prepare(RegressionSpec{}, panel_);
        QCOMPARE(termsOf(p), (std::vector<std::string>{"f(unrest, 2)", "f(unrest, 1)", "unrest", "l(unrest, 1)",
                                                       "l(unrest, 2)", "l(unrest, 3)", "l(unrest, 4)"}));
        for (std::size_t i = 0; i < p.plotTerms.size(); ++i) QCOMPARE(p.plotTerms[i].x, static_cast<double>(i) - 2);
        QVERIFY(!p.referenceX);
        QCOMPARE(p.xLabel, std::string("Quarters relative to unrest"));
        QVERIFY(p.derivedColumns.empty());
        QCOMPARE(p.options.model, est::Model::Ols);
        QCOMPARE(p.options.vcov, est::VcovType::Cluster);
        QCOMPARE(p.options.clusters, (std::vector<std::string>{"unit"}));
        QVERIFY(p.options.rowMask.empty());
    }

    void clusterChoices()
    {
        RegressionSpec s;
        s.cluster = ClusterChoice::Province;
        QCOMPARE(prepare(s, panel_).options.clusters, (std::vector<std::string>{"province"}));
        s.cluster = ClusterChoice::TwoWay;
        QCOMPARE(prepare(s, panel_).options.clusters, (std::vector<std::string>{"unit", "period"}));
        s.cluster = ClusterChoice::None;
        const PreparedSpec none = prepare(s, panel_);
        QCOMPARE(none.options.vcov, est::VcovType::Hetero);
        QVERIFY(none.options.clusters.empty());
    }

    void binaryTreatmentColumn()
    {
        RegressionSpec s;
        s.treatment = TreatmentScale::Binary;
        s.threshold = 2;
        const PreparedSpec p = prepare(s, panel_);
        const est::PanelColumn* event = derived(p, "unrest_event");
        QVERIFY(event);
        const std::vector<double> want = {0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
        QVERIFY2(sameValues(event->values, want), show(event->values).c_str());
    }

    void eventStudyColumns()
    {
        // Threshold 1: first events 110000 in period 1, 340200 in 0, 440100 in 2; 340100 never.
        RegressionSpec s;
        s.design = DesignKind::EventStudy;
        s.leads = s.lags = 2;
        PreparedSpec p = prepare(s, panel_);
        const est::PanelColumn* rel = derived(p, "event_time");
        QVERIFY(rel);
        std::vector<double> want = {-1, 0, 1, 2, -1, -1, -1, -1, 0, 1, 2, 2, -2, -1, 0, 1};
        QVERIFY2(sameValues(rel->values, want), show(rel->values).c_str());
        QCOMPARE(termsOf(p),
                 (std::vector<std::string>{"event_time::-2", "event_time::0", "event_time::1", "event_time::2"}));
        QCOMPARE(p.referenceX.value_or(99), -1.0);
        QCOMPARE(p.xLabel, std::string("Quarters relative to the first unrest event"));

        // Without binning the rows outside [-1, 1] are missing; the reference may move.
        s.leads = s.lags = 1;
        s.binEndpoints = false;
        s.referencePeriod = 0;
        p = prepare(s, panel_);
        want = {-1, 0, 1, kNaN, 0, 0, 0, 0, 0, 1, kNaN, kNaN, kNaN, -1, 0, 1};
        QVERIFY2(sameValues(derived(p, "event_time")->values, want), show(derived(p, "event_time")->values).c_str());
        QCOMPARE(p.formula, std::string("contracts_ai_public_security ~ i(event_time, ref = 0) | unit + period"));
        QCOMPARE(termsOf(p), (std::vector<std::string>{"event_time::-1", "event_time::1"}));
    }

    void suppressionFormulas()
    {
        RegressionSpec s;
        s.analysis = Analysis::AiSuppression;
        PreparedSpec p = prepare(s, panel_);
        QCOMPARE(p.formula, std::string("unrest ~ rain_sum + log_ai_stock + rain_sum:log_ai_stock | unit + period"));
        QCOMPARE(p.plotTerms, (std::vector<PlotTerm>{{"rain_sum", 0, "rain_sum", ""},
                                                     {"rain_sum:log_ai_stock", 1, "rain_sum × log_ai_stock", ""}}));

        s.outcome = OutcomeScale::Log1p;
        s.weatherShock = "rain_days";
        s.stockLag = 3;
        s.controls = {"contracts_surveillance"};
        s.provincePeriodFe = true;
        s.cluster = ClusterChoice::Province;
        p = prepare(s, panel_);
        QCOMPARE(p.formula, std::string("log1p_unrest ~ rain_days + l(log_ai_stock, 2) + contracts_surveillance + "
                                        "rain_days:l(log_ai_stock, 2) | unit + province^period"));
        QCOMPARE(p.plotTerms.back().term, std::string("rain_days:l(log_ai_stock, 2)"));
        QCOMPARE(p.options.clusters, (std::vector<std::string>{"province"}));
    }

    void innovationOnTheFirmPanel()
    {
        RegressionSpec s;
        s.analysis = Analysis::ContractsInnovation;
        s.leads = 1;
        s.lags = 2;
        s.model = est::Model::Poisson;
        PreparedSpec p = prepare(s, firms_);
        QCOMPARE(p.formula,
                 std::string("software_total ~ i(rel_high_w, ref = -1) + i(rel_low_w, ref = -1) | firm + year"));
        QCOMPARE(p.options.model, est::Model::Poisson);
        QCOMPARE(p.options.clusters, (std::vector<std::string>{"firm"}));
        // Window [-1, 2], binned; firms without such a contract at -1.
        QVERIFY(
            sameValues(derived(p, "rel_high_w")->values, {-1, 0, 1, 2, -1, -1, -1, -1, -1, -1, -1, -1, 0, 1, 2, 2}));
        QVERIFY(
            sameValues(derived(p, "rel_low_w")->values, {-1, -1, -1, -1, 0, 1, 2, 2, -1, -1, -1, -1, -1, -1, -1, 0}));
        QCOMPARE(p.plotTerms.size(), std::size_t{6});
        QCOMPARE(p.plotTerms[0], (PlotTerm{"rel_high_w::0", 0, "rel_high_w::0", "high"}));
        QCOMPARE(p.plotTerms[5], (PlotTerm{"rel_low_w::2", 2, "rel_low_w::2", "low"}));
        QCOMPARE(p.xLabel, std::string("Years relative to the first public-security contract"));

        s.binEndpoints = false;
        s.software = SoftwareOutcome::Government;
        s.model = est::Model::Ols;
        s.cluster = ClusterChoice::TwoWay;
        s.controls = {"is_ai"};
        p = prepare(s, firms_);
        QCOMPARE(p.formula,
                 std::string(
                     "software_government ~ i(rel_high_w, ref = -1) + i(rel_low_w, ref = -1) + is_ai | firm + year"));
        QCOMPARE(p.options.clusters, (std::vector<std::string>{"firm", "year"}));
        QVERIFY(sameValues(derived(p, "rel_low_w")->values,
                           {-1, -1, -1, -1, 0, 1, 2, kNaN, -1, -1, -1, -1, kNaN, kNaN, -1, 0}));

        // The estimator takes the prepared columns and names the terms as planned.
        est::PanelData panel = firms_;
        for (auto c : p.derivedColumns) est::setColumn(panel, std::move(c));
        s.binEndpoints = true;
        p = prepare(s, firms_);
        for (auto c : p.derivedColumns) est::setColumn(panel, std::move(c));
        auto r = est::estimate(panel, p.formula, p.options);
        QVERIFY2(r, errorText(r).c_str());
        std::vector<std::string> terms;
        for (const auto& t : plotTermsOf(p, *r)) terms.push_back(t.term);
        QVERIFY(!terms.empty());
        for (const auto& t : terms) QVERIFY2(t.starts_with("rel_high_w::") || t.starts_with("rel_low_w::"), t.c_str());
    }

    void freeFormula()
    {
        RegressionSpec s;
        s.analysis = Analysis::Free;
        s.formula = "unrest ~ rain_sum + l(rain_sum, 1) | unit";
        s.model = est::Model::Poisson;
        s.cluster = ClusterChoice::TwoWay;
        const PreparedSpec p = prepare(s, panel_);
        QCOMPARE(p.formula, s.formula);
        QCOMPARE(p.options.model, est::Model::Poisson);
        QVERIFY(p.plotTerms.empty());
        auto r = est::estimate(panel_, p.formula, p.options);
        QVERIFY2(r, errorText(r).c_str());
        const auto terms = plotTermsOf(p, *r);
        QCOMPARE(terms,
                 (std::vector<PlotTerm>{{"rain_sum", 0, "rain_sum", ""}, {"l(rain_sum, 1)", 1, "l(rain_sum, 1)", ""}}));

        // The parser's message and column reach the form unchanged.
        s.formula = "unrest ~ rain_sum + unrset | unit";
        const Error e = failure(s, panel_);
        QCOMPARE(e.code, std::string("formula"));
        QVERIFY2(e.message.find("unknown variable 'unrset' at column 21 (did you mean 'unrest'?)") != std::string::npos,
                 e.message.c_str());

        const auto names = formulaVariables(panel_);
        QCOMPARE(names.front(), std::string("unit"));
        QVERIFY(std::find(names.begin(), names.end(), "province") != names.end());
    }

    void sampleMask()
    {
        RegressionSpec s;
        s.excludedUnits = {"340100", "440100"};
        PreparedSpec p = prepare(s, panel_);
        QCOMPARE(p.options.rowMask, (std::vector<std::uint8_t>{1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0}));

        s.excludedUnits = {"340200"};
        s.firstPeriod = "2016Q2";
        s.lastPeriod = "2016Q3";
        p = prepare(s, panel_);
        QCOMPARE(p.options.rowMask, (std::vector<std::uint8_t>{0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0}));

        // An open end.
        s.excludedUnits.clear();
        s.lastPeriod.clear();
        p = prepare(s, panel_);
        QCOMPARE(p.options.rowMask, (std::vector<std::uint8_t>{0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1}));
    }

    void errorsNameWhatIsWrong_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown period") << 0 << "usage"
                                        << "unknown period '2012Q1' (the panel runs from 2016Q1 to 2016Q4)";
        QTest::newRow("periods reversed") << 1 << "usage"
                                          << "the first period 2016Q3 comes after the last, 2016Q2";
        QTest::newRow("unknown unit") << 2 << "usage"
                                      << "unknown unit '999999'";
        QTest::newRow("reference outside") << 3 << "usage"
                                           << "the reference period -3 lies outside the window [-2, 4]";
        QTest::newRow("negative lags") << 4 << "usage"
                                       << "cannot be negative";
        QTest::newRow("unknown control") << 5 << "data"
                                         << "unknown control 'gdp'";
        QTest::newRow("innovation on prefectures") << 6 << "data"
                                                   << "no column 'software_total'";
        QTest::newRow("province of firms") << 7 << "usage"
                                           << "firms have no province";
        QTest::newRow("amount of unrest") << 8 << "usage"
                                          << "unrest has no amount scale";
        QTest::newRow("stock not lagged") << 9 << "usage"
                                          << "lagged by one period at least";
        QTest::newRow("IV event study") << 10 << "usage"
                                        << "distributed-lag design";
        QTest::newRow("IV Poisson") << 11 << "usage"
                                    << "IV with a Poisson model";
        QTest::newRow("unknown instrument") << 12 << "data"
                                            << "no column 'wind'";
    }

    void errorsNameWhatIsWrong()
    {
        QFETCH(int, variant);
        QFETCH(QString, code);
        QFETCH(QString, message);
        RegressionSpec s;
        const est::PanelData* panel = &panel_;
        switch (variant) {
            case 0:
                s.firstPeriod = "2012Q1";
                break;
            case 1:
                s.firstPeriod = "2016Q3";
                s.lastPeriod = "2016Q2";
                break;
            case 2:
                s.excludedUnits = {"110000", "999999"};
                break;
            case 3:
                s.design = DesignKind::EventStudy;
                s.referencePeriod = -3;
                break;
            case 4:
                s.lags = -1;
                break;
            case 5:
                s.controls = {"rain_sum", "gdp"};
                break;
            case 6:
                s.analysis = Analysis::ContractsInnovation;
                break;
            case 7:
                s.analysis = Analysis::ContractsInnovation;
                s.cluster = ClusterChoice::Province;
                panel = &firms_;
                break;
            case 8:
                s.analysis = Analysis::AiSuppression;
                s.outcome = OutcomeScale::Amount;
                break;
            case 9:
                s.analysis = Analysis::AiSuppression;
                s.stockLag = 0;
                break;
            case 10:
                s.iv = true;
                s.design = DesignKind::EventStudy;
                break;
            case 11:
                s.iv = true;
                s.model = est::Model::Poisson;
                break;
            case 12:
                s.iv = true;
                s.instruments = {"wind"};
                break;
            default:
                break;
        }
        const Error e = failure(s, *panel);
        QCOMPARE(QString::fromStdString(e.code), code);
        QVERIFY2(e.message.find(message.toStdString()) != std::string::npos, e.message.c_str());
    }

    void trueValuesOfTheDemoWorld()
    {
        const sim::DemoConfig truth;  // lagProfile 0, 0.30, 0.22, 0.12, 0.05; innovation +48.6 %
        RegressionSpec s;
        s.lags = 6;
        auto values = trueValues(s, truth);
        const std::vector<std::pair<std::string, double>> lags = {
            {"f(unrest, 2)", 0},    {"f(unrest, 1)", 0},    {"unrest", 0},
            {"l(unrest, 1)", 0.30}, {"l(unrest, 2)", 0.22}, {"l(unrest, 3)", 0.12},
            {"l(unrest, 4)", 0.05}, {"l(unrest, 5)", 0},    {"l(unrest, 6)", 0}};
        QCOMPARE(values, lags);
        // The plotted terms and the truth use the same names.
        const PreparedSpec p = prepare(s, panel_);
        for (std::size_t i = 0; i < lags.size(); ++i) QCOMPARE(p.plotTerms[i].term, lags[i].first);

        s.iv = true;
        QCOMPARE(trueValues(s, truth), (std::vector<std::pair<std::string, double>>{{"fit_unrest", 0}}));
        s.iv = false;
        for (auto change : {0, 1, 2, 3}) {
            RegressionSpec other = s;
            if (change == 0) other.outcome = OutcomeScale::Log1p;
            if (change == 1) other.treatment = TreatmentScale::Binary;
            if (change == 2) other.design = DesignKind::EventStudy;
            if (change == 3) other.analysis = Analysis::AiSuppression;
            QVERIFY(trueValues(other, truth).empty());
        }

        RegressionSpec innovation;
        innovation.analysis = Analysis::ContractsInnovation;
        innovation.model = est::Model::Poisson;
        const double boost = std::log(1.486);
        QCOMPARE(trueValues(innovation, truth), (std::vector<std::pair<std::string, double>>{{"rel_high_w::-2", 0},
                                                                                             {"rel_high_w::0", 0},
                                                                                             {"rel_high_w::1", boost},
                                                                                             {"rel_high_w::2", boost},
                                                                                             {"rel_high_w::3", 0},
                                                                                             {"rel_high_w::4", 0}}));
        innovation.lags = 2;  // the bin at 2 mixes boosted year 2 with the later years
        QCOMPARE(trueValues(innovation, truth).back().first, std::string("rel_high_w::1"));
        innovation.binEndpoints = false;
        QCOMPARE(trueValues(innovation, truth).back(), (std::pair<std::string, double>{"rel_high_w::2", boost}));
        innovation.referencePeriod = 1;  // a boosted year shared with the never-treated firms
        QVERIFY(trueValues(innovation, truth).empty());
        innovation.referencePeriod = -1;
        innovation.model = est::Model::Ols;
        QVERIFY(trueValues(innovation, truth).empty());
    }
};

QTEST_GUILESS_MAIN(TestSpecPreparation)
#include "tst_specpreparation.moc"
