// aitocracy-bench-panel --project FILE [--changes N]
//
// Drives the regression panel offscreen on a project (the demonstration world) the way a
// user does: moves the lead and lag sliders and toggles fixed effects, one change after
// the previous estimate was drawn, and times each change from the slider move to the
// repainted coefficient plot. Then times R's estimatr on the same panel and the same
// specification (y ~ l(unrest, -4:4) | unit + period, clustered by unit, the panel's
// quarterly AI contracts as y) with bench/r/time_estimatr.R, in the same run.
// Prints progress on stderr and, as its last line on stdout:
//   {"changes": N, "median_ms": …, "r_estimatr_ms": …, "ratio": …}
// (ratio = r_estimatr_ms / median_ms: how many times faster the whole round trip is
// than R estimating alone).
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSlider>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "CoefficientPlot.h"
#include "RegressionController.h"
#include "RegressionForm.h"
#include "RegressionPanel.h"
#include "panel/PanelBuilder.h"
#include "store/ProjectStore.h"

using namespace aitocracy;
using namespace Qt::StringLiterals;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Processes events until the panel has shown `count` estimates; false on a failure or
// after 60 s. (Counting, not waiting for a signal: a quick job may report before a wait
// would start listening.)
bool waitForShown(const int& shown, int count, const bool& failed)
{
    QElapsedTimer clock;
    clock.start();
    while (shown < count && !failed && clock.elapsed() < 60000) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return shown >= count;
}

// The panel's y and unrest as the R timing script reads them.
bool writeRPanel(const core::Panel& panel, const QString& path)
{
    const core::PanelColumn* y = panel.column("contracts_ai_public_security");
    const core::PanelColumn* unrest = panel.column("unrest");
    QFile file(path);
    if (!y || !unrest || !file.open(QIODevice::WriteOnly)) return false;
    QTextStream out(&file);
    out << "unit,period,y,unrest\n";
    for (std::size_t u = 0; u < panel.unitCount(); ++u)
        for (std::size_t t = 0; t < panel.periodCount(); ++t)
            out << QString::fromStdString(panel.unitCodes[u]) << ',' << QString::fromStdString(panel.periodLabels[t]) << ','
                << QString::number(panel.at(*y, u, t), 'g', 17) << ',' << QString::number(panel.at(*unrest, u, t), 'g', 17) << '\n';
    return true;
}

}  // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"project"_s, u"The project file (e.g. the demonstration world)."_s, u"FILE"_s});
    parser.addOption({u"changes"_s, u"Specification changes to time (at least 50)."_s, u"N"_s, u"60"_s});
    parser.addOption({u"r-reps"_s, u"Timed estimatr runs."_s, u"N"_s, u"5"_s});
    parser.process(app);
    const QString projectPath = parser.value(u"project"_s);
    const int changes = std::max(50, parser.value(u"changes"_s).toInt());
    if (projectPath.isEmpty()) {
        std::fprintf(stderr, "aitocracy-bench-panel: --project FILE is required\n");
        return 2;
    }

    auto store = core::ProjectStore::open(projectPath.toStdString());
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().describe().c_str());
        return 1;
    }
    auto built = core::buildPanel(*store, {});
    if (!built) {
        std::fprintf(stderr, "%s\n", built.error().describe().c_str());
        return 1;
    }
    auto panelData = std::make_shared<const core::Panel>(std::move(*built));

    gui::RegressionPanel panel(nullptr);
    panel.resize(1400, 700);
    panel.show();
    int shown = 0;
    bool failed = false;
    // Redrawn: the plot repaints before the change counts as done.
    QObject::connect(&panel, &gui::RegressionPanel::outcomeShown, &panel, [&] {
        panel.plot()->repaint();
        ++shown;
    });
    QObject::connect(panel.controller(), &gui::RegressionController::failed, &panel, [&](const QString& message) {
        std::fprintf(stderr, "estimate failed: %s\n", qPrintable(message));
        failed = true;
    });
    panel.setProject(projectPath);
    panel.setPanel(panelData);
    if (!waitForShown(shown, 1, failed)) return 1;

    auto* leads = panel.findChild<QSlider*>(u"leadsSlider"_s);
    auto* lags = panel.findChild<QSlider*>(u"lagsSlider"_s);
    std::vector<double> latencies, compute;
    for (int i = 0; i < changes; ++i) {
        QElapsedTimer timer;
        timer.start();
        // Walk the window through leads 0–4 and lags 0–6, one slider step at a time.
        QSlider* slider = i % 3 == 0 ? leads : lags;
        const int top = slider == leads ? 4 : 6;
        const int before = shown;
        slider->setValue(slider->value() >= top ? 0 : slider->value() + 1);
        if (!waitForShown(shown, before + 1, failed)) return 1;
        latencies.push_back(timer.nsecsElapsed() / 1e6);
        compute.push_back(panel.current()->computeMs);
    }
    const double ours = median(latencies);
    std::fprintf(stderr, "panel: %d changes, median %.2f ms (of which preparing and estimating %.2f), min %.2f, max %.2f\n", changes, ours,
                 median(compute),
                 *std::min_element(latencies.begin(), latencies.end()), *std::max_element(latencies.begin(), latencies.end()));

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"panel.csv"_s);
    if (!writeRPanel(*panelData, csv)) return 1;
    QProcess r;
    r.start(u"Rscript"_s, {QStringLiteral(AITOCRACY_SOURCE_DIR "/bench/r/time_estimatr.R"), csv, u"unit"_s, u"period"_s,
                           parser.value(u"r-reps"_s)});
    if (!r.waitForFinished(600000) || r.exitCode() != 0) {
        std::fprintf(stderr, "Rscript failed: %s\n", r.readAllStandardError().constData());
        return 1;
    }
    const QString rLine = QString::fromUtf8(r.readAllStandardOutput()).trimmed().section(u'\n', -1);
    std::fprintf(stderr, "estimatr: %s\n", qPrintable(rLine));
    const double rMs = rLine.section(u"estimatr_median_ms="_s, 1).section(u' ', 0, 0).toDouble();
    std::printf("{\"changes\": %d, \"median_ms\": %.3f, \"r_estimatr_ms\": %.3f, \"ratio\": %.2f}\n", changes, ours, rMs, rMs / ours);
    return 0;
}
