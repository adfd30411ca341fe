#pragma once
// The kinds of file a project imports, and telling them apart from a file's first bytes,
// so that a file dropped on the window goes to the right importer.
#include <optional>
#include <string>
#include <string_view>

#include "common/Error.h"
#include "import/TableKind.h"

namespace aitocracy::core {

enum class ImportKind { Gdelt, Contracts, Firms, Software, Weather, Covariates, Boundaries };

// The import_kind strings of ImportRecord.h: "gdelt", "contracts", "firms", "software",
// "weather", "covariates", "boundaries".
std::string_view importKindName(ImportKind kind);
std::optional<ImportKind> importKindFromName(std::string_view name);

// The table importTable reads for firms, software, weather and covariates; nullopt for the others.
std::optional<TableKind> tableKindOf(ImportKind kind);

struct FileDetection {
    std::optional<ImportKind> kind;  // nullopt: not recognised
    std::string reason;              // for people: why this kind (or why none)
};

// Decides from the file name and its first bytes (at most 1 MiB; a ZIP's first member):
// GDELT event files (tab-separated 57/58/61 columns, plain or zipped, or a BigQuery CSV
// export whose header starts with GLOBALEVENTID), contracts (their header names, Chinese
// or English), firms / software / weather / covariates (DATA.md §4 names and aliases),
// boundaries (.shp .gpkg .geojson .json .kml .gml .fgb, or what GDAL opens as a polygon
// layer). Errors: "io" (missing, unreadable), "format" (empty file).
Result<FileDetection> detectImportKind(const std::string& path);

}  // namespace aitocracy::core
