// The regression panel offscreen on a small demonstration world: one estimate per edit,
// never a stale result, undo restores the previous estimate, leaving prefectures out
// removes exactly their rows, pins and the truth reach the plot, and the estimates equal
// a direct call of the estimator on the same formula (the independent path).
#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "CoefficientPlot.h"
#include "RegressionController.h"
#include "RegressionExports.h"
#include "RegressionForm.h"
#include "RegressionPanel.h"
#include "SelectionModel.h"
#include "estimation/Estimator.h"
#include "geo/BuiltinGeography.h"
#include "panel/PanelBuilder.h"
#include "panel/PanelEstimationData.h"
#include "regression/SavedSpec.h"
#include "sim/DemoWorld.h"
#include "store/ProjectStore.h"

using namespace aitocracy;
using namespace aitocracy::gui;
using namespace Qt::StringLiterals;

class TestRegressionPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lagSliderEstimatesOnceAndRedraws();
    void rapidChangesNeverShowAStaleResult();
    void undoRestoresThePreviousEstimate();
    void leavingOutPrefecturesRemovesTheirRows();
    void pinsAndTruthReachThePlot();
    void freeFormulaErrorsPointAtTheColumn();
    void specificationsAreSavedInTheProject();
    void innovationAnalysisRunsOnTheFirmPanel();
    void ivShowsTheFirstStage();
    void exportsWriteTableScriptAndSpec();

private:
    // A fresh panel on the demo world's quarterly panel, with its first estimate shown.
    std::unique_ptr<RegressionPanel> makePanel();
    static bool waitIdle(RegressionPanel& panel);

    QTemporaryDir dir_;
    std::string path_;
    std::shared_ptr<const core::Panel> panel_;
    SelectionModel selection_;
};

void TestRegressionPanel::initTestCase()
{
    auto units = core::loadBuiltinGeography();
    if (!units) QSKIP("the built-in map is not built");
    path_ = dir_.filePath(u"demo.aitocracy"_s).toStdString();
    core::sim::DemoConfig config;
    config.contracts = 20000;
    auto built = core::sim::buildDemoProject(path_, *units, config);
    QVERIFY2(built.has_value(), built ? "" : built.error().describe().c_str());
    auto store = core::ProjectStore::open(path_);
    QVERIFY(store.has_value());
    auto panel = core::buildPanel(*store, {});
    QVERIFY(panel.has_value());
    panel_ = std::make_shared<const core::Panel>(std::move(*panel));
}

bool TestRegressionPanel::waitIdle(RegressionPanel& panel)
{
    // Done when no job is pending and the event queue delivered the last result.
    return QTest::qWaitFor([&] { return !panel.controller()->isBusy(); }, 30000) && (QTest::qWait(20), true);
}

std::unique_ptr<RegressionPanel> TestRegressionPanel::makePanel()
{
    auto panel = std::make_unique<RegressionPanel>(&selection_);
    panel->resize(1200, 600);
    panel->setProject(QString::fromStdString(path_));
    QSignalSpy shown(panel.get(), &RegressionPanel::outcomeShown);
    panel->setPanel(panel_);
    if (!QTest::qWaitFor([&] { return shown.count() > 0; }, 30000)) return nullptr;
    waitIdle(*panel);
    return panel;
}

void TestRegressionPanel::lagSliderEstimatesOnceAndRedraws()
{
    auto panel = makePanel();
    QVERIFY(panel);
    const auto& spec = panel->spec();
    QCOMPARE(panel->plot()->series().front().points.size(), spec.leads + spec.lags + 1);
    QSignalSpy shown(panel.get(), &RegressionPanel::outcomeShown);
    auto* lags = panel->findChild<QSlider*>(u"lagsSlider"_s);
    QVERIFY(lags);
    lags->setValue(spec.lags - 1);
    QVERIFY(waitIdle(*panel));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(panel->plot()->series().front().points.size(), panel->spec().leads + panel->spec().lags + 1);
    // The numbers are the estimator's on the same formula, called directly.
    const auto& outcome = *panel->current();
    auto direct = core::est::estimate(core::toEstimationData(*panel_), outcome.prepared.formula, outcome.prepared.options);
    QVERIFY(direct.has_value());
    QCOMPARE(direct->coefficients.size(), outcome.result.coefficients.size());
    for (std::size_t i = 0; i < direct->coefficients.size(); ++i) {
        QCOMPARE(outcome.result.coefficients[i].term, direct->coefficients[i].term);
        QVERIFY(std::abs(outcome.result.coefficients[i].estimate - direct->coefficients[i].estimate) < 1e-10);
        QVERIFY(std::abs(outcome.result.coefficients[i].stdError - direct->coefficients[i].stdError) < 1e-10);
    }
}

