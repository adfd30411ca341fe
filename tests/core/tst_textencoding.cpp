// Encoding names and detection, the table-driven GB18030 decoder against glibc's iconv
// (every two-byte code, every BMP four-byte code, a sample of supplementary ones, real
// text round-tripped), and the mojibake heuristic in both directions, its fast form checked
// against a plain statement of it.
#include <QtTest>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "TestSupport.h"
#include "common/TextEncodingConverter.h"
#include "tabular/Gb18030Decoder.h"
#include "tabular/TextEncoding.h"
#include "tabular/Utf8.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;

namespace {

const std::string kChinese =
    "合同编号,采购单位,供应商,项目名称,合同金额(万元),签订日期\n"
    "HF-2016-001,合肥市公安局,科大讯飞股份有限公司,人脸识别系统建设项目,1,234.56,2016年3月5日\n"
    "\"雪亮工程\"视频监控（二期）：€、½、ü、𠀀、《》、——、…\n";

std::string toGb18030(const std::string& utf8)
{
    auto conv = TextEncodingConverter::open("UTF-8", "GB18030");
    if (!conv) qFatal("%s", conv.error().describe().c_str());
    std::string out;
    if (auto r = conv->append(utf8, out); !r) qFatal("%s", r.error().describe().c_str());
    return out;
}

std::string decode(std::string_view bytes, Gb18030Decoder::Outcome* outcome = nullptr)
{
    std::string out;
    const auto o = Gb18030Decoder::instance().decode(bytes, out);
    if (outcome) *outcome = o;
    return out;
}

// What a program that reads UTF-8 bytes as GB18030 shows.
std::string misreadAsGb(const std::string& utf8)
{
    return decode(utf8);
}

// The mojibake heuristic as TextEncoding.h states it, written plainly (character by
// character, a fresh string per run, no shortcuts): the reference for the fast one.
bool plainRunReadsAsUtf8(std::string_view gb)
{
    const std::string_view body = gb.substr(0, scanUtf8(gb).completeLength);
    std::size_t pos = 0, chinese = 0, multibyte = 0;
    while (pos < body.size()) {
        const std::size_t before = pos;
        const char32_t cp = nextCodePoint(body, pos);
        const std::size_t length = pos - before;
        if (cp == U'\uFFFD' && length == 1) continue;
        if (length >= 2) multibyte += length;
        const bool chineseText = (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303F) ||
                                 (cp >= 0xFF00 && cp <= 0xFFFD) || (cp >= 0x2000 && cp <= 0x206F);
        if (length >= 3 && chineseText) ++chinese;
    }
    return chinese >= 2 && multibyte * 4 >= body.size() * 3;
}

bool plainLooksLikeMojibake(std::string_view utf8)
{
    if (utf8.find("\xEF\xBF\xBD") != std::string_view::npos) return true;
    static const std::map<char32_t, std::string> twoByteCode = [] {
        std::map<char32_t, std::string> codes;
        for (unsigned lead = 0x81; lead <= 0xFE; ++lead)
            for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
                const char32_t cp = Gb18030Decoder::instance().twoByteCodePoint(static_cast<unsigned char>(lead),
                                                                                static_cast<unsigned char>(trail));
                if (cp != 0 && cp < 0x10000) codes.emplace(cp, std::string{char(lead), char(trail)});
            }
        return codes;
    }();
    std::string run;
    char32_t prev = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const char32_t cp = nextCodePoint(utf8, pos);
        if ((prev == U'Ã' || prev == U'Â') && cp >= 0x80 && cp <= 0xBF) return true;
        if (prev == U'â' && cp == U'€') return true;
        if (const auto code = twoByteCode.find(cp); code != twoByteCode.end()) {
            run += code->second;
        } else {
            if (plainRunReadsAsUtf8(run)) return true;
            run.clear();
        }
        prev = cp;
    }
    return plainRunReadsAsUtf8(run);
}

}  // namespace

class TestTextEncoding : public QObject {
    Q_OBJECT

private slots:
    void names()
    {
        QCOMPARE(encodingName(TextEncoding::Utf8), std::string_view("UTF-8"));
        QCOMPARE(encodingName(TextEncoding::Gb18030), std::string_view("GB18030"));
        for (const char* n : {"utf-8", "UTF8", "Utf-8"})
            QCOMPARE(encodingFromName(n), std::optional(TextEncoding::Utf8));
        for (const char* n : {"gb18030", "GBK", "gb2312", "GB2312"})
            QCOMPARE(encodingFromName(n), std::optional(TextEncoding::Gb18030));
        QVERIFY(!encodingFromName("latin1"));
        QVERIFY(!encodingFromName(""));
    }

