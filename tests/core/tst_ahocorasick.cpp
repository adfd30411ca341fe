// The Aho–Corasick automaton against the obvious reference (std::string_view::find for
// every pattern at every position) on random patterns and texts built to collide:
// patterns that are prefixes, suffixes and repeats of each other, CJK UTF-8 and raw bytes.
#include <QtTest>
#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "contracts/AhoCorasick.h"

using namespace aitocracy::core;

namespace {

using Matches = std::vector<std::pair<std::size_t, std::size_t>>;  // pattern, end offset

Matches naive(const std::vector<std::string>& patterns, std::string_view text)
{
    Matches m;
    for (std::size_t p = 0; p < patterns.size(); ++p) {
        if (patterns[p].empty()) continue;
        for (auto at = text.find(patterns[p]); at != std::string_view::npos; at = text.find(patterns[p], at + 1))
            m.emplace_back(p, at + patterns[p].size());
    }
    std::sort(m.begin(), m.end());
    return m;
}

Matches automaton(const AhoCorasick& ac, std::string_view text)
{
    Matches m;
    std::size_t lastEnd = 0;
    bool ordered = true;
    ac.findAll(text, [&](std::size_t p, std::size_t end) {
        ordered = ordered && end >= lastEnd;
        lastEnd = end;
        m.emplace_back(p, end);
    });
    if (!ordered) qFatal("matches not reported in order of their end");
    std::sort(m.begin(), m.end());
    return m;
}

// A random string of `units` pieces drawn from `alphabet`.
std::string randomString(std::mt19937& rng, const std::vector<std::string>& alphabet, std::size_t units)
{
    std::string s;
    for (std::size_t i = 0; i < units; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
}

// Random patterns, a third of them derived from earlier ones (prefix, suffix, repeat).
std::vector<std::string> randomPatterns(std::mt19937& rng, const std::vector<std::string>& alphabet, std::size_t count)
{
    std::vector<std::string> patterns;
    while (patterns.size() < count) {
        if (patterns.empty() || rng() % 3 != 0) {
            patterns.push_back(randomString(rng, alphabet, 1 + rng() % 5));
            continue;
        }
        const std::string& base = patterns[rng() % patterns.size()];
        const std::size_t cut = 1 + rng() % base.size();
        switch (rng() % 3) {
            case 0:
                patterns.push_back(base.substr(0, cut));
                break;
            case 1:
                patterns.push_back(base.substr(base.size() - cut));
                break;
            default:
                patterns.push_back(base);
                break;
        }
    }
    return patterns;
}

void compareOnRandomTexts(const std::vector<std::string>& alphabet, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    for (int round = 0; round < 200; ++round) {
        const auto patterns = randomPatterns(rng, alphabet, 1 + rng() % 40);
        const AhoCorasick ac(patterns);
        QCOMPARE(ac.patternCount(), patterns.size());
        for (int t = 0; t < 20; ++t) {
            const std::string text = randomString(rng, alphabet, rng() % 200);
            const Matches expected = naive(patterns, text);
            QCOMPARE(automaton(ac, text), expected);
            QCOMPARE(ac.anyMatch(text), !expected.empty());
        }
    }
}

}  // namespace

class TestAhoCorasick : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classicExample()
    {
        const std::vector<std::string> patterns = {"he", "she", "his", "hers"};
        const AhoCorasick ac(patterns);
        const Matches expected = {{0, 4}, {1, 4}, {3, 6}};  // u[she]rs: "she" and "he" end at 4, "hers" at 6
        QCOMPARE(automaton(ac, "ushers"), expected);
        QVERIFY(ac.anyMatch("ushers"));
        QVERIFY(!ac.anyMatch("hhhh"));
        QVERIFY(!ac.anyMatch(""));
    }

    void overlappingAndRepeatedPatterns()
    {
        const std::vector<std::string> patterns = {"aa", "a", "aa", "aaa"};
        const std::string text = "aaaa";
        QCOMPARE(automaton(AhoCorasick(patterns), text), naive(patterns, text));
        QCOMPARE(automaton(AhoCorasick(patterns), text).size(), std::size_t(4 + 3 + 3 + 2));
    }

    void chineseKeywords()
    {
        const std::vector<std::string> patterns = {"人脸识别", "识别", "公安", "公安局", "视频监控"};
        const std::string text = "合肥市公安局人脸识别系统采购项目";
        const Matches expected = {{0, 30}, {1, 30}, {2, 15}, {3, 18}};
        QCOMPARE(automaton(AhoCorasick(patterns), text), expected);
        QVERIFY(!AhoCorasick({"视频监控"}).anyMatch(text));
    }

    void emptyPatternsNeverMatch()
    {
        const AhoCorasick none({});
        QVERIFY(!none.anyMatch("anything"));
        const std::vector<std::string> patterns = {"", "b"};
        QCOMPARE(automaton(AhoCorasick(patterns), "abc"), (Matches{{1, 2}}));
    }

    void randomAscii() { compareOnRandomTexts({"a", "b", "c", "x"}, 1); }

    void randomCjk()
    {
        // Characters sharing lead and continuation bytes, plus ASCII and an unpatterned one.
        compareOnRandomTexts({"人", "脸", "识", "别", "公", "安", "局", "视", "频", "a", "-"}, 2);
    }

    void randomRawBytes()
    {
        // Every byte value can occur, so there is no spare "other" byte class.
        std::vector<std::string> alphabet;
        for (int b = 0; b < 256; b += 37) alphabet.emplace_back(1, static_cast<char>(b));
        alphabet.emplace_back(1, '\0');
        alphabet.emplace_back(1, '\xff');
        compareOnRandomTexts(alphabet, 3);

        std::vector<std::string> everyByte;
        for (int b = 0; b < 256; ++b) everyByte.emplace_back(1, static_cast<char>(b));
        std::string text;
        for (int b = 255; b >= 0; --b) text += static_cast<char>(b);
        QCOMPARE(automaton(AhoCorasick(everyByte), text), naive(everyByte, text));
    }

    void severalTextsTogether()
    {
        // The interleaved scan reports for each text exactly what a scan of it alone does,
        // with texts of different lengths (one empty).
        std::mt19937 rng(4);
        const std::vector<std::string> alphabet = {"公", "安", "人", "脸", "a"};
        for (int round = 0; round < 100; ++round) {
            const std::array<std::vector<std::string>, 3> patterns = {
                randomPatterns(rng, alphabet, 5), randomPatterns(rng, alphabet, 8), {"安"}};
            const AhoCorasick a(patterns[0]), b(patterns[1]), c(patterns[2]);
            const std::array<std::string, 3> texts = {randomString(rng, alphabet, rng() % 40),
                                                      randomString(rng, alphabet, rng() % 40), ""};
            std::array<Matches, 3> together;
            AhoCorasick::findAllTogether<3>(
                {&a, &b, &c}, {texts[0], texts[1], texts[2]},
                [&](std::size_t t, std::size_t p, std::size_t end) { together[t].emplace_back(p, end); });
            for (std::size_t t = 0; t < 3; ++t) {
                std::sort(together[t].begin(), together[t].end());
                QCOMPARE(together[t], naive(patterns[t], texts[t]));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAhoCorasick)
#include "tst_ahocorasick.moc"