void TestRegressionPanel::rapidChangesNeverShowAStaleResult()
{
    auto panel = makePanel();
    QVERIFY(panel);
    std::vector<int> shownLags;
    connect(panel.get(), &RegressionPanel::outcomeShown, this,
            [&](const std::shared_ptr<const RegressionOutcome>& o) { shownLags.push_back(o->spec.lags); });
    auto* lags = panel->findChild<QSlider*>(u"lagsSlider"_s);
    // Eight edits without waiting, some processed in between: results may be skipped,
    // never shown out of order, and the last one shown is the last one asked for.
    for (int v : {0, 1, 2, 3, 4, 5, 6, 7}) {
        lags->setValue(v);
        if (v % 3 == 0) QCoreApplication::processEvents();
    }
    QVERIFY(waitIdle(*panel));
    QVERIFY(!shownLags.empty());
    QVERIFY(std::is_sorted(shownLags.begin(), shownLags.end()));
    QCOMPARE(shownLags.back(), 7);
    QCOMPARE(panel->current()->spec.lags, 7);
    QCOMPARE(panel->plot()->series().front().points.size(), panel->spec().leads + 7 + 1);
}

void TestRegressionPanel::undoRestoresThePreviousEstimate()
{
    auto panel = makePanel();
    QVERIFY(panel);
    const auto before = panel->current();
    auto* lags = panel->findChild<QSlider*>(u"lagsSlider"_s);
    lags->setValue(1);
    QVERIFY(waitIdle(*panel));
    QCOMPARE(panel->current()->spec.lags, 1);
    QCOMPARE(panel->undoStack()->count(), 1);
    panel->undoStack()->undo();
    QVERIFY(waitIdle(*panel));
    QCOMPARE(lags->value(), before->spec.lags);  // the form shows the restored spec
    QCOMPARE(panel->current()->spec, before->spec);
    QCOMPARE(panel->current()->result.coefficients.size(), before->result.coefficients.size());
    for (std::size_t i = 0; i < before->result.coefficients.size(); ++i)
        QCOMPARE(panel->current()->result.coefficients[i].estimate, before->result.coefficients[i].estimate);
    panel->undoStack()->redo();
    QVERIFY(waitIdle(*panel));
    QCOMPARE(panel->current()->spec.lags, 1);
}

void TestRegressionPanel::leavingOutPrefecturesRemovesTheirRows()
{
    auto panel = makePanel();
    QVERIFY(panel);
    const auto before = panel->current();
    QCOMPARE(before->result.droppedExcluded, std::size_t(0));
    // Every prefecture of the demo world has the same number of rows in the sample (a
    // balanced panel: only the window's edges are missing), so k of them hold k/units of N.
    const std::size_t units = panel_->unitCount(), periods = panel_->periodCount();
    QCOMPARE(before->result.nobs % units, std::size_t(0));
    const std::size_t perUnit = before->result.nobs / units;
    const QSet<QString> chosen = {QString::fromStdString(panel_->unitCodes[0]), QString::fromStdString(panel_->unitCodes[5]),
                                  QString::fromStdString(panel_->unitCodes[100])};
    selection_.setSelectedCodes(chosen);
    panel->findChild<QCheckBox*>(u"leaveOutCheck"_s)->setChecked(true);
    QVERIFY(waitIdle(*panel));
    QCOMPARE(panel->current()->spec.excludedUnits.size(), std::size_t(3));
    QCOMPARE(panel->current()->result.nobs, before->result.nobs - 3 * perUnit);
    QCOMPARE(panel->current()->result.droppedExcluded, 3 * periods);
    // Brushing one more prefecture drops its rows too; clearing the selection restores N.
    selection_.toggle(QString::fromStdString(panel_->unitCodes[7]));
    QVERIFY(waitIdle(*panel));
    QCOMPARE(panel->current()->result.nobs, before->result.nobs - 4 * perUnit);
    selection_.clear();
    QVERIFY(waitIdle(*panel));
    QCOMPARE(panel->current()->result.nobs, before->result.nobs);
    panel->findChild<QCheckBox*>(u"leaveOutCheck"_s)->setChecked(false);
}

