#include "sim/DemoNames.h"

#include <array>

namespace aitocracy::core::sim {
namespace {

template <std::size_t N>
const char* pick(Random& rng, const std::array<const char*, N>& items)
{
    return items[rng.below(N)];
}

constexpr std::array<const char*, 16> kBrandA = {"云", "天", "海", "智", "华", "明", "睿", "星", "瑞", "恒", "博", "新", "中", "安", "达", "远"};
constexpr std::array<const char*, 16> kBrandB = {"瞳", "视", "图", "眸", "鉴", "擎", "芯", "盾", "泰", "信", "通", "创", "源", "联", "安", "科"};
constexpr std::array<const char*, 4> kAiKinds = {"智能科技有限公司", "人工智能科技有限公司", "视觉技术有限公司", "信息技术有限公司"};
constexpr std::array<const char*, 6> kOtherKinds = {"建设工程有限公司", "办公设备有限公司", "医疗器械有限公司", "物业管理有限公司",
                                                    "印务有限公司", "商贸有限公司"};
constexpr std::array<const char*, 6> kPsUnits = {"公安局", "公安局", "公安局交通警察支队", "公安局刑事侦查支队", "公安局治安管理支队",
                                                 "公安局第二分局"};
constexpr std::array<const char*, 8> kAgencies = {"教育局", "卫生健康委员会", "交通运输局", "城市管理局", "财政局", "人民医院",
                                                  "自然资源和规划局", "文化和旅游局"};
constexpr std::array<const char*, 6> kAiSystems = {"人脸识别系统", "人像比对平台", "视频结构化分析系统", "智能分析平台",
                                                   "人脸识别卡口", "智慧公安大数据平台"};
constexpr std::array<const char*, 5> kSurveillance = {"视频监控设备", "高清摄像机", "天网工程监控点位", "雪亮工程前端设备",
                                                      "治安监控系统"};
constexpr std::array<const char*, 8> kOther = {"办公家具", "计算机及打印设备", "物业管理服务", "车辆维修保养服务", "印刷服务",
                                               "医疗设备", "绿化养护服务", "食堂食材"};
constexpr std::array<const char*, 4> kSuffix = {"采购项目", "采购合同", "建设项目", "政府采购"};

}  // namespace

std::string firmName(Random& rng, const std::string& cityShort, bool ai)
{
    return cityShort + pick(rng, kBrandA) + pick(rng, kBrandB) + (ai ? pick(rng, kAiKinds) : pick(rng, kOtherKinds));
}

std::string creditCode(Random& rng, const std::string& unitCode)
{
    static constexpr char kChars[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    std::string code = "91" + unitCode;
    while (code.size() < 18) code += kChars[rng.below(sizeof kChars - 1)];
    return code;
}

std::string publicSecurityBuyer(Random& rng, const std::string& cityName) { return cityName + pick(rng, kPsUnits); }
std::string otherBuyer(Random& rng, const std::string& cityName) { return cityName + pick(rng, kAgencies); }
std::string aiTitle(Random& rng, const std::string& cityName) { return cityName + pick(rng, kAiSystems) + pick(rng, kSuffix); }
std::string surveillanceTitle(Random& rng, const std::string& cityName)
{
    return cityName + pick(rng, kSurveillance) + pick(rng, kSuffix);
}
std::string otherTitle(Random& rng, const std::string& cityName) { return cityName + pick(rng, kOther) + pick(rng, kSuffix); }

}  // namespace aitocracy::core::sim
