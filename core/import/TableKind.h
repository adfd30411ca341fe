#pragma once
// The researcher's own tables (DATA.md §4) that `importTable` reads.
#include <string_view>

namespace aitocracy::core {

enum class TableKind { Firms, Software, Weather, Covariates };

// "firms", "software", "weather", "covariates": the CLI subcommand and the imports.kind value.
std::string_view tableKindName(TableKind kind);

}  // namespace aitocracy::core
