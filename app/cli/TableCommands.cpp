#include "TableCommands.h"

#include <CLI/CLI.hpp>
#include <memory>

#include "Output.h"
#include "UnitSource.h"
#include "import/TableImport.h"

namespace aitocracy::cli {
namespace {

using namespace aitocracy::core;

struct TableOptions {
    TableKind kind = TableKind::Firms;
    std::string project, encoding;
    std::vector<std::string> maps;  // each "field=column,field=column"
    std::string file;
    Format format = Format::text;
};

Result<TableImportOptions> importOptions(const TableOptions& o)
{
    TableImportOptions options;
    auto encoding = parseEncodingOption(o.encoding);
    if (!encoding) return std::unexpected(encoding.error());
    options.encoding = *encoding;
    for (const auto& map : o.maps)
        if (auto parsed = parseColumnMap(map, options.columnMap); !parsed) return std::unexpected(parsed.error());
    return options;
}

int runTable(const TableOptions& o)
{
    auto options = importOptions(o);
    if (!options) return printError(options.error().describe());
    auto store = openOrCreateProject(o.project);
    if (!store) return printError(store.error().describe());
    auto report = importTable(*store, o.kind, o.file, *options);
    if (!report) return printError(report.error().describe() + " (the project is unchanged)");
    if (o.format == Format::json) {
        std::cout << report->toJson() << '\n';
        return 0;
    }
    Json out;
    out["project"] = o.project;
    out["file"] = report->file;
    out["import_id"] = report->importId;
    out["encoding"] = report->encoding;
    out["columns"] = Json(report->mapping);
    const Json counts = Json::parse(report->countsJson());
    for (const auto& [key, value] : counts.items()) out[key] = value;
    print(out, Format::text);
    for (const auto& r : report->rejectedRows)
        std::cout << "rejected " << report->file << ':' << r.line
                  << (r.column ? ":" + std::to_string(r.column) : std::string()) << ": " << r.reason << '\n';
    if (const auto unlisted = report->rejected - static_cast<std::int64_t>(report->rejectedRows.size()); unlisted > 0)
        std::cout << "… and " << unlisted << " more rejected rows (only the first " << report->rejectedRows.size()
                  << " are recorded)\n";
    return 0;
}

}  // namespace

void addTableCommands(CLI::App& import, int& exitCode)
{
    const struct {
        TableKind kind;
        const char* help;
    } tables[] = {
        {TableKind::Firms, "firms table (firm_id, name, is_ai) → firms"},
        {TableKind::Software,
         "software output (firm_id, year, software_total, software_government, software_commercial)"},
        {TableKind::Weather, "daily weather (prefecture_code, date, rain_mm, temp_c)"},
        {TableKind::Covariates, "prefecture covariates (prefecture_code, period, name, value)"},
    };
    for (const auto& t : tables) {
        auto o = std::make_shared<TableOptions>();
        o->kind = t.kind;
        auto* c = import.add_subcommand(std::string(tableKindName(t.kind)), t.help);
        c->add_option("--project", o->project, "project file (created with the built-in map when missing)")->required();
        c->add_option("--encoding", o->encoding, "utf-8 or gb18030 (default: detected)");
        c->add_option("--map", o->maps, "field=column,...: the header column of a field, when not found by name");
        addFormatOption(*c, o->format);
        c->add_option("file", o->file, "CSV or tab-separated file with a header row")->required();
        c->callback([o, &exitCode] { exitCode = runTable(*o); });
    }
}

}  // namespace aitocracy::cli
