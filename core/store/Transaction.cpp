#include "store/Transaction.h"

#include "store/RejectedRow.h"
#include "store/Sql.h"
#include "store/Timestamp.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace aitocracy::core {
namespace {

// At most `limit` bytes of `text`, not splitting a UTF-8 sequence, "…" when cut.
std::string cutUtf8(const std::string& text, std::size_t limit)
{
    if (text.size() <= limit) return text;
    std::size_t end = limit;
    // Step back over continuation bytes (10xxxxxx) to the start of a character.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end) + "…";
}

// The schema cannot CHECK json_valid (see Schema.cpp), so provenance JSON is checked here.
Result<void> checkJson(const std::string& text, const char* column)
{
    if (!nlohmann::json::accept(text)) return fail("parse", "not valid JSON: " + text.substr(0, 80), column);
    return ok();
}

}  // namespace

Result<void> Transaction::exec(const std::string& sql) { return execSql(db_, sql); }

Result<Statement> Transaction::prepare(const std::string& sql) { return Statement::prepare(db_, sql); }

Result<std::int64_t> Transaction::recordImport(const ImportRecord& record)
{
    if (auto valid = checkJson(record.countsJson, "imports.counts_json"); !valid)
        return std::unexpected(std::move(valid.error()));
    if (auto valid = checkJson(record.settingsJson, "imports.settings_json"); !valid)
        return std::unexpected(std::move(valid.error()));
    auto insert = prepare(R"sql(
        INSERT INTO imports (kind, file_name, file_size, sha256, started_at, finished_at,
                             status, counts_json, settings_json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
    if (!insert) return std::unexpected(std::move(insert.error()));
    insert->bindText(1, record.kind)
        .bindText(2, record.fileName)
        .bindInt(3, record.fileSize)
        .bindText(4, record.sha256)
        .bindText(5, record.startedAt.empty() ? isoUtcNow() : record.startedAt)
        .bindOptionalText(6, record.finishedAt.empty() ? std::nullopt
                                                       : std::optional<std::string>(record.finishedAt))
        .bindText(7, record.status)
        .bindText(8, record.countsJson)
        .bindText(9, record.settingsJson);
    if (auto done = insert->run(); !done) {
        done.error().context = "imports (" + record.fileName + ")";
        return std::unexpected(std::move(done.error()));
    }
    return lastInsertId();
}

Result<void> Transaction::setImportSha256(std::int64_t importId, const std::string& sha256)
{
    auto update = prepare("UPDATE imports SET sha256 = ? WHERE id = ?");
    if (!update) return std::unexpected(std::move(update.error()));
    update->bindText(1, sha256).bindInt(2, importId);
    if (auto done = update->run(); !done) return done;
    if (sqlite3_changes64(db_) != 1)
        return fail("not-found", "no import with id " + std::to_string(importId), "imports");
    return ok();
}

Result<void> Transaction::finishImport(std::int64_t importId, const std::string& status,
                                       const std::string& countsJson)
{
    if (auto valid = checkJson(countsJson, "imports.counts_json"); !valid) return valid;
    auto update = prepare("UPDATE imports SET status = ?, counts_json = ?, finished_at = ? WHERE id = ?");
    if (!update) return std::unexpected(std::move(update.error()));
    update->bindText(1, status).bindText(2, countsJson).bindText(3, isoUtcNow()).bindInt(4, importId);
    if (auto done = update->run(); !done) return done;
    if (sqlite3_changes64(db_) != 1)
        return fail("not-found", "no import with id " + std::to_string(importId), "imports");
    return ok();
}

Result<void> Transaction::recordRejectedRow(std::int64_t importId, std::int64_t line, std::int64_t column,
                                            const std::string& reason, const std::string& rawText)
{
    if (!insertReject_) {
        auto prepared = prepare(R"sql(
            INSERT INTO import_rejects (import_id, line, "column", reason, raw)
            VALUES (?, ?, ?, ?, ?))sql");
        if (!prepared) return std::unexpected(std::move(prepared.error()));
        insertReject_ = std::move(*prepared);
    }
    insertReject_->bindInt(1, importId)
        .bindInt(2, line)
        .bindInt(3, column)
        .bindText(4, reason)
        .bindText(5, cutUtf8(rawText, RejectedRow::kMaxRawBytes));
    if (auto done = insertReject_->run(); !done) {
        done.error().context = "import_rejects (import " + std::to_string(importId) + ", line " +
                               std::to_string(line) + ")";
        return done;
    }
    return ok();
}

Result<void> Transaction::setMeta(const std::string& key, const std::string& value)
{
    auto upsert = prepare("INSERT INTO meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!upsert) return std::unexpected(std::move(upsert.error()));
    upsert->bindText(1, key).bindText(2, value);
    return upsert->run();
}

std::int64_t Transaction::lastInsertId() const { return sqlite3_last_insert_rowid(db_); }

}  // namespace aitocracy::core
