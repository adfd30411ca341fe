#include "store/UnitTable.h"

#include "geo/Wkb.h"
#include "store/Statement.h"

namespace aitocracy::core {

Result<void> insertUnits(sqlite3* db, const UnitSet& units)
{
    auto insert = Statement::prepare(db, R"sql(
        INSERT INTO units (code, name_zh, name_en, province_code, province_name_zh,
                           province_name_en, kind, geometry, drawing)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
    if (!insert) return std::unexpected(std::move(insert.error()));
    for (const auto& u : units.units) {
        const auto geometry = toWkb(u.geometry);
        const auto drawing = toWkb(u.drawing);
        insert->bindText(1, u.code)
            .bindText(2, u.nameZh)
            .bindText(3, u.nameEn)
            .bindText(4, u.provinceCode)
            .bindText(5, u.provinceNameZh)
            .bindText(6, u.provinceNameEn)
            .bindText(7, u.kind)
            .bindBlob(8, geometry)
            .bindBlob(9, drawing);
        if (auto done = insert->run(); !done) {
            done.error().context = "unit " + u.code;
            return done;
        }
    }
    return ok();
}

Result<UnitSet> readUnits(sqlite3* db)
{
    auto select = Statement::prepare(db, R"sql(
        SELECT code, name_zh, name_en, province_code, province_name_zh, province_name_en,
               kind, geometry, drawing
        FROM units ORDER BY code)sql");
    if (!select) return std::unexpected(std::move(select.error()));
    UnitSet set;
    for (;;) {
        auto row = select->step();
        if (!row) return std::unexpected(std::move(row.error()));
        if (!*row) break;
        Unit u;
        u.code = select->columnText(0);
        u.nameZh = select->columnText(1);
        u.nameEn = select->columnText(2);
        u.provinceCode = select->columnText(3);
        u.provinceNameZh = select->columnText(4);
        u.provinceNameEn = select->columnText(5);
        u.kind = select->columnText(6);
        auto geometry = fromWkb(select->columnBlob(7));
        if (!geometry)
            return fail("corrupt", "unreadable geometry: " + geometry.error().message, "units." + u.code);
        auto drawing = fromWkb(select->columnBlob(8));
        if (!drawing)
            return fail("corrupt", "unreadable drawing outline: " + drawing.error().message, "units." + u.code);
        u.geometry = std::move(*geometry);
        u.drawing = std::move(*drawing);
        set.units.push_back(std::move(u));
    }
    return set;
}

}  // namespace aitocracy::core