    void detectAsciiAndUtf8()
    {
        const auto ascii = detectEncoding("id,name,amount\n1,abc,12.5\n");
        QCOMPARE(ascii.encoding, TextEncoding::Utf8);
        QCOMPARE(ascii.confidence, 1.0);
        QCOMPARE(ascii.reason, std::string("ASCII only"));

        const auto utf8 = detectEncoding(kChinese);
        QCOMPARE(utf8.encoding, TextEncoding::Utf8);
        QVERIFY(utf8.confidence >= 0.99);
        QVERIFY2(utf8.reason.find("valid UTF-8") != std::string::npos, utf8.reason.c_str());

        // A sample cut in the middle of 合 (three bytes) is still valid UTF-8.
        const std::string cut = kChinese + "合";
        const auto partial = detectEncoding(std::string_view(cut).substr(0, cut.size() - 1));
        QCOMPARE(partial.encoding, TextEncoding::Utf8);
        QVERIFY(partial.confidence >= 0.99);
    }

    void detectGb18030()
    {
        const std::string gb = toGb18030(kChinese);
        const auto guess = detectEncoding(gb);
        QCOMPARE(guess.encoding, TextEncoding::Gb18030);
        QVERIFY(guess.confidence > 0.9);
        // 合 is the first non-ASCII character: its GB18030 lead byte is where UTF-8 fails.
        QVERIFY2(guess.reason.find("first at byte 0") != std::string::npos, guess.reason.c_str());

        // Cut after a lead byte, and inside a four-byte code (𠀀 is 0x95328236).
        const std::string withTail = gb + toGb18030("合𠀀");
        for (std::size_t drop : {1, 3, 5}) {
            const auto g = detectEncoding(std::string_view(withTail).substr(0, withTail.size() - drop));
            QCOMPARE(g.encoding, TextEncoding::Gb18030);
            QVERIFY2(g.reason.find("but valid GB18030") != std::string::npos, g.reason.c_str());
        }
    }

    void detectInvalidInBoth()
    {
        // GB18030 text with two bytes no encoding accepts: fewer invalid GB18030 sequences.
        const std::string gb = toGb18030(kChinese) + "\xFF\x80";
        const auto g = detectEncoding(gb);
        QCOMPARE(g.encoding, TextEncoding::Gb18030);
        QVERIFY(g.confidence < 0.5);
        QVERIFY2(g.reason.find("invalid in both") != std::string::npos, g.reason.c_str());

        // UTF-8 text with one stray byte: no more invalid UTF-8 than GB18030.
        const auto u = detectEncoding("名称,金额\n" + std::string("\xFF") + "x\n");
        QCOMPARE(u.encoding, TextEncoding::Utf8);
        QVERIFY(u.confidence < 0.5);
        QVERIFY2(u.reason.find("invalid in both") != std::string::npos, u.reason.c_str());
    }

