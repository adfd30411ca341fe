#include "import/BoundaryFields.h"

namespace aitocracy::core {

const std::vector<TableField>& boundaryFields()
{
    // GADM's NAME_2 is the pinyin name: it serves as the English name, and the Chinese one
    // comes from NL_NAME_2.
    static const std::vector<TableField> fields = {
        {"code",
         {"adcode", "gb", "gbcode", "GID_2", "ADM2_PCODE", "prefecture_code", "unit_code", "city_code", "区划代码",
          "行政区划代码", "代码", "编码"}},
        {"name",
         {"name_zh", "NL_NAME_2", "ADM2_ZH", "prefecture", "prefecture_name", "city", "名称", "地名", "市", "地级市",
          "城市", "市名"}},
        {"name_en", {"NAME_2", "ADM2_EN", "english_name", "name_pinyin", "pinyin", "英文名", "英文名称"}},
        {"province",
         {"province_code", "province_name", "province_zh", "NL_NAME_1", "ADM1_ZH", "ADM1_PCODE", "省", "省份", "省名",
          "所属省份", "NAME_1", "ADM1_EN"}},
    };
    return fields;
}

}  // namespace aitocracy::core
