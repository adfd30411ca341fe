#include "store/Schema.h"

#include <array>

namespace aitocracy::core {
namespace {

// Conventions: STRICT tables (a text in an INTEGER column is an error, not a surprise
// in a regression); dates are ISO 'YYYY-MM-DD' TEXT, timestamps ISO 8601 UTC TEXT;
// codes (unit codes, CAMEO event codes) are TEXT so leading zeros survive; every data
// row names the import that brought it (NULL for rows the program generated, such as a
// simulated world), and deleting an import deletes its rows. Unit codes reference
// units, so a row cannot point at a prefecture the project does not have.
// *_json columns hold JSON but have no CHECK (json_valid(...)): SQLite 3.40 does not
// mark json_valid innocuous, so with trusted_schema=OFF a schema using it cannot be
// written to. The writers validate instead (Transaction::recordImport does).
constexpr const char* kBaseSchema = R"sql(
-- Facts about the file: app_version, created_at, simulated ('0'/'1'), boundary_source,
-- boundaries_as_of, attribution.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- User settings that travel with the project (the program's own settings do not).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The map: one row per prefecture-level unit. Geometry is WKB MultiPolygon (lon/lat,
-- WGS 84): full resolution for point location and areas, simplified for drawing.
CREATE TABLE units (
    code             TEXT PRIMARY KEY NOT NULL CHECK (code <> ''),
    name_zh          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    province_code    TEXT NOT NULL,
    province_name_zh TEXT NOT NULL,
    province_name_en TEXT NOT NULL,
    kind             TEXT NOT NULL,
    geometry         BLOB NOT NULL,
    drawing          BLOB NOT NULL
) STRICT;
CREATE INDEX units_by_province ON units(province_code);

-- Administrative code changes (renamed / merged units), filled by the geography module.
CREATE TABLE code_crosswalk (
    id             INTEGER PRIMARY KEY,
    old_code       TEXT NOT NULL,
    new_code       TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    name_zh        TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL,
    source         TEXT NOT NULL DEFAULT '',
    UNIQUE (old_code, new_code, effective_date)
) STRICT;
CREATE INDEX code_crosswalk_by_new ON code_crosswalk(new_code);

-- Provenance: one row per imported file. finished_at is NULL while running.
CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('gdelt', 'contracts', 'firms', 'software',
                                                'weather', 'covariates', 'boundaries')),
    file_name     TEXT NOT NULL,
    file_size     INTEGER NOT NULL CHECK (file_size >= 0),
    sha256        TEXT NOT NULL CHECK (sha256 = '' OR (length(sha256) = 64
                                       AND sha256 NOT GLOB '*[^0-9a-f]*')),
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    status        TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed', 'cancelled')),
    counts_json   TEXT NOT NULL DEFAULT '{}',
    settings_json TEXT NOT NULL DEFAULT '{}'
) STRICT;

-- Input rows an importer refused, with where and why (line/column 1-based, 0 = n/a).
CREATE TABLE import_rejects (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    "column"  INTEGER NOT NULL,
    reason    TEXT NOT NULL,
    raw       TEXT NOT NULL
) STRICT;
CREATE INDEX import_rejects_by_import ON import_rejects(import_id, line);