void TestRegressionPanel::pinsAndTruthReachThePlot()
{
    auto panel = makePanel();
    QVERIFY(panel);
    // The demo world defines the true lag profile: drawn beside the estimates.
    QVERIFY(!panel->plot()->trueValues().isEmpty());
    for (int i = 0; i < RegressionPanel::kMaxPinned + 1; ++i) {
        panel->findChild<QSlider*>(u"lagsSlider"_s)->setValue(i + 1);
        QVERIFY(waitIdle(*panel));
        panel->pinCurrent();
    }
    QCOMPARE(panel->pinnedCount(), RegressionPanel::kMaxPinned);  // the oldest made room
    QCOMPARE(panel->plot()->series().size(), RegressionPanel::kMaxPinned + 1);
    panel->clearPins();
    QCOMPARE(panel->plot()->series().size(), 1);
}

void TestRegressionPanel::freeFormulaErrorsPointAtTheColumn()
{
    auto panel = makePanel();
    QVERIFY(panel);
    core::reg::RegressionSpec spec = panel->spec();
    spec.analysis = core::reg::Analysis::Free;
    spec.formula = "contracts_ai_public_security ~ unrset | unit + period";
    QSignalSpy failed(panel->controller(), &RegressionController::failed);
    panel->editSpec(spec, u"Formula"_s);
    // Not failed.wait(): a job this quick may report before wait() would start listening.
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 10000);
    QVERIFY(failed.front().at(0).toString().contains(u"did you mean 'unrest'"_s));
    QCOMPARE(failed.front().at(1).toInt(), 32);  // where 'unrset' starts
    spec.formula = "contracts_ai_public_security ~ unrest | unit + period";
    QSignalSpy shown(panel.get(), &RegressionPanel::outcomeShown);
    panel->editSpec(spec, u"Formula"_s);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
    QCOMPARE(panel->current()->result.coefficients.front().term, std::string("unrest"));
}

