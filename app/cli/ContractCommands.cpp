#include "ContractCommands.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

#include "Output.h"
#include "UnitSource.h"
#include "contracts/ProjectRules.h"
#include "import/ContractExport.h"
#include "import/ContractImporter.h"

namespace aitocracy::cli {
namespace {

using namespace aitocracy::core;

struct ContractImportCli {
    std::string project, file, encoding, map;
    Format format = Format::text;
};

struct ProjectFileCli {
    std::string project, file;
    Format format = Format::text;
};

Result<ProjectStore> openExisting(const std::string& path)
{
    if (!std::filesystem::exists(path)) return fail("io", "no such project", path);
    return ProjectStore::open(path);
}

int runImportContracts(const ContractImportCli& o)
{
    ContractImportOptions options;
    auto encoding = parseEncodingOption(o.encoding);
    if (!encoding) return printError(encoding.error().describe());
    options.encoding = *encoding;
    if (auto parsed = parseColumnMap(o.map, options.columnMap); !parsed) return printError(parsed.error().describe());
    auto store = openOrCreateProject(o.project);
    if (!store) return printError(store.error().describe());
    auto report = importContracts(*store, o.file, options);
    if (!report) return printError(report.error().describe() + " (the project is unchanged)");
    if (o.format == Format::json) {
        std::cout << report->toJson() << '\n';
        return 0;
    }
    Json out;
    out["project"] = o.project;
    out["file"] = report->file;
    out["encoding"] = report->encoding + " (" + report->encodingReason + ")";
    out["delimiter"] = report->delimiter;
    Json mapping = Json::object();
    for (const auto& [field, column] : report->mapping) mapping[field] = column;
    out["mapping"] = mapping;
    const Json counts = Json::parse(report->countsJson());
    for (const auto& [key, value] : counts.items()) out[key] = value;
    print(out, Format::text);
    for (const auto& u : report->unresolvedBuyers)
        std::cout << "unresolved buyer (" << u.rows << " rows): " << u.buyer
                  << (u.regionCode.empty() ? "" : " [" + u.regionCode + "]") << " — " << u.why << '\n';
    for (const auto& r : report->rejectedRows)
        std::cout << "rejected " << o.file << ':' << r.line
                  << (r.column ? ":" + std::to_string(r.column) : std::string()) << ": " << r.reason << '\n';
    return 0;
}

int runExportContracts(const ProjectFileCli& o)
{
    auto store = openExisting(o.project);
    if (!store) return printError(store.error().describe());
    auto rows = exportContracts(*store, o.file);
    if (!rows) return printError(rows.error().describe());
    std::cout << "wrote " << *rows << " contracts to " << o.file << '\n';
    return 0;
}

int runRulesShow(const ProjectFileCli& o)
{
    auto store = openExisting(o.project);
    if (!store) return printError(store.error().describe());
    auto rules = loadProjectRules(store->handle());
    if (!rules) return printError(rules.error().describe());
    std::cout << Json::parse(rules->toJson()).dump(2) << '\n';
    return 0;
}

int runRulesSet(const ProjectFileCli& o)
{
    std::ifstream in(o.file, std::ios::binary);
    if (!in) return printError(o.file + ": cannot read the file");
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto rules = ClassificationRules::fromJson(text);
    if (!rules) return printError(o.file + ": " + rules.error().describe());
    auto store = openExisting(o.project);
    if (!store) return printError(store.error().describe());
    auto report = setProjectRules(*store, *rules);
    if (!report) return printError(report.error().describe() + " (the project is unchanged)");
    Json out;
    out["contracts"] = report->contracts;
    out["changed_class"] = report->changed;
    out["by_class"] = report->byClass;
    print(out, o.format);
    return 0;
}

}  // namespace

void addContractCommands(CLI::App& app, CLI::App& import, CLI::App& exporter, int& exitCode)
{
    auto o = std::make_shared<ContractImportCli>();
    auto* c = import.add_subcommand(
        "contracts", "a procurement contracts table (CSV, UTF-8 or GB18030) → contracts placed and classified");
    c->add_option("--project", o->project, "project file (created with the built-in map when missing)")->required();
    c->add_option("--encoding", o->encoding, "utf-8 or gb18030 (default: detected)");
    c->add_option("--map", o->map, "field=column pairs, e.g. date=签订日期,buyer=采购单位");
    addFormatOption(*c, o->format);
    c->add_option("file", o->file, "the contracts table")->required();
    c->callback([o, &exitCode] { exitCode = runImportContracts(*o); });

    auto e = std::make_shared<ProjectFileCli>();
    auto* ex = exporter.add_subcommand(
        "contracts", "contracts: contract_id,date,unit_code,class,amount_yuan,buyer,supplier,matched_keywords");
    ex->add_option("--project", e->project, "project file")->required();
    ex->add_option("--out", e->file, "CSV file to write")->required();
    ex->callback([e, &exitCode] { exitCode = runExportContracts(*e); });

    auto* rules = app.add_subcommand("rules", "The project's contract classification rules");
    rules->require_subcommand(1);
    auto show = std::make_shared<ProjectFileCli>();
    auto* sh = rules->add_subcommand("show", "print the rules as JSON");
    sh->add_option("--project", show->project, "project file")->required();
    sh->callback([show, &exitCode] { exitCode = runRulesShow(*show); });
    auto set = std::make_shared<ProjectFileCli>();
    auto* st = rules->add_subcommand("set", "store rules from a JSON file and re-classify every contract");
    st->add_option("--project", set->project, "project file")->required();
    st->add_option("--file", set->file, "rules JSON (as `rules show` prints)")->required();
    addFormatOption(*st, set->format);
    st->callback([set, &exitCode] { exitCode = runRulesSet(*set); });
}

}  // namespace aitocracy::cli
