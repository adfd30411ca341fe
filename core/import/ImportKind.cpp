#include "import/ImportKind.h"

#include <array>
#include <utility>

#include "store/ImportRecord.h"

namespace aitocracy::core {
namespace {

constexpr std::array<std::pair<ImportKind, const char*>, 7> kNames{{
    {ImportKind::Gdelt, import_kind::gdelt},
    {ImportKind::Contracts, import_kind::contracts},
    {ImportKind::Firms, import_kind::firms},
    {ImportKind::Software, import_kind::software},
    {ImportKind::Weather, import_kind::weather},
    {ImportKind::Covariates, import_kind::covariates},
    {ImportKind::Boundaries, import_kind::boundaries},
}};

}  // namespace

std::string_view importKindName(ImportKind kind)
{
    for (const auto& [k, name] : kNames)
        if (k == kind) return name;
    return {};
}

std::optional<ImportKind> importKindFromName(std::string_view name)
{
    for (const auto& [k, n] : kNames)
        if (name == n) return k;
    return std::nullopt;
}

std::optional<TableKind> tableKindOf(ImportKind kind)
{
    switch (kind) {
        case ImportKind::Firms:
            return TableKind::Firms;
        case ImportKind::Software:
            return TableKind::Software;
        case ImportKind::Weather:
            return TableKind::Weather;
        case ImportKind::Covariates:
            return TableKind::Covariates;
        case ImportKind::Gdelt:
        case ImportKind::Contracts:
        case ImportKind::Boundaries:
            break;
    }
    return std::nullopt;
}

}  // namespace aitocracy::core