void TestRegressionPanel::specificationsAreSavedInTheProject()
{
    auto panel = makePanel();
    QVERIFY(panel);
    QSignalSpy listed(panel->controller(), &RegressionController::specificationsListed);
    panel->saveSpecInProject(u"滞后 0–4 (baseline)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(listed.count() > 0, 20000);
    QCOMPARE(panel->savedSpecs().size(), std::size_t(1));
    // Read back by the core from a fresh connection: the spec, its name and its summary.
    auto store = core::ProjectStore::open(path_);
    QVERIFY(store.has_value());
    auto saved = core::reg::loadSpecification(*store, "滞后 0–4 (baseline)");
    QVERIFY(saved.has_value() && saved->has_value());
    const core::reg::SavedSpec& s = **saved;
    QCOMPARE(s.spec.lags, panel->spec().lags);
    QVERIFY(s.summary.has_value());
    QCOMPARE(s.summary->nobs, panel->current()->result.nobs);
    QCOMPARE(s.summary->coefficients.front().estimate, panel->current()->result.coefficients.front().estimate);
}

void TestRegressionPanel::innovationAnalysisRunsOnTheFirmPanel()
{
    auto panel = makePanel();
    QVERIFY(panel);
    auto* analysis = panel->findChild<QComboBox*>(u"analysisCombo"_s);
    analysis->setCurrentIndex(analysis->findData(static_cast<int>(core::reg::Analysis::ContractsInnovation)));
    auto* model = panel->findChild<QComboBox*>(u"modelCombo"_s);
    model->setCurrentIndex(model->findData(static_cast<int>(core::est::Model::Poisson)));
    QTRY_VERIFY_WITH_TIMEOUT(panel->current() && panel->current()->spec.model == core::est::Model::Poisson && !panel->controller()->isBusy(),
                             30000);
    const auto& outcome = *panel->current();
    QCOMPARE(outcome.spec.analysis, core::reg::Analysis::ContractsInnovation);
    QCOMPARE(outcome.result.model, core::est::Model::Poisson);
    QVERIFY(QString::fromStdString(outcome.prepared.formula).startsWith(u"software_total ~ i(rel_high_w"_s));
    QCOMPARE(outcome.result.fixedEffects.front().name, std::string("firm"));
    // Two series on the plot, high- and low-unrest contracts, over the same relative years.
    QCOMPARE(panel->plot()->series().size(), 2);
    QCOMPARE(panel->plot()->series()[0].points.size(), panel->plot()->series()[1].points.size());
    // Two undo steps, and undoing both returns to the procurement analysis.
    QCOMPARE(panel->undoStack()->count(), 2);
    panel->undoStack()->undo();
    panel->undoStack()->undo();
    QVERIFY(waitIdle(*panel));
    QCOMPARE(panel->current()->spec.analysis, core::reg::Analysis::UnrestToProcurement);
    QCOMPARE(analysis->currentData().toInt(), static_cast<int>(core::reg::Analysis::UnrestToProcurement));
}

void TestRegressionPanel::ivShowsTheFirstStage()
{
    auto panel = makePanel();
    QVERIFY(panel);
    core::reg::RegressionSpec spec = panel->spec();
    spec.iv = true;
    spec.instruments = {"rain_sum", "rain_days"};
    panel->editSpec(spec, u"IV"_s);
    QTRY_VERIFY_WITH_TIMEOUT(panel->current()->spec.iv && !panel->controller()->isBusy(), 30000);
    const auto& r = panel->current()->result;
    QCOMPARE(r.firstStages.size(), std::size_t(1));
    QVERIFY(r.firstStages.front().f > 0);
    QCOMPARE(r.coefficients.front().term, std::string("fit_unrest"));
}

void TestRegressionPanel::exportsWriteTableScriptAndSpec()
{
    auto panel = makePanel();
    QVERIFY(panel);
    panel->pinCurrent();
    // The table of the shown specifications: one column each, booktabs rules, the terms.
    const QString latex = coefficientTableText({panel->current(), panel->current()}, true);
    QVERIFY(latex.contains(u"\\toprule"_s));
    QVERIFY(latex.contains(u"l(unrest, 1)"_s));
    const QString csv = coefficientTableText({panel->current()}, false);
    QVERIFY(csv.contains(u"\"l(unrest, 1)\","_s));  // quoted: the term holds a comma
    // A replication folder with the panel, its checksum and the script.
    QTemporaryDir out;
    const QString folder = out.filePath(u"replication"_s);
    const QString error = writeReplicationFolder(panel->spec(), *panel_, QString::fromStdString(path_), {},
                                                 core::scripts::ScriptLanguage::BaseR, folder);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFile::exists(folder + u"/panel.csv"_s));
    // A second write into the same folder is refused, never half-written over.
    QVERIFY(!writeReplicationFolder(panel->spec(), *panel_, QString::fromStdString(path_), {}, core::scripts::ScriptLanguage::Fixest, folder)
                 .isEmpty());
    // The specification as JSON reads back equal.
    const QString json = out.filePath(u"spec.json"_s);
    core::reg::RegressionSpec spec = panel->spec();
    spec.lags = 3;
    spec.controls = {"rain_sum"};
    QVERIFY(saveSpecFile(spec, json).isEmpty());
    QString readError;
    const auto back = loadSpecFile(json, &readError);
    QVERIFY2(back.has_value(), qPrintable(readError));
    QCOMPARE(*back, spec);
}

QTEST_MAIN(TestRegressionPanel)
#include "tst_regressionpanel.moc"
