// The raw-file export of a project: the files are read back with means independent of the
// writer (GDAL's /vsizip/ for the archives, a bitwise CRC-32, glibc iconv for GB18030, a
// hand-written UTF-8 check and CSV splitter) and compared row by row with the project's
// tables, read with the SQLite C API.
#include "TestSupport.h"
#include "common/ZipWriter.h"
#include "geo/BuiltinGeography.h"
#include "sim/DemoWorld.h"
#include "sim/RawExport.h"

#include "SqliteQuery.h"

#include <QtTest>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <iconv.h>
#include <sqlite3.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

using namespace aitocracy::core;
using aitocracy::test::query;
using aitocracy::test::errorText;
namespace fs = std::filesystem;

namespace {


std::size_t countRows(const std::string& path, const std::string& table)
{
    std::size_t n = 0;
    query(path, "SELECT count(*) FROM " + table, [&](const std::vector<std::string>& r) { n = std::stoul(r[0]); });
    return n;
}

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A member of a ZIP archive as GDAL's own ZIP reader (not zlib's writer side) gives it.
std::optional<std::string> readZipMember(const std::string& zipPath, const std::string& member)
{
    VSILFILE* f = VSIFOpenL(("/vsizip/" + zipPath + "/" + member).c_str(), "rb");
    if (!f) return std::nullopt;
    std::string data;
    char buf[1 << 16];
    for (std::size_t got; (got = VSIFReadL(buf, 1, sizeof buf, f)) > 0;) data.append(buf, got);
    VSIFCloseL(f);
    return data;
}

std::vector<std::string> zipMembers(const std::string& zipPath)
{
    std::vector<std::string> names;
    char** list = VSIReadDir(("/vsizip/" + zipPath).c_str());
    for (char** p = list; p && *p; ++p) names.emplace_back(*p);
    CSLDestroy(list);
    return names;
}

// CRC-32 (ISO-HDLC polynomial, reflected), bit by bit: slow and obviously right.
std::uint32_t crc32Bitwise(const std::string& data)
{
    std::uint32_t crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

std::uint32_t le32(const std::string& b, std::size_t at)
{
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) | static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16 | static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3])) << 24;
}

std::vector<std::string> split(const std::string& s, char sep)
{
    std::vector<std::string> out(1);
    for (const char c : s) {
        if (c == sep) out.emplace_back();
        else out.back() += c;
    }
    return out;
}

// Lines of a text ending in `eol` (the last one too); false if a line break differs.
bool splitLines(const std::string& text, const std::string& eol, std::vector<std::string>& lines)
{
    lines.clear();
    std::size_t at = 0;
    while (at < text.size()) {
        const auto end = text.find(eol, at);
        if (end == std::string::npos) return false;
        const std::string line = text.substr(at, end - at);
        if (line.find_first_of("\r\n") != std::string::npos) return false;  // a stray CR or LF
        lines.push_back(line);
        at = end + eol.size();
    }
    return true;
}

// One RFC 4180 record (no line breaks inside fields are needed here).
std::vector<std::string> csvFields(const std::string& line)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') out.back() += '"', ++i;
            else if (c == '"') quoted = false;
            else out.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    return out;
}

// Whether `s` is well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
bool isUtf8(const std::string& s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        int n = 0;
        std::uint32_t cp = 0;
        if (b < 0x80) { ++i; continue; }
        if (b >= 0xc2 && b <= 0xdf) n = 1, cp = b & 0x1f;
        else if (b >= 0xe0 && b <= 0xef) n = 2, cp = b & 0x0f;
        else if (b >= 0xf0 && b <= 0xf4) n = 3, cp = b & 0x07;
        else return false;
        if (i + static_cast<std::size_t>(n) >= s.size()) return false;  // cut short
        for (int k = 1; k <= n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((c & 0xc0) != 0x80) return false;
            cp = cp << 6 | (c & 0x3f);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff))) return false;
        i += static_cast<std::size_t>(n) + 1;
    }
    return true;
}

