// The GDELT importer's fast paths against plain references: the SIMD line and field
// splitter against a naive split on random text; a file big enough to be scanned in
// pieces on both cores against a naive count of its rows (and a bad row deep inside it
// keeping its true line number); a ZIP member read whole (libdeflate) and streamed in
// small blocks (zlib), both byte for byte the original.
#include "TestSupport.h"
#include "common/ZipWriter.h"
#include "import/GdeltFileScan.h"
#include "import/GdeltInput.h"
#include "import/TabSeparatedLines.h"

#include <QtTest>

#include <map>
#include <random>
#include <sstream>

using namespace aitocracy::core;
using aitocracy::test::errorText;
using aitocracy::test::readBytes;
using aitocracy::test::writeBytes;

namespace {

const std::string kDias = AITOCRACY_SHARED_DIR "/data/gdelt/epournaras__DIAS-GDELT/b61e972/20180326044500.export.CSV";

std::vector<std::string> naiveSplit(const std::string& line, char sep)
{
    std::vector<std::string> out(1);
    for (char c : line) {
        if (c == sep) out.emplace_back();
        else out.back() += c;
    }
    return out;
}

// Lines as a reader of text files sees them: split at '\n', a final '\r' dropped, no
// line after a final '\n'.
std::vector<std::string> naiveLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::string line;
    std::istringstream in(text);
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

}  // namespace

class TestGdeltScan : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::string path(const std::string& name) const { return dir_.filePath(QString::fromStdString(name)).toStdString(); }

private slots:
    void splitterMatchesNaiveSplit()
    {
        std::mt19937 rng(7);
        const std::string alphabet = "ab\t\t\n\r\n\t";
        for (int round = 0; round < 300; ++round) {
            std::string text(static_cast<std::size_t>(rng() % 400), 'x');
            for (auto& c : text) c = rng() % 3 == 0 ? alphabet[rng() % alphabet.size()] : 'a';
            std::vector<std::vector<std::string>> got;
            std::vector<std::size_t> counts;
            forEachTabSeparatedLine<5>(text, [&](std::span<const std::string_view> fields, std::size_t count, std::string_view line) {
                got.emplace_back(fields.begin(), fields.end());
                counts.push_back(count);
                QCOMPARE(std::string(line).find('\n'), std::string::npos);
            });
            const auto lines = naiveLines(text);
            QCOMPARE(got.size(), lines.size());
            for (std::size_t i = 0; i < lines.size(); ++i) {
                auto want = naiveSplit(lines[i], '\t');
                QCOMPARE(counts[i], want.size());
                want.resize(std::min<std::size_t>(want.size(), 5));
                QCOMPARE(got[i], want);
            }
        }
    }

    void bigFileScannedInPiecesCountsEveryRow()
    {
        // 12 copies of a real GDELT 2.0 file (7 MB: above the size that is split across
        // cores) with a 3-field row after the 9th copy.
        const std::string one = readBytes(kDias);
        QVERIFY(one.ends_with('\n'));
        std::string big;
        for (int k = 0; k < 12; ++k) {
            big += one;
            if (k == 8) big += "1\t2\t3\n";
        }
        writeBytes(path("big.export.CSV"), big);
        GdeltSettings settings;
        settings.country.clear();
        settings.rootCodes.clear();
        settings.rootEventsOnly = false;
        auto scanned = scanGdeltFile(path("big.export.CSV"), settings, nullptr, true);
        QVERIFY2(scanned.has_value(), errorText(scanned).c_str());
        // The reference: a naive split of every line.
        const auto lines = naiveLines(big);
        std::map<std::string, std::int64_t> byCountry;
        std::int64_t rows61 = 0;
        for (const auto& line : lines) {
            const auto f = naiveSplit(line, '\t');
            if (f.size() != 61) continue;
            ++rows61;
            ++byCountry[f[53]];
        }
        const GdeltCounts& c = scanned->report.counts;
        QCOMPARE(c.rowsRead, static_cast<std::int64_t>(lines.size()));
        QCOMPARE(c.rowsByLayout.at(61), rows61);
        QCOMPARE(c.rejected, std::int64_t{1});
        QCOMPARE(scanned->scan.refused.size(), std::size_t{1});
        const auto oneLines = static_cast<std::int64_t>(naiveLines(one).size());
        QCOMPARE(scanned->scan.refused[0].line, 9 * oneLines + 1);
        QCOMPARE(scanned->scan.refused[0].text, std::string("1\t2\t3"));
        QCOMPARE(c.kept, rows61);
        QCOMPARE(static_cast<std::int64_t>(scanned->scan.kept.size()), rows61);
        // Kept rows stay in file order across the pieces.
        QCOMPARE(std::to_string(scanned->scan.kept.front().globalEventId), one.substr(0, one.find('\t')));
        const std::string lastLine = lines.back();
        QCOMPARE(std::to_string(scanned->scan.kept.back().globalEventId), lastLine.substr(0, lastLine.find('\t')));
        // China only: the country filter counts what the naive split finds.
        settings.country = "CH";
        auto china = scanGdeltFile(path("big.export.CSV"), settings, nullptr, true);
        QVERIFY(china.has_value());
        QCOMPARE(china->report.counts.kept, byCountry["CH"]);
        QCOMPARE(china->report.counts.otherCountry, rows61 - byCountry["CH"]);
        QCOMPARE(china->report.sha256.size(), std::size_t{64});
    }

    void zipMemberWholeAndStreamedAreTheOriginal()
    {
        const std::string one = readBytes(kDias);
        std::string text;
        for (int k = 0; k < 3; ++k) text += one;
        text += "last line without a line end";
        auto w = ZipWriter::create(path("m.zip"));
        QVERIFY(w.has_value());
        QVERIFY(w->beginMember("m.export.CSV", CivilDate{2018, 3, 26}));
        QVERIFY(w->write(text));
        QVERIFY(w->endMember());
        QVERIFY(w->finish());
        for (const std::size_t block : {std::size_t{0}, std::size_t{65536}, std::size_t{100000}}) {
            GdeltInputLimits limits;
            if (block > 0) limits = {0, block};  // every member streamed
            auto in = GdeltInput::open(path("m.zip"), limits);
            QVERIFY2(in.has_value(), errorText(in).c_str());
            std::string joined;
            int blocks = 0;
            while (true) {
                auto b = in->nextBlock();
                QVERIFY2(b.has_value(), errorText(b).c_str());
                if (!*b) break;
                ++blocks;
                joined += **b;
                if (joined.size() < text.size()) QVERIFY((*b)->ends_with('\n'));
            }
            QCOMPARE(joined.size(), text.size());
            QVERIFY(joined == text);
            QVERIFY(block == 0 ? blocks == 1 : blocks > 10);
        }
        // A flipped byte in the deflate data: the CRC-32 or the inflater says so.
        std::string zip = readBytes(path("m.zip"));
        zip[zip.size() / 2] = static_cast<char>(zip[zip.size() / 2] ^ 0x55);
        writeBytes(path("bad.zip"), zip);
        auto bad = GdeltInput::open(path("bad.zip"));
        QVERIFY(bad.has_value());
        auto b = bad->nextBlock();
        QVERIFY(!b);
        QCOMPARE(b.error().code, std::string("corrupt"));
        QVERIFY(b.error().describe().find("bad.zip") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestGdeltScan)
#include "tst_gdeltscan.moc"
