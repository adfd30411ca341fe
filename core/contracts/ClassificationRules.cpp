#include "contracts/ClassificationRules.h"

#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>

namespace aitocracy::core {
namespace {

constexpr int kVersion = 1;

// The JSON key of each set, in the order the file lists them.
using SetMember = std::vector<std::string> ClassificationRules::*;
struct SetKey {
    const char* key;
    SetMember member;
    bool required;
};
constexpr std::array<SetKey, 5> kSets = {{{"public_security_buyer", &ClassificationRules::publicSecurityBuyer, true},
                                          {"ai", &ClassificationRules::ai, true},
                                          {"surveillance", &ClassificationRules::surveillance, true},
                                          {"ai_firms", &ClassificationRules::aiFirms, false},
                                          {"exclude", &ClassificationRules::exclude, false}}};

}  // namespace

ClassificationRules ClassificationRules::defaults()
{
    ClassificationRules r;
    // Police, the political-legal committees that direct them, the stability-maintenance
    // offices, detention and state security. Not "国家安全" alone: it also begins the
    // work-safety administrations (国家安全生产监督管理…).
    r.publicSecurityBuyer = {"公安", "派出所", "警察",   "政法委",     "综治",      "治安综合治理",
                             "维稳", "看守所", "拘留所", "国家安全局", "国家安全厅"};
    // Facial recognition and video analytics, the AI of the study, and general AI wording.
    // "人像" alone is out: 人像采集 is the ID-card photo booth of every household-registration
    // office. 车牌识别/车辆识别 are out: plate reading has been a standard feature of traffic
    // cameras for decades and would turn ordinary checkpoints into AI. 智慧公安 (smart-policing
    // platforms) is in: it is the project heading under which bureaus buy video analytics
    // and face search; a generic 大数据平台 is not.
    r.ai = {"人脸识别",   "人脸比对", "人脸抓拍", "人脸检索", "人像比对", "人像识别", "人像卡口",
            "视频结构化", "智能分析", "智能识别", "人工智能", "深度学习", "机器学习", "计算机视觉",
            "图像识别",   "以图搜图", "步态识别", "声纹识别", "虹膜识别", "智慧公安"};
    // Cameras and camera networks. Not bare 监控系统/监控设备: environmental, energy and
    // water-quality monitoring use the same words; the security kinds are named.
    r.surveillance = {"视频监控", "治安监控", "安防监控", "监控点位", "监控摄像", "摄像机",  "摄像头",
                      "天网",     "雪亮工程", "平安城市", "高清卡口", "治安卡口", "电子警察"};
    // Facial-recognition AI firms by their distinctive name parts. Not the camera makers
    // 海康威视, 大华 and 宇视: they sell most of China's plain cameras, so their name would turn
    // the surveillance class into AI; their AI products are caught by the title instead.
    r.aiFirms = {"商汤", "旷视", "依图", "云从", "格灵深瞳", "云天励飞", "深网视界", "科大讯飞"};
    // Empty: maintenance, operation or training of an AI system (维修, 运维, 培训) is still the
    // buyer spending on AI. The set is for a user's own corpus-specific noise.
    r.exclude = {};
    return r;
}

std::string ClassificationRules::toJson() const
{
    nlohmann::ordered_json doc;
    doc["version"] = kVersion;
    for (const SetKey& s : kSets) doc[s.key] = this->*s.member;
    return doc.dump(2);
}

Result<ClassificationRules> ClassificationRules::fromJson(std::string_view json)
{
    const auto doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return fail("rules", "the classification rules are not a JSON object");
    for (const auto& [key, value] : doc.items()) {
        bool known = key == "version";
        for (const SetKey& s : kSets) known = known || key == s.key;
        if (!known) return fail("rules", "unknown key '" + key + "' in the classification rules", key);
    }
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer() || version->get<std::int64_t>() != kVersion)
        return fail("rules", "'version' must be " + std::to_string(kVersion), "version");

    ClassificationRules rules;
    for (const SetKey& s : kSets) {
        const auto it = doc.find(s.key);
        if (it == doc.end()) {
            if (s.required) return fail("rules", std::string("missing '") + s.key + "', an array of keywords", s.key);
            continue;
        }
        const std::string expected = std::string("'") + s.key + "' must be an array of non-empty strings";
        if (!it->is_array()) return fail("rules", expected, s.key);
        for (const auto& keyword : *it) {
            if (!keyword.is_string() || keyword.get_ref<const std::string&>().empty())
                return fail("rules", expected, s.key);
            (rules.*s.member).push_back(keyword.get<std::string>());
        }
    }
    return rules;
}

}  // namespace aitocracy::core
