#include "DemoCommand.h"

#include "Output.h"
#include "geo/BuiltinGeography.h"
#include "sim/DemoWorld.h"
#include "sim/RawExport.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

namespace aitocracy::cli {
namespace {

using namespace aitocracy::core;

struct DemoOptions {
    std::string out, config, rawDir;
    std::optional<std::uint64_t> seed;
    std::optional<std::int64_t> contracts;
    bool quiet = false;
    bool defaultProject = false;
};

int runDemo(DemoOptions o)
{
    if (o.defaultProject) {
        // The world the application opens first: built once, then reused.
        o.out = sim::defaultDemoProjectPath();
        if (std::filesystem::exists(o.out)) {
            if (!o.quiet) std::cout << "the demonstration world is ready: " << o.out << '\n';
            return 0;
        }
    }
    if (o.out.empty()) return printError("demo: name the project with --out FILE (or use --default-project)");
    sim::DemoConfig config;
    if (!o.config.empty()) {
        std::ifstream in(o.config);
        if (!in) return printError(o.config + ": cannot read the truth configuration");
        std::stringstream text;
        text << in.rdbuf();
        auto parsed = sim::DemoConfig::fromJson(text.str());
        if (!parsed) return printError(o.config + ": " + parsed.error().describe());
        config = *parsed;
    }
    if (o.seed) config.seed = *o.seed;
    if (o.contracts) config.contracts = *o.contracts;
    // Fail before building the world when the raw directory holds an earlier export
    // (exportRawFiles checks every name again, the GDELT days included).
    for (const char* name : {sim::kRawContractsFile, sim::kRawFirmsFile, sim::kRawSoftwareFile, sim::kRawWeatherFile})
        if (!o.rawDir.empty() && std::filesystem::exists(std::filesystem::path(o.rawDir) / name))
            return printError(o.rawDir + ": already holds " + name + " of an earlier export; choose an empty directory or remove it");
    auto units = loadBuiltinGeography();
    if (!units) return printError(units.error().describe());
    const auto start = std::chrono::steady_clock::now();
    auto summary = sim::buildDemoProject(o.out, *units, config, [&](const std::string& step) {
        if (!o.quiet) std::cerr << step << '\n';
    });
    if (!summary) return printError(summary.error().describe());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::size_t contracts = 0;
    for (const auto& [cls, n] : summary->contractsByClass) contracts += n;
    std::cout << "built the simulated world " << o.out << " in " << seconds << " s: " << summary->locatedEvents << " located events ("
              << summary->unlocatedEvents << " unlocated, " << summary->duplicateReports << " duplicate reports), " << contracts
              << " contracts (" << summary->contractsByClass["ai_public_security"] << " public-security AI), " << summary->firms
              << " firms, " << summary->weatherRows << " weather days\n";
    if (!o.rawDir.empty()) {
        const auto exportStart = std::chrono::steady_clock::now();
        auto raw = sim::exportRawFiles(o.out, o.rawDir);
        if (!raw) return printError(raw.error().describe());
        std::size_t rows = 0;
        std::uint64_t bytes = 0;
        for (const auto& f : raw->files) {
            std::cout << "raw " << f.kind << ' ' << (std::filesystem::path(raw->dir) / f.name).string() << ": " << f.rows << " rows, "
                      << f.bytes << " bytes\n";
            rows += f.rows;
            bytes += f.bytes;
        }
        std::cout << "wrote " << raw->files.size() << " raw files (" << rows << " rows, " << bytes << " bytes) to " << raw->dir << " in "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - exportStart).count() << " s\n";
    }
    return 0;
}

}  // namespace

void addDemoCommand(CLI::App& app, int& exitCode)
{
    auto o = std::make_shared<DemoOptions>();
    auto* d = app.add_subcommand("demo", "Build the simulated demonstration world (known true effects) into a new project");
    d->add_option("--out", o->out, "project file to create (.aitocracy)");
    d->add_flag("--default-project", o->defaultProject,
                "build the world the application opens by default, in the user's data directory, unless it is there");
    d->add_option("--seed", o->seed, "random seed (default: the configuration's)");
    d->add_option("--contracts", o->contracts, "number of procurement contracts (default 300000; 3000000 for the study's scale)");
    d->add_option("--config", o->config, "truth configuration JSON (keys of `demo --print-config`)");
    d->add_option("--raw-dir", o->rawDir,
                  "also write the world's raw files into this directory (GDELT day zips, contracts.csv in GB18030, firms, "
                  "software, weather); refuses to overwrite files of the same names");
    d->add_flag("--quiet", o->quiet, "no progress lines");
    auto* print = d->add_flag_callback("--print-config", [] {
        std::cout << sim::DemoConfig().toJson() << '\n';
        std::exit(0);
    }, "print the default truth configuration and exit");
    print->excludes(d->get_option("--out"));
    d->callback([o, &exitCode] { exitCode = runDemo(*o); });
}

}  // namespace aitocracy::cli
