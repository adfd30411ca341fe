#include "RegressionSeries.h"

#include <QCoreApplication>
#include <algorithm>

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's texts.
class Text {
    Q_DECLARE_TR_FUNCTIONS(RegressionSeries)
};

CoefficientPoint point(const core::est::Coefficient& c, double x, const QString& label)
{
    CoefficientPoint p;
    p.term = QString::fromStdString(c.term);
    p.label = label.isEmpty() ? p.term : label;
    p.x = x;
    p.estimate = c.estimate;
    p.stdError = c.stdError;
    p.ciLow = c.ciLow;
    p.ciHigh = c.ciHigh;
    p.p = c.p;
    return p;
}

const core::est::Coefficient* find(const core::est::EstimationResult& result, const std::string& term)
{
    for (const auto& c : result.coefficients)
        if (c.term == term) return &c;
    return nullptr;
}

}  // namespace

QVector<CoefficientSeries> coefficientSeries(const RegressionOutcome& outcome, const QString& name)
{
    QVector<CoefficientSeries> out;
    std::vector<std::string> keys;  // PlotTerm::series of each entry of `out`
    for (const auto& term : outcome.prepared.plotTerms) {
        const auto* c = find(outcome.result, term.term);
        if (!c) continue;
        auto at = std::find(keys.begin(), keys.end(), term.series);
        if (at == keys.end()) {
            keys.push_back(term.series);
            CoefficientSeries series;
            const QString group = term.series == "high"  ? Text::tr("high-unrest contracts")
                                  : term.series == "low" ? Text::tr("low-unrest contracts")
                                                         : QString::fromStdString(term.series);
            series.name = term.series.empty() ? name : name % u" — "_s % group;
            series.referenceX = outcome.prepared.referenceX;
            out.append(series);
            at = keys.end() - 1;
        }
        out[at - keys.begin()].points.append(point(*c, term.x, QString::fromStdString(term.label)));
    }
    for (auto& series : out)
        std::stable_sort(series.points.begin(), series.points.end(), [](const auto& a, const auto& b) { return a.x < b.x; });
    return out;
}

CoefficientSeries tableSeries(const RegressionOutcome& outcome, const QString& name)
{
    CoefficientSeries series;
    series.name = name;
    double x = 0;
    for (const auto& c : outcome.result.coefficients) series.points.append(point(c, x++, QString()));
    return series;
}

QVector<TrueValue> trueValues(const RegressionOutcome& outcome)
{
    QVector<TrueValue> out;
    for (const auto& [term, value] : outcome.truth)
        for (const auto& plotted : outcome.prepared.plotTerms)
            if (plotted.term == term) out.append({plotted.x, value});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.x < b.x; });
    return out;
}

QMap<double, QString> tickLabels(const RegressionOutcome& outcome)
{
    QMap<double, QString> labels;
    if (!outcome.prepared.xLabel.empty()) return labels;  // relative periods: the numbers say it
    for (const auto& term : outcome.prepared.plotTerms)
        if (!term.label.empty()) labels.insert(term.x, QString::fromStdString(term.label));
    return labels;
}

QString axisLabel(const RegressionOutcome& outcome)
{
    // The core writes "<Periods> relative to <event>" in English; both parts are translated.
    const std::string& label = outcome.prepared.xLabel;
    const auto at = label.find(" relative to ");
    if (at == std::string::npos) return QString::fromStdString(label);
    const std::string word = label.substr(0, at), event = label.substr(at + 13);
    const QString periods = word == "Quarters" ? Text::tr("Quarters")
                            : word == "Months" ? Text::tr("Months")
                            : word == "Weeks"  ? Text::tr("Weeks")
                            : word == "Days"   ? Text::tr("Days")
                            : word == "Years"  ? Text::tr("Years")
                                               : Text::tr("Periods");
    const QString what = event == "unrest"                                ? Text::tr("unrest")
                         : event == "the first unrest event"              ? Text::tr("the first unrest event")
                         : event == "the first public-security contract" ? Text::tr("the first public-security contract")
                                                                          : QString::fromStdString(event);
    return Text::tr("%1 relative to %2").arg(periods, what);
}

FitFacts fitFacts(const RegressionOutcome& outcome)
{
    const auto& r = outcome.result;
    FitFacts facts;
    facts.model = r.model == core::est::Model::Poisson ? Text::tr("Poisson (PPML)") : r.firstStages.empty() ? Text::tr("OLS") : Text::tr("IV (2SLS)");
    facts.nobs = static_cast<qint64>(r.nobs);
    facts.droppedMissing = static_cast<qint64>(r.droppedMissing);
    facts.droppedExcluded = static_cast<qint64>(r.droppedExcluded);
    facts.droppedSingletons = static_cast<qint64>(r.droppedSingletons);
    facts.droppedFeAllZero = static_cast<qint64>(r.droppedFeAllZero);
    for (const auto& fe : r.fixedEffects)
        facts.fixedEffects << Text::tr("%1 (%2 levels)").arg(QString::fromStdString(fe.name)).arg(fe.levels);
    for (const auto& c : r.clusters) facts.clusters << Text::tr("%1 (%2 groups)").arg(QString::fromStdString(c.name)).arg(c.groups);
    facts.r2 = r.r2;
    facts.r2Within = r.r2Within;
    if (!r.firstStages.empty()) facts.firstStageF = r.firstStages.front().f;
    for (const auto& name : r.collinearDropped) facts.collinearDropped << QString::fromStdString(name);
    facts.elapsedMs = outcome.computeMs;
    facts.formula = QString::fromStdString(outcome.prepared.formula);
    return facts;
}

QString shortName(const core::reg::RegressionSpec& spec)
{
    using core::reg::Analysis;
    if (!spec.name.empty()) return QString::fromStdString(spec.name);
    QString design;
    switch (spec.analysis) {
    case Analysis::UnrestToProcurement:
        design = spec.design == core::reg::DesignKind::EventStudy ? Text::tr("Event study %1…%2") : Text::tr("Lags −%1…%2");
        design = design.arg(spec.leads).arg(spec.lags);
        if (spec.iv) design = Text::tr("IV");
        break;
    case Analysis::AiSuppression:
        design = Text::tr("Suppression");
        break;
    case Analysis::ContractsInnovation:
        design = spec.model == core::est::Model::Poisson ? Text::tr("Innovation, Poisson") : Text::tr("Innovation, OLS");
        break;
    case Analysis::Free:
        return QString::fromStdString(spec.formula).left(40);
    }
    QString extra;
    if (!spec.controls.empty()) extra += Text::tr(", %1 controls").arg(spec.controls.size());
    if (spec.provincePeriodFe) extra += Text::tr(", province × period FE");
    if (!spec.excludedUnits.empty()) extra += Text::tr(", %1 left out").arg(spec.excludedUnits.size());
    return design + extra;
}

}  // namespace aitocracy::gui
