#include "ImportCommand.h"

#include "ContractCommands.h"
#include "Output.h"
#include "TableCommands.h"
#include "UnitSource.h"
#include "import/GdeltEventExport.h"
#include "import/GdeltImporter.h"
#include "store/ProjectStore.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <sstream>

namespace aitocracy::cli {
namespace {

using namespace aitocracy::core;

struct GdeltOptions {
    std::string project;
    std::string country = "CH";
    std::string rootCodes = "14";
    std::string eventCodes;
    bool allEvents = false;  // keep non-root events too
    std::int64_t minSources = 0, minArticles = 0;
    std::string from, to;
    bool merge = false;
    std::vector<std::string> files;
    Format format = Format::text;
};

struct ExportOptions {
    std::string project, out;
};

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

// "YYYY-MM-DD" or "YYYYMMDD" (as GDELT writes it) → ISO; empty when neither.
std::string isoDay(const std::string& text)
{
    auto digits = [](const std::string& s) { return s.find_first_not_of("0123456789") == std::string::npos; };
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text.substr(0, 4) + text.substr(5, 2) + text.substr(8, 2))) return text;
    if (text.size() == 8 && digits(text)) return text.substr(0, 4) + "-" + text.substr(4, 2) + "-" + text.substr(6, 2);
    return {};
}

int runGdelt(const GdeltOptions& o)
{
    GdeltSettings s;
    s.country = o.country == "all" ? std::string() : o.country;
    s.rootCodes = o.rootCodes == "all" ? std::vector<std::string>{} : splitList(o.rootCodes);
    s.eventCodes = splitList(o.eventCodes);
    s.rootEventsOnly = !o.allEvents;
    s.minSources = o.minSources;
    s.minArticles = o.minArticles;
    s.mergeSameDayUnitCode = o.merge;
    if (!o.from.empty() && (s.fromDate = isoDay(o.from)).empty()) return printError("--from: expected a date YYYY-MM-DD, got " + o.from);
    if (!o.to.empty() && (s.toDate = isoDay(o.to)).empty()) return printError("--to: expected a date YYYY-MM-DD, got " + o.to);

    auto store = openOrCreateProject(o.project);
    if (!store) return printError(store.error().describe());
    auto report = importGdelt(*store, o.files, s);
    if (!report) return printError(report.error().describe() + " (the project is unchanged)");
    if (o.format == Format::json) {
        std::cout << report->toJson() << '\n';
        return 0;
    }
    const Json total = Json::parse(report->total.toJson());
    Json out;
    out["project"] = o.project;
    out["files"] = report->files.size();
    for (const auto& [key, value] : total.items()) out[key] = value;
    print(out, Format::text);
    for (const auto& r : report->rejectedRows)
        std::cout << "rejected " << r.file << ':' << r.line << (r.column ? ":" + std::to_string(r.column) : std::string()) << ": " << r.reason
                  << '\n';
    return 0;
}

int runExportEvents(const ExportOptions& o)
{
    if (!std::filesystem::exists(o.project)) return printError(o.project + ": no such project");
    auto store = ProjectStore::open(o.project);
    if (!store) return printError(store.error().describe());
    auto rows = exportUnrestEvents(*store, o.out);
    if (!rows) return printError(rows.error().describe());
    std::cout << "wrote " << *rows << " events to " << o.out << '\n';
    return 0;
}

}  // namespace

void addImportCommand(CLI::App& app, int& exitCode)
{
    auto* import = app.add_subcommand("import", "Import raw data files into a project");
    import->require_subcommand(1);
    auto o = std::make_shared<GdeltOptions>();
    auto* g = import->add_subcommand("gdelt", "GDELT event files (.CSV, .zip or folders) → unrest events placed in units");
    g->add_option("--project", o->project, "project file (created with the built-in map when missing)")->required();
    g->add_option("--country", o->country, "ActionGeo_CountryCode (FIPS) to keep, or 'all'")->capture_default_str();
    g->add_option("--root-codes", o->rootCodes, "CAMEO root codes: 14, 14,18 or all")->capture_default_str();
    g->add_option("--event-codes", o->eventCodes, "CAMEO event codes to keep (comma separated; default all)");
    g->add_flag("--all-events", o->allEvents, "keep non-root events too (default: IsRootEvent = 1 only)");
    g->add_option("--min-sources", o->minSources, "minimum NumSources");
    g->add_option("--min-articles", o->minArticles, "minimum NumArticles");
    g->add_option("--from", o->from, "first event day (SQLDATE), YYYY-MM-DD");
    g->add_option("--to", o->to, "last event day (SQLDATE), YYYY-MM-DD");
    g->add_flag("--merge-reports", o->merge, "mark reports of one event (same day, unit, event code) as duplicates");
    addFormatOption(*g, o->format);
    g->add_option("files", o->files, "GDELT event files or folders")->required();
    g->callback([o, &exitCode] { exitCode = runGdelt(*o); });

    auto* exporter = app.add_subcommand("export", "Export a project's data as CSV");
    exporter->require_subcommand(1);
    auto e = std::make_shared<ExportOptions>();
    auto* ev = exporter->add_subcommand("events", "unrest events: event_id,date,event_code,root_code,geo_type,lat,lon,unit_code,province_code");
    ev->add_option("--project", e->project, "project file")->required();
    ev->add_option("--out", e->out, "CSV file to write")->required();
    ev->callback([e, &exitCode] { exitCode = runExportEvents(*e); });

    addContractCommands(app, *import, *exporter, exitCode);
    addTableCommands(*import, exitCode);
}

}  // namespace aitocracy::cli
