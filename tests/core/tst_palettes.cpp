// Palettes: the published ColorBrewer, viridis and cividis colours, class counts, the
// safety flags, and lightness that runs one way in every sequential palette.
#include <QtTest>
#include <cmath>

#include "carto/Palettes.h"

using namespace aitocracy::core;

namespace {

Rgb hex(std::uint32_t c)
{
    return {static_cast<std::uint8_t>(c >> 16), static_cast<std::uint8_t>(c >> 8), static_cast<std::uint8_t>(c)};
}

std::vector<Rgb> colours(std::string_view name, int classes)
{
    auto r = paletteColours(name, classes);
    if (!r) qFatal("%s", r.error().describe().c_str());
    return *r;
}

// CIE L* of an sRGB colour (D65).
double lightness(Rgb c)
{
    const auto linear = [](std::uint8_t v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    const double y = 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
    return y > 216.0 / 24389 ? 116 * std::cbrt(y) - 16 : y * 24389.0 / 27;
}

}  // namespace

class TestPalettes : public QObject {
    Q_OBJECT

private slots:
    void colorBrewerColoursAsPublished()
    {
        QCOMPARE(colours("Blues", 3), (std::vector<Rgb>{hex(0xdeebf7), hex(0x9ecae1), hex(0x3182bd)}));
        QCOMPARE(colours("Blues", 9).back(), hex(0x08306b));
        QCOMPARE(colours("Blues", 9).front(), hex(0xf7fbff));
        QCOMPARE(colours("YlOrRd", 5),
                 (std::vector<Rgb>{hex(0xffffb2), hex(0xfecc5c), hex(0xfd8d3c), hex(0xf03b20), hex(0xbd0026)}));
        QCOMPARE(colours("Greys", 4), (std::vector<Rgb>{hex(0xf7f7f7), hex(0xcccccc), hex(0x969696), hex(0x525252)}));
        QCOMPARE(colours("OrRd", 7)[4], hex(0xef6548));
        QCOMPARE(colours("RdBu", 5),
                 (std::vector<Rgb>{hex(0xca0020), hex(0xf4a582), hex(0xf7f7f7), hex(0x92c5de), hex(0x0571b0)}));
        QCOMPARE(colours("PuOr", 3), (std::vector<Rgb>{hex(0xf1a340), hex(0xf7f7f7), hex(0x998ec3)}));
        QCOMPARE(colours("BrBG", 9).front(), hex(0x8c510a));
        QCOMPARE(colours("BrBG", 9)[4], hex(0xf5f5f5));
        QCOMPARE(colours("RdYlBu", 6)[2], hex(0xfee090));
        QCOMPARE(colours("PiYG", 4), (std::vector<Rgb>{hex(0xd01c8b), hex(0xf1b6da), hex(0xb8e186), hex(0x4dac26)}));
    }

    void viridisAndCividisSampledFromTheirTables()
    {
        // Ends and middle (entry 128) of matplotlib's 256-entry tables.
        QCOMPARE(colours("viridis", 3), (std::vector<Rgb>{hex(0x440154), hex(0x21918c), hex(0xfde725)}));
        QCOMPARE(colours("cividis", 2), (std::vector<Rgb>{hex(0x00224e), hex(0xfee838)}));
        // cividis entry 128 is (0.488697, 0.485318, 0.471008) → (125, 124, 120).
        QCOMPARE(colours("cividis", 3)[1], hex(0x7d7c78));
    }

    void everyCountFrom1To9()
    {
        QVERIFY(palettes().size() >= 16);
        for (const PaletteInfo& p : palettes()) {
            for (int n = 1; n <= kMaxPaletteClasses; ++n) {
                const std::vector<Rgb> c = colours(p.name, n);
                QCOMPARE(int(c.size()), n);
                for (int i = 1; i < n; ++i) QVERIFY2(!(c[i] == c[i - 1]), p.name.data());
            }
            QVERIFY(!paletteColours(p.name, 0));
            QVERIFY(!paletteColours(p.name, 10));
        }
        QVERIFY(!paletteColours("Jet", 5));
        QCOMPARE(colours("Reds", 2), (std::vector<Rgb>{hex(0xfee0d2), hex(0xde2d26)}));  // ends of the 3-class one
        QCOMPARE(colours("Reds", 1), std::vector<Rgb>{hex(0xfc9272)});
    }

    void flagsFollowColorBrewer()
    {
        QVERIFY(findPalette("RdBu")->colourBlindSafe);
        QCOMPARE(findPalette("RdBu")->kind, PaletteKind::Diverging);
        QVERIFY(!findPalette("RdBu")->grayscaleSafe(3));
        QVERIFY(findPalette("PuOr")->grayscaleSafe(4));
        QVERIFY(!findPalette("PuOr")->grayscaleSafe(5));
        QVERIFY(findPalette("Blues")->grayscaleSafe(3));
        QVERIFY(!findPalette("Blues")->grayscaleSafe(4));
        QVERIFY(findPalette("OrRd")->grayscaleSafe(4));
        QVERIFY(findPalette("viridis")->grayscaleSafe(9));
        QCOMPARE(findPalette("cividis")->kind, PaletteKind::Sequential);
        QCOMPARE(findPalette("Nope"), nullptr);
    }

    void sequentialLightnessIsMonotone()
    {
        for (const PaletteInfo& p : palettes()) {
            if (p.kind != PaletteKind::Sequential) continue;
            for (int n = kMinPaletteClasses; n <= kMaxPaletteClasses; ++n) {
                const std::vector<Rgb> c = colours(p.name, n);
                const double direction = lightness(c.back()) - lightness(c.front());
                for (int i = 1; i < n; ++i) {
                    const double step = lightness(c[i]) - lightness(c[i - 1]);
                    QVERIFY2(step * direction > 0, qPrintable(QStringLiteral("%1 %2 classes, step %3")
                                                                  .arg(QString::fromUtf8(p.name.data(), p.name.size()))
                                                                  .arg(n)
                                                                  .arg(i)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPalettes)
#include "tst_palettes.moc"