    void decoderMatchesIconvOnEveryTwoByteCode()
    {
        auto iconv = TextEncodingConverter::open("GB18030", "UTF-8");
        QVERIFY2(iconv.has_value(), errorText(iconv).c_str());
        std::size_t mapped = 0;
        for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
            for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
                if (trail == 0x7F) continue;
                const char code[2] = {static_cast<char>(lead), static_cast<char>(trail)};
                std::string expected;
                const bool valid = iconv->append({code, 2}, expected).has_value();
                Gb18030Decoder::Outcome o;
                const std::string got = decode({code, 2}, &o);
                if (valid) {
                    ++mapped;
                    QCOMPARE(o.invalid, std::size_t{0});
                    QCOMPARE(got, expected);
                } else {
                    QCOMPARE(o.invalid, std::size_t{1});
                    QCOMPARE(got, std::string("\uFFFD"));
                }
            }
        }
        QVERIFY(mapped > 23000);  // GBK's 21886 plus the GB18030 additions
    }

    void decoderMatchesIconvOnFourByteCodes()
    {
        auto iconv = TextEncodingConverter::open("GB18030", "UTF-8");
        QVERIFY2(iconv.has_value(), errorText(iconv).c_str());
        const auto codeOf = [](unsigned i) {
            return std::string{static_cast<char>(0x81 + i / 12600), static_cast<char>(0x30 + i / 1260 % 10),
                               static_cast<char>(0x81 + i / 10 % 126), static_cast<char>(0x30 + i % 10)};
        };
        // Every BMP code (0x81308130 .. 0x8431A439), then a sample up to 0xFE39FE39.
        for (unsigned i = 0; i < 126u * 12600; i += i < 39420 ? 1 : 997) {
            const std::string code = codeOf(i);
            std::string expected;
            const bool valid = iconv->append(code, expected).has_value();
            Gb18030Decoder::Outcome o;
            const std::string got = decode(code, &o);
            QCOMPARE(o.invalid, std::size_t{valid ? 0u : 1u});
            QCOMPARE(got, valid ? expected : std::string("\uFFFD"));
        }
        QCOMPARE(decode("\x90\x30\x81\x30"), std::string("\U00010000"));
        QCOMPARE(decode("\xE3\x32\x9A\x35"), std::string("\U0010FFFF"));
    }

    void decoderRoundTripsRealText()
    {
        std::string text;
        for (int i = 0; i < 200; ++i) text += kChinese;
        Gb18030Decoder::Outcome o;
        QCOMPARE(decode(toGb18030(text), &o), text);
        QCOMPARE(o.invalid, std::size_t{0});
    }

    void decoderReplacesInvalidSequences()
    {
        // A lead byte before a space, a lone 0xFF, a lead before 0x7F, and a truncated end.
        Gb18030Decoder::Outcome o;
        const std::string got = decode("abc\x81 def\xFF\xB0\x7F\xD6\xD0\x81", &o);
        QCOMPARE(got, std::string("abc\uFFFD def\uFFFD\uFFFD\x7F中\uFFFD"));
        QCOMPARE(o.invalid, std::size_t{4});
        QCOMPARE(o.firstInvalidOffset, std::size_t{3});

        std::vector<std::size_t> where;
        std::string out = "xy";
        Gb18030Decoder::instance().decode("\xD6\xD0\xFF", out, &where);
        QCOMPARE(where, std::vector<std::size_t>{5});  // after "xy" and 中
        // U+FFFD encoded in the input is a character, not an error.
        out.clear();
        QCOMPARE(Gb18030Decoder::instance().decode(toGb18030("\uFFFD"), out).invalid, std::size_t{0});
    }

    void mojibakeIsRecognised()
    {
        QVERIFY(looksLikeMojibake("鍚堝悓缂栧彿"));
        QVERIFY(looksLikeMojibake("锟斤拷锟斤拷"));
        QVERIFY(looksLikeMojibake("采购\uFFFD单位"));
        QVERIFY(looksLikeMojibake("CafÃ© ordering"));
        QVERIFY(looksLikeMojibake("itâ€™s"));
        QVERIFY(looksLikeMojibake("Â\u00A0100"));
        for (const char* phrase : {"合同编号", "采购单位，供应商", "“雪亮工程”视频监控", "合肥市公安局人脸识别系统",
                                   "中标金额（万元）", "项目名称：智慧城市、平安城市。", "签订日期"}) {
            const std::string bad = misreadAsGb(phrase);
            QVERIFY2(looksLikeMojibake(bad), (std::string(phrase) + " -> " + bad).c_str());
            QVERIFY2(looksLikeMojibake("ID: " + bad + " (2016)"), bad.c_str());
        }
    }

    // The fast check (ASCII and three-byte characters read inline, runs without two places
    // that could start Chinese UTF-8 passed over) says what the plain statement says, on
    // random mixes of Chinese, mojibake, Latin-1 traps, ASCII and rarer characters.
    void mojibakeCheckAgreesWithItsPlainStatement()
    {
        std::mt19937 rng(20240611);
        auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
        auto hanzi = [&] {  // a random GB2312 character
            const char gb[2] = {static_cast<char>(0xB0 + pick(0xF8 - 0xB0)), static_cast<char>(0xA1 + pick(0xFF - 0xA1))};
            return decode(std::string_view(gb, 2));
        };
        const std::vector<std::string> others = {"Ã", "Â", "â", "€", "©", "é", "½", "\u00A0", "“", "”", "，", "。",
                                                 "、", "（", "）", "《", "》", "𠀀", "…", "A", "7", " ", ",", "-",
                                                 "ü", "™", "\u2014", "\u00B7", "°", "ж", "\uFF01", "\xEF\xBF\xBD"};
        int flagged = 0;
        for (int n = 0; n < 20000; ++n) {
            std::string text;
            for (std::size_t t = 0, tokens = 1 + pick(24); t < tokens; ++t) {
                switch (pick(5)) {
                    case 0:
                    case 1:
                        text += hanzi();
                        break;
                    case 2: {  // a few characters of UTF-8 read as GB18030
                        std::string phrase;
                        for (std::size_t k = 0, len = 1 + pick(4); k < len; ++k) phrase += hanzi();
                        text += misreadAsGb(phrase);
                        break;
                    }
                    default:
                        text += others[pick(others.size() - (n % 2 ? 0 : 1))];  // U+FFFD in odd texts only
                }
            }
            const bool expected = plainLooksLikeMojibake(text);
            flagged += expected;
            QVERIFY2(looksLikeMojibake(text) == expected, text.c_str());
        }
        QVERIFY(flagged > 2000 && flagged < 18000);  // both answers well represented
    }

    void ordinaryTextIsNotMojibake()
    {
        for (const char* text : {"公安局",
                                 "人脸识别系统",
                                 "合肥市",
                                 "雪亮工程",
                                 "合同编号",
                                 "采购单位",
                                 "中标供应商",
                                 "省公安厅",
                                 "视频监控系统建设项目（二期）",
                                 "亳州市、漯河市、濮阳市、衢州市、嵊州市、珲春市、鄱阳县",
                                 "北京市海淀区中关村软件园",
                                 "杭州海康威视数字技术股份有限公司",
                                 "浙江大华技术股份有限公司",
                                 "“天网工程”采购项目：合同金额1,234.56万元。",
                                 "新疆维吾尔自治区乌鲁木齐市",
                                 "内蒙古自治区呼和浩特市",
                                 "Hikvision Digital Technology Co., Ltd.",
                                 "Café, naïve, Zürich — “quoted” 100 €",
                                 "",
                                 "12345",
                                 "ABC-2016-001"}) {
            QVERIFY2(!looksLikeMojibake(text), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