-- GDELT 2.0 events (protest root code 14 and whatever else the importer keeps).
-- unit_code is NULL when the event could not be placed in a unit; duplicate_of points
-- at the event this one repeats (same story, other source), NULL for originals.
CREATE TABLE unrest_events (
    global_event_id INTEGER PRIMARY KEY,
    import_id       INTEGER REFERENCES imports(id) ON DELETE CASCADE,
    event_date      TEXT NOT NULL
                    CHECK (event_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    event_code      TEXT NOT NULL,
    event_base_code TEXT NOT NULL,
    event_root_code TEXT NOT NULL,
    is_root_event   INTEGER NOT NULL CHECK (is_root_event IN (0, 1)),
    num_mentions    INTEGER NOT NULL DEFAULT 0,
    num_sources     INTEGER NOT NULL DEFAULT 0,
    num_articles    INTEGER NOT NULL DEFAULT 0,
    geo_type        INTEGER NOT NULL DEFAULT 0,
    geo_fullname    TEXT NOT NULL DEFAULT '',
    geo_country     TEXT NOT NULL DEFAULT '',
    geo_adm1        TEXT NOT NULL DEFAULT '',
    lat             REAL,
    lon             REAL,
    geo_feature_id  TEXT NOT NULL DEFAULT '',
    unit_code       TEXT REFERENCES units(code),
    province_code   TEXT,
    date_added      TEXT NOT NULL DEFAULT '',
    source_url      TEXT NOT NULL DEFAULT '',
    duplicate_of    INTEGER REFERENCES unrest_events(global_event_id) ON DELETE SET NULL
) STRICT;
CREATE INDEX unrest_events_by_unit_date ON unrest_events(unit_code, event_date);
CREATE INDEX unrest_events_by_date ON unrest_events(event_date);
CREATE INDEX unrest_events_by_import ON unrest_events(import_id);
CREATE INDEX unrest_events_by_duplicate ON unrest_events(duplicate_of)
    WHERE duplicate_of IS NOT NULL;

-- Public procurement contracts. placement_rule says how unit_code was found (buyer
-- region code, buyer name, ...); amount_yuan is NULL when not disclosed.
CREATE TABLE contracts (
    id                INTEGER PRIMARY KEY,
    contract_id       TEXT NOT NULL UNIQUE,
    import_id         INTEGER REFERENCES imports(id) ON DELETE CASCADE,
    signed_date       TEXT NOT NULL
                      CHECK (signed_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    buyer             TEXT NOT NULL DEFAULT '',
    buyer_region_code TEXT NOT NULL DEFAULT '',
    buyer_region_name TEXT NOT NULL DEFAULT '',
    supplier          TEXT NOT NULL DEFAULT '',
    supplier_id       TEXT NOT NULL DEFAULT '',
    amount_yuan       REAL,
    title             TEXT NOT NULL DEFAULT '',
    unit_code         TEXT REFERENCES units(code),
    placement_rule    TEXT NOT NULL DEFAULT '',
    class             TEXT NOT NULL
                      CHECK (class IN ('ai_public_security', 'ai_other', 'surveillance', 'other'))
) STRICT;
CREATE INDEX contracts_by_unit_date ON contracts(unit_code, signed_date);
CREATE INDEX contracts_by_date ON contracts(signed_date);
CREATE INDEX contracts_by_class_date ON contracts(class, signed_date);
CREATE INDEX contracts_by_import ON contracts(import_id);

-- Firms (suppliers) and their yearly software registrations.
CREATE TABLE firms (
    firm_id   TEXT PRIMARY KEY NOT NULL,
    name      TEXT NOT NULL,
    is_ai     INTEGER NOT NULL CHECK (is_ai IN (0, 1)),
    import_id INTEGER REFERENCES imports(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX firms_by_import ON firms(import_id);

CREATE TABLE software_output (
    firm_id             TEXT NOT NULL REFERENCES firms(firm_id) ON DELETE CASCADE,
    year                INTEGER NOT NULL,
    software_total      INTEGER NOT NULL CHECK (software_total >= 0),
    software_government INTEGER NOT NULL CHECK (software_government >= 0),
    software_commercial INTEGER NOT NULL CHECK (software_commercial >= 0),
    import_id           INTEGER REFERENCES imports(id) ON DELETE CASCADE,
    PRIMARY KEY (firm_id, year)
) STRICT, WITHOUT ROWID;
CREATE INDEX software_output_by_import ON software_output(import_id);

-- Daily weather per unit (instrument for protests); NULL where the source has a gap.
CREATE TABLE weather (
    unit_code TEXT NOT NULL REFERENCES units(code),
    date      TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    rain_mm   REAL,
    temp_c    REAL,
    import_id INTEGER REFERENCES imports(id) ON DELETE CASCADE,
    PRIMARY KEY (unit_code, date)
) STRICT, WITHOUT ROWID;
CREATE INDEX weather_by_import ON weather(import_id);

-- Unit-level controls; period is '2015', '2015-03' or '2015-Q1' as the source gives it.
CREATE TABLE covariates (
    unit_code TEXT NOT NULL REFERENCES units(code),
    period    TEXT NOT NULL,
    name      TEXT NOT NULL,
    value     REAL,
    import_id INTEGER REFERENCES imports(id) ON DELETE CASCADE,
    PRIMARY KEY (unit_code, period, name)
) STRICT, WITHOUT ROWID;
CREATE INDEX covariates_by_name_period ON covariates(name, period);
CREATE INDEX covariates_by_import ON covariates(import_id);

-- Contract classification dictionaries, saved analyses and simulated worlds' truth.
CREATE TABLE classification_rules (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    rules_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE analysis_specs (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    spec_json  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE simulation_truth (
    id          INTEGER PRIMARY KEY,
    config_json TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;
)sql";

// Version 2: the gazetteer that places procurement buyers by name, and the keywords a
// contract's classification matched. A project migrated from version 1 has no place
// rows (they come from the built-in map when a project is created).
constexpr const char* kPlacesAndKeywords = R"sql(
-- Place names (provinces, prefectures, counties) with the unit each lies in: NBS 2023
-- codes and names plus the 2016 county names of the built-in outlines. A code may have
-- several names; unit_code is NULL for provinces (the municipalities, which are units,
-- excepted) and for places without an outline. Not a foreign key: the gazetteer comes
-- with the built-in map and outlives a unit set that lacks some of its units.
CREATE TABLE places (
    code      TEXT NOT NULL,
    name_zh   TEXT NOT NULL,
    level     TEXT NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    unit_code TEXT,
    PRIMARY KEY (code, name_zh)
) STRICT;

-- The classification keywords found in the contract's buyer and title, for review.
ALTER TABLE contracts ADD COLUMN matched_keywords TEXT NOT NULL DEFAULT '';
)sql";

// Version 3: contracts stored at about the cost of a plain bulk load (issue 6: importing a
// million-row table may take no longer than `sqlite3 .import` of the same rows into a bare
// table, about 2 s here). Each thing the table had is kept only where a query or a writer
// needs it, as each is paid on every inserted row. Measured on a million demonstration
// rows, in CPU seconds of the storing thread:
//  - No secondary indexes (unit_code+signed_date, signed_date, class+signed_date,
//    import_id): rebuilding them after a load took 3.9 s, more than all the rest. Nothing
//    needs them: the panel builder and the class counts scan the table in storage order
//    (ProjectStore::info and the panel's day span in one scan each), an export sorts once,
//    and the panel cache keys on the newest rowid instead of counting classes.
//  - No UNIQUE (contract_id): its B-tree cost 0.7 s (the key compared down the tree and
//    inserted at its place, per row). The contracts importer keeps ids unique instead,
//    and it is the only writer that adds contracts to a project that has any: inside its
//    one transaction it holds the project's ids in memory (12 bytes a slot) and refuses a
//    repeated one with its line and reason, as the index did (ContractWriter,
//    ContractIdIndex; tested in tst_contractimport). The demonstration world writes
//    numbered ids into a new file.
//  - No foreign keys (0.4 s: a lookup in units and one in imports per row). import_id's
//    ON DELETE CASCADE becomes a trigger on imports, free for inserts (deleting an import
//    scans contracts once). unit_code comes from the project's own units (BuyerResolver
//    reads them from the units table) or the demonstration world's, and units are written
//    only when a project is created, so the lookup checked nothing that can go wrong.
//  - No CHECK on signed_date (0.3 s: a GLOB per row): the writers store the ISO dates
//    they parsed or made. The class CHECK stays, written with = instead of IN: SQLite
//    built IN's list afresh for every row checked, 1.8 s, the most of anything.
// STRICT and NOT NULL stay: they cost little.
constexpr const char* kLeanContracts = R"sql(
CREATE TABLE contracts_v3 (
    id                INTEGER PRIMARY KEY,
    contract_id       TEXT NOT NULL,
    import_id         INTEGER,
    signed_date       TEXT NOT NULL,
    buyer             TEXT NOT NULL DEFAULT '',
    buyer_region_code TEXT NOT NULL DEFAULT '',
    buyer_region_name TEXT NOT NULL DEFAULT '',
    supplier          TEXT NOT NULL DEFAULT '',
    supplier_id       TEXT NOT NULL DEFAULT '',
    amount_yuan       REAL,
    title             TEXT NOT NULL DEFAULT '',
    unit_code         TEXT,
    placement_rule    TEXT NOT NULL DEFAULT '',
    class             TEXT NOT NULL
                      CHECK (class = 'ai_public_security' OR class = 'ai_other' OR class = 'surveillance'
                             OR class = 'other'),
    matched_keywords  TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO contracts_v3 SELECT id, contract_id, import_id, signed_date, buyer, buyer_region_code,
    buyer_region_name, supplier, supplier_id, amount_yuan, title, unit_code, placement_rule, class,
    matched_keywords FROM contracts ORDER BY id;
DROP TABLE contracts;
ALTER TABLE contracts_v3 RENAME TO contracts;
CREATE TRIGGER contracts_follow_imports AFTER DELETE ON imports BEGIN
    DELETE FROM contracts WHERE import_id = old.id;
END;
)sql";

constexpr std::array kMigrations = {
    Migration{1, "base schema", kBaseSchema},
    Migration{2, "places gazetteer, contract keywords", kPlacesAndKeywords},
    Migration{3, "contracts without secondary indexes", kLeanContracts},
};

constexpr std::array<const char*, 14> kDataTables = {
    "units",          "unrest_events",    "contracts",      "firms",          "software_output",
    "weather",        "covariates",       "imports",        "import_rejects", "classification_rules",
    "analysis_specs", "simulation_truth", "code_crosswalk", "places",
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int currentSchemaVersion() { return kMigrations.back().version; }

std::span<const char* const> dataTables() { return kDataTables; }

}  // namespace aitocracy::core