// glibc iconv, straight: the test's own decoder, not the exporter's converter class.
std::optional<std::string> gb18030ToUtf8(const std::string& bytes)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::string out(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t inLeft = bytes.size(), outLeft = out.size();
    char* dst = out.data();
    const std::size_t rc = iconv(cd, &in, &inLeft, &dst, &outLeft);
    iconv_close(cd);
    if (rc == static_cast<std::size_t>(-1) || inLeft != 0) return std::nullopt;
    out.resize(out.size() - outLeft);
    return out;
}

// "2016/3/5" or "2016-03-05" → "2016-03-05"; "" for anything else.
std::string normalDate(const std::string& d)
{
    const char sep = d.find('/') != std::string::npos ? '/' : '-';
    const auto parts = split(d, sep);
    if (parts.size() != 3 || parts[0].size() != 4) return {};
    if (sep == '-' && (parts[1].size() != 2 || parts[2].size() != 2)) return {};
    if (sep == '/' && (parts[1].size() > 2 || parts[2].size() > 2 || parts[1][0] == '0' || parts[2][0] == '0')) return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s-%02d-%02d", parts[0].c_str(), std::stoi(parts[1]), std::stoi(parts[2]));
    return buf;
}

std::map<std::string, std::string> fileBytes(const std::string& dir)
{
    std::map<std::string, std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out[e.path().filename().string()] = readBytes(e.path().string());
    return out;
}

}  // namespace

class TestRawExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::string world_, raw_;
    sim::RawExportReport report_;

    std::string path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)).toStdString(); }
    std::string rawFile(const std::string& name) const { return (fs::path(raw_) / name).string(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        auto units = loadBuiltinGeography();
        QVERIFY2(units, errorText(units).c_str());
        sim::DemoConfig config;
        config.contracts = 5000;
        world_ = path("world.aitocracy");
        auto built = sim::buildDemoProject(world_, *units, config);
        QVERIFY2(built, errorText(built).c_str());
        raw_ = path("raw/nested");  // a directory that does not exist yet
        auto exported = sim::exportRawFiles(world_, raw_);
        QVERIFY2(exported, errorText(exported).c_str());
        report_ = *exported;
    }

    void reportMatchesTheFilesOnDisk()
    {
        std::set<std::string> onDisk;
        for (const auto& e : fs::directory_iterator(raw_)) onDisk.insert(e.path().filename().string());
        QCOMPARE(onDisk.size(), report_.files.size());
        for (const auto& f : report_.files) {
            QVERIFY2(onDisk.count(f.name), f.name.c_str());
            QCOMPARE(static_cast<std::uint64_t>(fs::file_size(rawFile(f.name))), f.bytes);
        }
        for (const char* name : {"contracts.csv", "firms.csv", "software.csv", "weather.csv"}) QVERIFY2(onDisk.count(name), name);
    }

    // Every event day has its archive, each archive one member that GDAL reads, with 61
    // tab-separated fields on every LF-ended line, the day of the file in SQLDATE, and each
    // row agreeing with its unrest_events row.
    void gdeltArchivesHoldEveryEvent()
    {
        struct Event {
            std::vector<std::string> v;
            int seen = 0;
        };
        std::map<std::string, Event> events;  // by global_event_id
        std::set<std::string> days;
        query(world_,
              "SELECT global_event_id, replace(event_date, '-', ''), event_code, event_base_code, event_root_code, is_root_event, "
              "num_mentions, num_sources, num_articles, geo_type, geo_fullname, geo_country, geo_adm1, lat, lon, geo_feature_id, "
              "date_added, source_url FROM unrest_events",
              [&](const std::vector<std::string>& r) {
                  events[r[0]].v = r;
                  days.insert(r[1]);
              });
        QCOMPARE(events.size(), countRows(world_, "unrest_events"));
        QVERIFY(events.size() > 1000);

        std::size_t rows = 0, archives = 0;
        std::map<std::string, std::size_t> geoTypes;
        for (const auto& e : fs::directory_iterator(raw_)) {
            const std::string name = e.path().filename().string();
            if (!name.ends_with(".export.CSV.zip")) continue;
            ++archives;
            const std::string day = name.substr(0, 8);
            QVERIFY2(name == day + "000000.export.CSV.zip", name.c_str());
            QVERIFY2(days.count(day), name.c_str());
            const std::string member = day + "000000.export.CSV";
            QCOMPARE(zipMembers(e.path().string()), std::vector<std::string>{member});
            const auto text = readZipMember(e.path().string(), member);
            QVERIFY2(text, name.c_str());
            std::vector<std::string> lines;
            QVERIFY2(splitLines(*text, "\n", lines), name.c_str());
            QVERIFY2(!lines.empty(), name.c_str());
            for (const auto& line : lines) {
                const auto f = split(line, '\t');
                QVERIFY2(f.size() == 61, (name + ": " + line).c_str());
                ++rows;
                auto it = events.find(f[0]);
                QVERIFY2(it != events.end(), f[0].c_str());
                const auto& v = it->second.v;
                ++it->second.seen;
                QCOMPARE(f[1], day);                          // SQLDATE = the file's day
                QCOMPARE(f[1], v[1]);
                QCOMPARE(f[2], day.substr(0, 6));             // MonthYear
                QCOMPARE(f[3], day.substr(0, 4));             // Year
                const int y = std::stoi(day.substr(0, 4)), m = std::stoi(day.substr(4, 2)), d = std::stoi(day.substr(6, 2));
                QVERIFY(std::abs(std::stod(f[4]) - (y + ((m - 1) * 30 + d) / 365.0)) < 0.00006);  // FractionDate, GDELT's formula
                QCOMPARE(f[25], v[5]);                        // IsRootEvent
                QCOMPARE(f[26], v[2]);                        // EventCode
                QCOMPARE(f[27], v[3]);                        // EventBaseCode
                QCOMPARE(f[28], v[4]);                        // EventRootCode
                QCOMPARE(f[28], std::string("14"));
                QCOMPARE(f[29], std::string("3"));            // QuadClass of protests in GDELT
                const double goldstein = f[26].starts_with("144") || f[26].starts_with("145") ? -7.5 : -6.5;
                QCOMPARE(std::stod(f[30]), goldstein);
                QCOMPARE(f[31], v[6]);                        // NumMentions / NumSources / NumArticles
                QCOMPARE(f[32], v[7]);
                QCOMPARE(f[33], v[8]);
                QVERIFY2(std::stod(f[34]) < 0 && std::stod(f[34]) > -100, f[34].c_str());  // AvgTone
                QCOMPARE(f[51], v[9]);                        // ActionGeo_Type
                QCOMPARE(f[52], v[10]);                       // FullName
                QCOMPARE(f[53], std::string("CH"));           // FIPS China
                QCOMPARE(f[53], v[11]);
                QCOMPARE(f[54], v[12]);                       // ADM1
                QVERIFY2(f[55].empty() || f[55].find_first_not_of("0123456789") == std::string::npos, f[55].c_str());  // ADM2
                QVERIFY2(std::abs(std::stod(f[56]) - std::stod(v[13])) < 1e-9, (f[56] + " vs " + v[13]).c_str());
                QVERIFY2(std::abs(std::stod(f[57]) - std::stod(v[14])) < 1e-9, (f[57] + " vs " + v[14]).c_str());
                QCOMPARE(f[58], v[15]);                       // FeatureID
                QCOMPARE(f[59], v[16]);                       // DATEADDED
                QCOMPARE(f[60], v[17]);                       // SOURCEURL
                // Actor geography: filled like ActionGeo when the actor is there, type 0 and empty when not.
                for (int a = 0; a < 2; ++a) {
                    const std::size_t code = a == 0 ? 5 : 15, geo = a == 0 ? 35 : 43;
                    if (f[code].empty()) {
                        QCOMPARE(f[geo], std::string("0"));
                        for (std::size_t k = geo + 1; k < geo + 8; ++k) QVERIFY(f[k].empty());
                    } else {
                        for (std::size_t k = 0; k < 8; ++k) QCOMPARE(f[geo + k], f[51 + k]);
                    }
                }
                ++geoTypes[f[51]];
            }
        }
        QCOMPARE(archives, days.size());
        QCOMPARE(rows, events.size());
        for (const auto& [id, e] : events) QVERIFY2(e.seen == 1, id.c_str());  // each event once, duplicates included
        // Located, province and country precision rows all went out.
        QVERIFY(geoTypes["4"] > 0 && geoTypes["5"] > 0 && geoTypes["1"] > 0);
    }

    // The archive bytes themselves: a deflated member whose CRC-32 (computed here, bit by
    // bit) and sizes in the local header and the central directory match the content.
    void zipHeadersAreRight()
    {
        std::size_t checked = 0;
        for (const auto& f : report_.files) {
            if (f.kind != "gdelt") continue;
            if (++checked > 50) break;
            const std::string zip = readBytes(rawFile(f.name));
            const std::string member = f.name.substr(0, f.name.size() - 4);
            const auto content = readZipMember(rawFile(f.name), member);
            QVERIFY(content);
            QCOMPARE(le32(zip, 0), 0x04034b50u);                  // local header
            QCOMPARE(static_cast<int>(zip[8]), 8);                // deflate
            QCOMPARE(le32(zip, 14), crc32Bitwise(*content));
            QCOMPARE(le32(zip, 22), static_cast<std::uint32_t>(content->size()));
            const std::size_t end = zip.size() - 22;
            QCOMPARE(le32(zip, end), 0x06054b50u);                // end record, no comment
            const std::size_t central = le32(zip, end + 16);
            QCOMPARE(le32(zip, central), 0x02014b50u);
            QCOMPARE(le32(zip, central + 16), crc32Bitwise(*content));
            QCOMPARE(le32(zip, central + 24), static_cast<std::uint32_t>(content->size()));
            QCOMPARE(zip.substr(central + 46, member.size()), member);
            QCOMPARE(static_cast<std::uint64_t>(le32(zip, 18)) + 30 + member.size(), static_cast<std::uint64_t>(central));  // data fills the gap
        }
        QCOMPARE(checked, std::size_t(51));  // 50 archives checked
    }

    void contractsAreGb18030WithChineseHeaders()
    {
        const std::string bytes = readBytes(rawFile("contracts.csv"));
        QVERIFY(bytes.size() > 1000);
        QVERIFY2(!isUtf8(bytes), "contracts.csv must be GB18030, not UTF-8");
        QVERIFY(isUtf8("合同编号 ascii"));  // the validator accepts UTF-8 at all
        const auto text = gb18030ToUtf8(bytes);
        QVERIFY2(text, "contracts.csv does not decode from GB18030");
        std::vector<std::string> lines;
        QVERIFY2(splitLines(*text, "\r\n", lines), "every line must end with CRLF");
        QCOMPARE(csvFields(lines.at(0)), (std::vector<std::string>{"合同编号", "签订日期", "采购人", "行政区划代码", "行政区划名称", "中标供应商",
                                                                  "统一社会信用代码", "合同金额(万元)", "项目名称"}));

        std::map<std::string, std::vector<std::string>> contracts;
        query(world_,
              "SELECT contract_id, signed_date, buyer, buyer_region_code, buyer_region_name, supplier, supplier_id, amount_yuan, title "
              "FROM contracts",
              [&](const std::vector<std::string>& r) { contracts[r[0]] = r; });
        QCOMPARE(contracts.size(), countRows(world_, "contracts"));  // ids are unique
        QVERIFY(contracts.size() >= 5000);  // the configured count (public-security AI ones come on top)
        QCOMPARE(lines.size() - 1, contracts.size());
        std::size_t slashes = 0, dashes = 0;
        std::set<std::string> seen;
        for (std::size_t i = 1; i < lines.size(); ++i) {
            const auto f = csvFields(lines[i]);
            QVERIFY2(f.size() == 9, lines[i].c_str());
            const auto it = contracts.find(f[0]);
            QVERIFY2(it != contracts.end(), f[0].c_str());
            QVERIFY2(seen.insert(f[0]).second, f[0].c_str());
            const auto& v = it->second;
            QVERIFY2(normalDate(f[1]) == v[1], (f[1] + " vs " + v[1]).c_str());
            (f[1].find('/') != std::string::npos ? slashes : dashes) += 1;
            for (std::size_t k = 2; k <= 6; ++k) QCOMPARE(f[k], v[k]);
            QCOMPARE(f[8], v[8]);
            if (v[7].empty()) {
                QVERIFY(f[7].empty());
            } else {
                QVERIFY2(f[7].size() > 5 && f[7][f[7].size() - 5] == '.', f[7].c_str());  // 4 decimals
                QVERIFY2(std::abs(std::stod(f[7]) * 10000 - std::stod(v[7])) < 1.0, (f[7] + " 万元 vs " + v[7] + " yuan").c_str());
            }
        }
        QVERIFY(slashes > 1000 && dashes > 1000);  // both date forms occur
    }

    void plainTablesHaveEveryRow()
    {
        struct Table {
            const char* file;
            const char* header;
            const char* sql;
        };
        const Table tables[] = {
            {"firms.csv", "firm_id,name,is_ai", "SELECT firm_id, name, is_ai FROM firms"},
            {"software.csv", "firm_id,year,software_total,software_government,software_commercial",
             "SELECT firm_id, year, software_total, software_government, software_commercial FROM software_output"},
            {"weather.csv", "prefecture_code,date,rain_mm,temp_c", "SELECT unit_code, date, rain_mm, temp_c FROM weather"},
        };
        for (const Table& t : tables) {
            std::map<std::string, std::vector<std::string>> rows;  // by the first two columns
            query(world_, t.sql, [&](const std::vector<std::string>& r) { rows[r[0] + '|' + r[1]] = r; });
            QVERIFY2(rows.size() > 1000, t.file);
            const std::string text = readBytes(rawFile(t.file));
            QVERIFY2(isUtf8(text), t.file);
            std::vector<std::string> lines;
            QVERIFY2(splitLines(text, "\n", lines), t.file);
            QCOMPARE(lines.at(0), std::string(t.header));
            QCOMPARE(lines.size() - 1, rows.size());
            const auto columns = split(t.header, ',').size();
            for (std::size_t i = 1; i < lines.size(); ++i) {
                const auto f = csvFields(lines[i]);
                QVERIFY2(f.size() == columns, lines[i].c_str());
                const auto it = rows.find(f[0] + '|' + f[1]);
                QVERIFY2(it != rows.end(), lines[i].c_str());
                for (std::size_t k = 2; k < columns; ++k) {
                    const std::string& want = it->second[k];
                    if (want.empty() || f[k].empty()) QCOMPARE(f[k], want);
                    else QVERIFY2(std::abs(std::stod(f[k]) - std::stod(want)) <= 1e-6 * std::max(1.0, std::abs(std::stod(want))),
                                  (f[k] + " vs " + want).c_str());
                }
                rows.erase(it);
            }
            QVERIFY2(rows.empty(), t.file);  // no row twice, none missing
        }
        QCOMPARE(countRows(world_, "weather"), report_.files.back().rows);
        QCOMPARE(report_.files.back().name, std::string("weather.csv"));
    }

    // A second export into the same directory is refused before it writes anything.
    void secondExportIsRefusedAndChangesNothing()
    {
        const auto before = fileBytes(raw_);
        auto again = sim::exportRawFiles(world_, raw_);
        QVERIFY(!again);
        QCOMPARE(again.error().code, std::string("exists"));
        QVERIFY2(again.error().message.find("nothing was written") != std::string::npos, again.error().describe().c_str());
        QVERIFY(before == fileBytes(raw_));

        // One clashing name is enough, and no other file appears beside it.
        const std::string partial = path("partial");
        fs::create_directories(partial);
        std::ofstream(partial + "/weather.csv") << "mine\n";
        auto clash = sim::exportRawFiles(world_, partial);
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, std::string("exists"));
        QCOMPARE(fileBytes(partial), (std::map<std::string, std::string>{{"weather.csv", "mine\n"}}));
    }

    void refusesWhatIsNotAProject()
    {
        auto missing = sim::exportRawFiles(path("no-such.aitocracy"), path("out-missing"));
        QVERIFY(!missing);
        QVERIFY(!fs::exists(path("out-missing")));
        QVERIFY(!fs::exists(path("no-such.aitocracy")));  // read-only: not created
        const std::string other = path("other.sqlite");
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(other.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE t (x INTEGER)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        auto notProject = sim::exportRawFiles(other, path("out-other"));
        QVERIFY(!notProject);
        QCOMPARE(notProject.error().code, std::string("format"));
        QVERIFY(!fs::exists(path("out-other")));
    }

    // The ZIP writer beyond one small member: several members, one far larger than the
    // writer's buffers, read back by GDAL byte for byte; never over an existing file; an
    // unfinished archive removes itself.
    void zipWriterStreamsLargeMembers()
    {
        const std::string zipPath = path("large.zip");
        std::string big;
        std::uint64_t x = 88172645463325252ull;
        while (big.size() < 3'000'000) {  // xorshift text: compresses, but not to nothing
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            big += std::to_string(x % 100000) + (x % 7 ? '\t' : '\n');
        }
        {
            auto zip = ZipWriter::create(zipPath);
            QVERIFY2(zip, errorText(zip).c_str());
            QVERIFY(zip->beginMember("a.txt", CivilDate{2016, 3, 5}, 12, 30, 0));
            for (std::size_t at = 0; at < big.size(); at += 1000) QVERIFY(zip->write(std::string_view(big).substr(at, 1000)));
            QVERIFY(zip->endMember());
            QVERIFY(zip->beginMember("empty.txt", CivilDate{2016, 3, 5}));
            QVERIFY(zip->endMember());
            QVERIFY(zip->beginMember("b.txt", CivilDate{2016, 3, 5}));
            QVERIFY(zip->write("hello\n"));
            auto size = zip->finish();
            QVERIFY2(size, errorText(size).c_str());
            QCOMPARE(*size, static_cast<std::uint64_t>(fs::file_size(zipPath)));
            QVERIFY(*size < big.size() / 2);  // deflated, not stored
        }
        QCOMPARE(zipMembers(zipPath), (std::vector<std::string>{"a.txt", "empty.txt", "b.txt"}));
        QCOMPARE(readZipMember(zipPath, "a.txt"), std::optional<std::string>(big));
        QCOMPARE(readZipMember(zipPath, "empty.txt"), std::optional<std::string>(std::string()));
        QCOMPARE(readZipMember(zipPath, "b.txt"), std::optional<std::string>("hello\n"));

        const auto before = readBytes(zipPath);
        auto again = ZipWriter::create(zipPath);
        QVERIFY(!again);
        QCOMPARE(again.error().code, std::string("exists"));
        QCOMPARE(readBytes(zipPath), before);

        const std::string abandoned = path("abandoned.zip");
        {
            auto zip = ZipWriter::create(abandoned);
            QVERIFY(zip);
            QVERIFY(zip->beginMember("x.txt", CivilDate{2016, 3, 5}));
            QVERIFY(zip->write(big));
            QVERIFY(fs::exists(abandoned));
        }
        QVERIFY(!fs::exists(abandoned));
    }
};

QTEST_GUILESS_MAIN(TestRawExport)
#include "tst_rawexport.moc"
