#include "import/TableKind.h"

#include "store/ImportRecord.h"

namespace aitocracy::core {

std::string_view tableKindName(TableKind kind)
{
    switch (kind) {
        case TableKind::Firms:
            return import_kind::firms;
        case TableKind::Software:
            return import_kind::software;
        case TableKind::Weather:
            return import_kind::weather;
        case TableKind::Covariates:
            return import_kind::covariates;
    }
    return {};
}

}  // namespace aitocracy::core
