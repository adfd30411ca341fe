#pragma once
// A two-prefecture project with a handful of rows whose panel values the panel tests
// work out by hand (see the comments beside the rows).
#include <QtGlobal>
#include <string>

#include "store/ProjectStore.h"
#include "store/Sql.h"

namespace aitocracy::test {

inline core::Unit handUnit(std::string code, double lon)
{
    core::Unit u;
    u.code = std::move(code);
    u.nameZh = "测试市";
    u.nameEn = "Test";
    u.provinceCode = u.code.substr(0, 2) + "0000";
    u.provinceNameZh = "测试省";
    u.provinceNameEn = "Test Province";
    u.kind = core::unit_kind::prefecture;
    u.geometry = {core::Polygon{{core::Ring{{lon, 30}, {lon + 1, 30}, {lon + 1, 31}, {lon, 31}, {lon, 30}}}}};
    u.drawing = u.geometry;
    return u;
}

// Units A = 110000 and B = 120000. In 2016Q1 / 2016Q2 (threshold 10 mm):
//   unrest (root 14, placed, merged reports out): A 2, 1; B 1, 0
//   contracts_ai_public_security A 2, 1 (amounts 3000.5, 0: one undisclosed); ai_stock A 2, 4
//   contracts_surveillance A 1, 0 (300); contracts_ai_other B 0, 1 (50); contracts_other B 0, 1 (7)
//   rain_sum A 22.5, NaN; B 9.99, NaN; rain_mean A 7.5; rain_days A 2, B 0; temp_mean A −2/3, 15; B 5, NaN
//   covariates gdp A 2016Q1 1.5 (and a yearly 2016 value); pop B 2016Q2 3; unrest B 2016Q2 8
// The stored dates run from 2015-06-01 to 2016-07-01.
inline core::ProjectStore handProject(const std::string& path)
{
    core::UnitSet units;
    units.units = {handUnit("110000", 116), handUnit("120000", 117)};
    auto store = core::ProjectStore::create(path, units, "test");
    if (!store) qFatal("cannot create %s: %s", path.c_str(), store.error().describe().c_str());
    const char* rows = R"sql(
        INSERT INTO unrest_events (global_event_id, event_date, event_code, event_base_code, event_root_code,
                                   is_root_event, unit_code, duplicate_of) VALUES
            (1, '2016-01-05', '140', '140', '14', 1, '110000', NULL),
            (2, '2016-03-31', '141', '141', '14', 1, '110000', NULL),
            (3, '2016-03-31', '141', '141', '14', 1, '110000', 2),      -- a repeated report of 2
            (4, '2016-04-01', '145', '145', '14', 1, '110000', NULL),
            (5, '2016-02-29', '140', '140', '14', 1, '120000', NULL),   -- leap day
            (6, '2016-02-10', '190', '190', '19', 1, '120000', NULL),   -- not a protest
            (7, '2016-02-10', '140', '140', '14', 1, NULL, NULL),       -- not placed
            (8, '2015-12-31', '140', '140', '14', 1, '110000', NULL),   -- before 2016
            (9, '2016-07-01', '140', '140', '14', 1, '120000', NULL);   -- after 2016Q2
        INSERT INTO contracts (contract_id, signed_date, unit_code, class, amount_yuan) VALUES
            ('c1', '2015-06-01', '110000', 'ai_public_security', 100),
            ('c2', '2015-12-31', '110000', 'ai_public_security', NULL),
            ('c3', '2016-01-15', '110000', 'ai_public_security', 1000.5),
            ('c4', '2016-02-20', '110000', 'ai_public_security', 2000),
            ('c5', '2016-05-05', '110000', 'ai_public_security', NULL),
            ('c6', '2016-03-01', '110000', 'surveillance', 300),
            ('c7', '2016-04-02', '120000', 'ai_other', 50),
            ('c8', '2016-06-30', '120000', 'other', 7),
            ('c9', '2016-02-02', NULL, 'ai_public_security', 999),
            ('c10', '2016-07-01', '120000', 'ai_public_security', 1);
        INSERT INTO weather (unit_code, date, rain_mm, temp_c) VALUES
            ('110000', '2015-12-31', 100, 20),
            ('110000', '2016-01-01', 12, -3),
            ('110000', '2016-01-02', 0.5, -1),
            ('110000', '2016-02-29', 10, 2),
            ('110000', '2016-04-10', NULL, 15),
            ('120000', '2016-03-01', 9.99, 5);
        INSERT INTO covariates (unit_code, period, name, value) VALUES
            ('110000', '2016Q1', 'gdp', 1.5),
            ('110000', '2016', 'gdp', 99),
            ('120000', '2016Q2', 'pop', 3),
            ('120000', '2016Q2', 'unrest', 8);
    )sql";
    if (auto r = core::execSql(store->handle(), rows); !r) qFatal("%s", r.error().describe().c_str());
    return std::move(*store);
}

}  // namespace aitocracy::test
