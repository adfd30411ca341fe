#pragma once
// The attributes of a user's boundary layer that a project reads (BoundaryFileOptions:
// code, name, English name, province), with the field names common boundary sources give
// them: DataV/Aliyun GeoJSON (adcode, name), GADM level 2 (GID_2, NL_NAME_2, NAME_2,
// NL_NAME_1), OCHA/HDX (ADM2_PCODE, ADM2_ZH, ADM2_EN, ADM1_ZH) and Chinese tables.
#include <cstddef>
#include <vector>

#include "import/TableLayout.h"

namespace aitocracy::core {

// "code", "name", "name_en", "province", in that order; aliases compared as tableHeaderKey does.
const std::vector<TableField>& boundaryFields();

// code and name: readBoundaryFile needs them.
inline constexpr std::size_t kRequiredBoundaryFields = 2;

}  // namespace aitocracy::core
