#include "store/PlaceTable.h"

#include "store/Statement.h"

namespace aitocracy::core {

Result<void> insertPlaces(sqlite3* db, const std::vector<Place>& places)
{
    auto insert = Statement::prepare(db, "INSERT INTO places (code, name_zh, level, unit_code) VALUES (?, ?, ?, ?)");
    if (!insert) return std::unexpected(std::move(insert.error()));
    for (const Place& p : places) {
        insert->bindText(1, p.code).bindText(2, p.nameZh).bindText(3, p.level).bindOptionalText(4, p.unitCode);
        if (auto done = insert->run(); !done) {
            done.error().context = "place " + p.code + " " + p.nameZh;
            return done;
        }
    }
    return ok();
}

}  // namespace aitocracy::core
