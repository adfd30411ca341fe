#include "PanelCommand.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>

#include "CleaningOptions.h"
#include "Output.h"
#include "panel/FirmPanel.h"
#include "panel/PanelBuilder.h"
#include "panel/PanelCsv.h"
#include "panel/Periods.h"
#include "scripts/PanelCsvText.h"
#include "store/ProjectStore.h"

namespace aitocracy::cli {
namespace {

using namespace aitocracy::core;

struct PanelCommandOptions {
    std::string project, period = "quarter", out;
    PanelOptions panel;
    CleaningFlags cleaning;
    bool firms = false;
};

// The firm × year panel, in the CSV the replication scripts and `estimate --data … --panel
// firm,year` read.
int runFirmPanel(const PanelCommandOptions& o, const ProjectStore& store)
{
    const auto start = std::chrono::steady_clock::now();
    PanelOptions cleaning;
    o.cleaning.applyTo(cleaning);
    auto panel = buildFirmPanel(store, cleaning);
    if (!panel) return printError(panel.error().describe());
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    // Beside the file first, then renamed, as writePanelCsv does: never half a file under its name.
    const std::string partial = o.out + ".tmp";
    std::ofstream file(partial, std::ios::binary);
    file << scripts::panelCsvText(*panel);
    file.close();
    std::error_code ec;
    if (file) std::filesystem::rename(partial, o.out, ec);
    if (!file || ec) {
        std::filesystem::remove(partial, ec);
        return printError(o.out + ": cannot write the file");
    }
    std::cout << o.out << ": " << panel->rows() << " rows (" << panel->unitLevels.size() << " firms × "
              << panel->timeLabels.size() << " years " << panel->timeLabels.front() << " to "
              << panel->timeLabels.back() << ") × " << panel->columns.size() << " columns, built in " << std::lround(ms)
              << " ms\n";
    return 0;
}

int runPanel(PanelCommandOptions o)
{
    auto kind = parsePeriodKind(o.period);
    if (!kind) return printError("--period: " + kind.error().describe());
    o.panel.period = *kind;
    o.cleaning.applyTo(o.panel);
    auto store = ProjectStore::open(o.project);
    if (!store) return printError(store.error().describe());
    if (o.firms) return runFirmPanel(o, *store);
    const auto start = std::chrono::steady_clock::now();
    auto panel = buildPanel(*store, o.panel);
    if (!panel) return printError(panel.error().describe());
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    auto rows = writePanelCsv(*panel, o.out);
    if (!rows) return printError(rows.error().describe());
    std::cout << o.out << ": " << *rows << " rows (" << panel->unitCount() << " units × " << panel->periodCount() << ' '
              << periodKindName(*kind) << "s " << panel->periodLabels.front() << " to " << panel->periodLabels.back()
              << ") × " << panel->columns.size() + 2 << " columns, built in " << std::lround(ms) << " ms\n";
    return 0;
}

}  // namespace

void addPanelCommand(CLI::App& app, int& exitCode)
{
    auto o = std::make_shared<PanelCommandOptions>();
    auto* p = app.add_subcommand("panel", "Write a project's prefecture × period panel as CSV");
    p->add_option("--project", o->project, "project file")->required();
    auto* period = p->add_option("--period", o->period, "day, week, month, quarter (default) or year");
    auto* from = p->add_option("--from", o->panel.from, "first day, YYYY-MM-DD (default: the first stored date)");
    auto* to = p->add_option("--to", o->panel.to, "last day, YYYY-MM-DD (default: the last stored date)");
    auto* rain = p->add_option("--rain-threshold", o->panel.rainThresholdMm,
                               "rain_days counts days with at least this many mm (default 10)");
    p->add_flag("--firms", o->firms,
                "write the firm × year panel instead (software output around public-security contracts)")
        ->excludes(period)
        ->excludes(from)
        ->excludes(to)
        ->excludes(rain);
    p->add_option("--out", o->out, "the CSV file to write")->required();
    addCleaningOptions(*p, o->cleaning);
    p->callback([o, &exitCode] { exitCode = runPanel(*o); });
}

}  // namespace aitocracy::cli
