#pragma once
// Eight contracts whose class under the study's rules, and under a few edits of them, is
// worked out by hand (the rules-preview and rules-editor tests share them). Stored with
// the classes the default rules give:
//   c1 公安局 / 人脸识别系统采购         ai_public_security  (ai: 人脸识别, buyer: 公安)
//   c2 公安局 / 视频监控建设             surveillance
//   c3 教育局 / 人脸识别门禁             ai_other            (not a public-security buyer)
//   c4 公安局 / 办公用品, from 商汤科技  ai_public_security  (an AI firm)
//   c5 派出所 / 智能分析平台             ai_public_security
//   c6 医院   / 摄像机采购               surveillance
//   c7 政法委 / 人脸识别及视频监控       ai_public_security
//   c8 学校   / 办公桌椅                 other
// Without 人脸识别 among the AI keywords: c1 → other, c3 → other, c7 → surveillance
// (3 changed; after: ai_public_security 2, ai_other 0, surveillance 3, other 3).
#include <QtGlobal>
#include <string>

#include "HandPanelProject.h"
#include "store/ProjectStore.h"
#include "store/Sql.h"

namespace aitocracy::test {

inline core::ProjectStore handContractsProject(const std::string& path)
{
    core::UnitSet units;
    units.units = {handUnit("110000", 116)};
    auto store = core::ProjectStore::create(path, units, "test");
    if (!store) qFatal("cannot create %s: %s", path.c_str(), store.error().describe().c_str());
    const char* rows = R"sql(
        INSERT INTO contracts (contract_id, signed_date, buyer, title, supplier, unit_code, class) VALUES
            ('c1', '2016-01-01', '合肥市公安局', '人脸识别系统采购', '某科技公司', '110000', 'ai_public_security'),
            ('c2', '2016-01-02', '合肥市公安局', '视频监控建设', '某科技公司', '110000', 'surveillance'),
            ('c3', '2016-01-03', '合肥市教育局', '人脸识别门禁', '某科技公司', '110000', 'ai_other'),
            ('c4', '2016-01-04', '合肥市公安局', '办公用品', '北京商汤科技', '110000', 'ai_public_security'),
            ('c5', '2016-01-05', '某区派出所', '智能分析平台', '某科技公司', '110000', 'ai_public_security'),
            ('c6', '2016-01-06', '某市医院', '摄像机采购', '某科技公司', '110000', 'surveillance'),
            ('c7', '2016-01-07', '某市政法委', '人脸识别及视频监控', '某科技公司', '110000', 'ai_public_security'),
            ('c8', '2016-01-08', '某学校', '办公桌椅', '某家具公司', '110000', 'other');
    )sql";
    if (auto r = core::execSql(store->handle(), rows); !r) qFatal("%s", r.error().describe().c_str());
    return std::move(*store);
}

}  // namespace aitocracy::test
