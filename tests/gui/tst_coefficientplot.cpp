// CoefficientPlot: the series it holds, whiskers where the axis mapping puts them (pixels
// read back from the rendered widget), 1-2-5 y ticks through 0, grayscale figures without
// a coloured pixel, the message and busy states, tooltips, figure files (PNG/SVG/PDF at
// their sizes, Chinese labels inside). Speed is measured by bench/run_panel_bench.sh.
//
// Set AITOCRACY_LOOK_DIR=/some/dir to keep the rendered PNGs/PDF for a human to look at.
#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

#include "CoefficientPlot.h"
#include "Localization.h"

using namespace aitocracy::gui;
using namespace Qt::StringLiterals;

namespace {

CoefficientPoint point(double x, double estimate, double se, double p = 0.01)
{
    CoefficientPoint pt;
    pt.term = u"rel_"_s % QString::number(x);
    pt.x = x;
    pt.estimate = estimate;
    pt.stdError = se;
    pt.ciLow = estimate - 1.96 * se;
    pt.ciHigh = estimate + 1.96 * se;
    pt.p = p;
    return pt;
}

// The simulated world's effect at relative quarters -5 … 4: none before, rising after.
constexpr double kTruth[] = {0, 0, 0, 0, 0, 0.10, 0.20, 0.28, 0.33, 0.35};

// An event study: relative quarters -5 … 4 without the reference -1 (9 estimates); no
// effect before, a rising effect after, as in the simulated world.
CoefficientSeries eventStudy(const QString& name, double shift)
{
    CoefficientSeries s;
    s.name = name;
    s.referenceX = -1;
    for (int x = -5; x <= 4; ++x)
        if (x != -1) s.points << point(x, kTruth[x + 5] + shift + 0.02 * std::sin(3.0 * x), 0.04 + 0.004 * (x + 5));
    return s;
}

QVector<TrueValue> eventTruth()
{
    QVector<TrueValue> values;
    for (int x = -5; x <= 4; ++x) values.push_back({static_cast<double>(x), kTruth[x + 5]});
    return values;
}

void setUpEventStudy(CoefficientPlot& plot)
{
    plot.setSeries({eventStudy(u"Current"_s, 0), eventStudy(u"Pinned: no controls"_s, 0.05)});
    plot.setTrueValues(eventTruth());
    plot.setXLabel(u"相对季度 (relative quarter)"_s);
    plot.setYLabel(u"Effect on AI contracts (z)"_s);
    plot.setEventLine(-0.5);
}

QColor colourAt(const QImage& image, int x, int y)
{
    return image.pixelColor(x, y);
}

// A whisker's pixel: its colour, or its colour blended with white by antialiasing.
bool ofHue(const QColor& pixel, const QColor& colour)
{
    return pixel.hsvSaturation() > 60 && std::abs(pixel.hsvHue() - colour.hsvHue()) <= 12;
}

bool near(const QColor& a, const QColor& b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) <= tolerance;
}

int darkPixels(const QImage& image, const QRect& region)
{
    int n = 0;
    for (int y = region.top(); y <= region.bottom(); ++y)
        for (int x = region.left(); x <= region.right(); ++x)
            if (qGray(image.pixel(x, y)) < 128) ++n;
    return n;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestCoefficientPlot : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    QString lookDir_;
    QString outPath(const QString& name) const { return (lookDir_.isEmpty() ? tmp_.path() : lookDir_) % u'/' % name; }

private Q_SLOTS:
    void initTestCase()
    {
        Localization::pinFonts(u"en"_s);
        lookDir_ = qEnvironmentVariable("AITOCRACY_LOOK_DIR");
    }

    void holdsTheSeries()
    {
        CoefficientPlot plot;
        setUpEventStudy(plot);
        QCOMPARE(plot.series().size(), 2);
        QCOMPARE(plot.series()[0].name, u"Current"_s);
        QCOMPARE(plot.series()[1].points.size(), 9);
        QCOMPARE(plot.trueValues().size(), 10);
        // The current one and four pinned, no more.
        QVector<CoefficientSeries> many(7, eventStudy(u"x"_s, 0));
        plot.setSeries(many);
        QCOMPARE(plot.series().size(), CoefficientFigure::kMaxSeries);
    }

    void whiskerCoversItsInterval()
    {
        CoefficientPlot plot;
        CoefficientSeries s;
        s.name = u"Current"_s;
        s.points = {point(0, 0.30, 0.05), point(1, -0.20, 0.10), point(2, 0.05, 0.02)};
        plot.setSeries({s});
        plot.resize(900, 500);
        const QImage image = plot.grab().toImage();
        QCOMPARE(image.size(), QSize(900, 500));
        const QColor blue = CoefficientFigure::colour(0, false);
        for (const CoefficientPoint& p : s.points) {
            // One series: no dodging, the whisker sits on the point's x.
            const int x = qRound(plot.xToPixel(p.x));
            int top = image.height(), bottom = -1;
            for (int y = 0; y < image.height(); ++y)
                for (int dx = -1; dx <= 1; ++dx)
                    if (ofHue(colourAt(image, x + dx, y), blue)) top = std::min(top, y), bottom = std::max(bottom, y);
            QVERIFY2(bottom >= 0, "no whisker pixel in the column");
            QVERIFY2(std::abs(top - plot.yToPixel(p.ciHigh)) <= 2,
                     qPrintable(u"top %1 vs %2"_s.arg(top).arg(plot.yToPixel(p.ciHigh))));
            QVERIFY2(std::abs(bottom - plot.yToPixel(p.ciLow)) <= 2,
                     qPrintable(u"bottom %1 vs %2"_s.arg(bottom).arg(plot.yToPixel(p.ciLow))));
        }
        // The mapping itself, by hand: 0 lies on the plot, CI ends inside it.
        const QRectF r = plot.plotRect();
        QVERIFY(r.width() > 700 && r.height() > 380);
        QVERIFY(plot.yToPixel(0.30 + 1.96 * 0.05) >= r.top() && plot.yToPixel(-0.20 - 1.96 * 0.10) <= r.bottom());
    }

    void yTicksAreNiceAndIncludeZero()
    {
        CoefficientFigure figure;
        CoefficientSeries s;
        s.name = u"Current"_s;
        s.points = {point(0, 0.30, 0.05), point(1, -0.20, 0.10)};
        figure.setSeries({s});
        QImage image(900, 500, QImage::Format_ARGB32_Premultiplied);
        // Data from -0.396 to 0.398 (and 0): padded by 5 %, about ±0.44.
        const auto g = figure.geometry(QFont(), &image, QRectF(0, 0, 900, 500), FigureStyle{});
        QVERIFY(std::abs(g.yMin - (-0.396 - 0.05 * 0.794)) < 1e-9);
        QVERIFY(std::abs(g.yMax - (0.398 + 0.05 * 0.794)) < 1e-9);
        QVERIFY(g.yTicks.contains(0.0));
        const double step = g.yTicks[1] - g.yTicks[0];
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9,
                 qPrintable(QString::number(step)));
        for (double t : g.yTicks) QVERIFY(t >= g.yMin && t <= g.yMax);
        // Relative time on x: integer ticks, one per period here.
        QCOMPARE(g.xTicks.size(), 2);
        QCOMPARE(g.xTicks[0].text, u"0"_s);
    }

    void referenceNoteOrLegendEntry()
    {
        CoefficientFigure figure;
        figure.setSeries({eventStudy(u"Current"_s, 0), eventStudy(u"Pinned"_s, 0.05)});
        figure.setTrueValues(eventTruth());
        figure.setEventLine(-0.5);
        auto hasReferenceEntry = [](const CoefficientFigure::Geometry& g) {
            return std::any_of(g.legend.begin(), g.legend.end(), [](const CoefficientFigure::LegendItem& item) {
                return item.slot == CoefficientFigure::kReferenceSlot;
            });
        };
        QImage image(900, 500, QImage::Format_ARGB32_Premultiplied);
        // Room below the zero line: the note, left of the event line, clear of the data.
        auto g = figure.geometry(QFont(), &image, QRectF(0, 0, 900, 500), FigureStyle{});
        QCOMPARE(g.referenceNotes.size(), 1);
        QVERIFY(!hasReferenceEntry(g));
        QVERIFY(g.referenceNotes[0].right() < g.xToPixel(-0.5));
        QVERIFY(g.referenceNotes[0].top() > g.yToPixel(0));
        // Cramped: no note where it would cover whiskers; the legend explains the hollow marker.
        g = figure.geometry(QFont(), &image, QRectF(0, 0, 300, 200), FigureStyle{});
        QVERIFY(g.referenceNotes.isEmpty());
        QVERIFY(hasReferenceEntry(g));
    }

    void grayscaleFigureHasNoColour()
    {
        CoefficientPlot plot;
        setUpEventStudy(plot);
        plot.setSeries({eventStudy(u"A"_s, 0), eventStudy(u"B"_s, 0.05), eventStudy(u"C"_s, -0.05),
                        eventStudy(u"D"_s, 0.1), eventStudy(u"E"_s, -0.1)});
        auto render = [&](bool grayscale) {
            QImage image(700, 460, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            plot.paintFigure(painter, QRectF(0, 0, 700, 460), FigureStyle{grayscale, 1.0});
            return image;
        };
        auto maxSaturation = [](const QImage& image) {
            int s = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) s = std::max(s, image.pixelColor(x, y).hsvSaturation());
            return s;
        };
        const QImage colour = render(false), gray = render(true);
        QVERIFY(maxSaturation(colour) > 200);  // the palette is there in colour
        QCOMPARE(maxSaturation(gray), 0);
        if (!lookDir_.isEmpty()) colour.save(outPath(u"five-colour.png"_s)), gray.save(outPath(u"five-gray.png"_s));
    }

    void messageInsteadOfThePlot()
    {
        CoefficientPlot plot;
        plot.resize(500, 320);
        QCOMPARE(plot.shownMessage(), u"No estimate yet"_s);
        QImage image = plot.grab().toImage();
        QVERIFY(darkPixels(image, image.rect()) > 20);  // the note is drawn

        setUpEventStudy(plot);
        QCOMPARE(plot.shownMessage(), QString());
        const QString error = u"unknown variable 'unrset' at column 9"_s;
        plot.setMessage(error);
        QCOMPARE(plot.shownMessage(), error);
        QVERIFY(plot.toolTipAt(QPointF(plot.xToPixel(0), plot.yToPixel(0))).isEmpty());
        image = plot.grab().toImage();
        // The text, centred: dark pixels in the middle band, none of the series' blue anywhere.
        QVERIFY(darkPixels(image, QRect(0, 130, 500, 60)) > 50);
        bool blue = false;
        for (int y = 0; y < image.height() && !blue; ++y)
            for (int x = 0; x < image.width() && !blue; ++x)
                blue = near(image.pixelColor(x, y), CoefficientFigure::colour(0, false), 20);
        QVERIFY(!blue);
        // Cleared: the estimates, kept meanwhile, are back.
        plot.setMessage({});
        QCOMPARE(plot.series().size(), 2);
        QCOMPARE(plot.shownMessage(), QString());
        if (!lookDir_.isEmpty()) {
            plot.setMessage(error);
            plot.grab().save(outPath(u"plot-message.png"_s));
        }
    }

    void busyDimsButKeepsThePoints()
    {
        CoefficientPlot plot;
        CoefficientSeries s;
        s.name = u"Current"_s;
        s.points = {point(0, 0.30, 0.05), point(1, -0.20, 0.10)};
        plot.setSeries({s});
        plot.resize(600, 360);
        const QPoint marker(qRound(plot.xToPixel(0)), qRound(plot.yToPixel(0.30)));
        const QColor before = plot.grab().toImage().pixelColor(marker);
        plot.setBusy(true);
        QVERIFY(plot.isBusy());
        const QColor during = plot.grab().toImage().pixelColor(marker);
        QCOMPARE(plot.series().size(), 1);
        // Lighter, still the same hue: 110/255 of white over the point.
        QVERIFY(during.lightness() > before.lightness());
        QVERIFY(std::abs(during.hue() - before.hue()) <= 3);
        QVERIFY(during.hsvSaturation() > 60);
        plot.setBusy(false);
        QCOMPARE(plot.grab().toImage().pixelColor(marker), before);
    }

    void toolTipNamesTheTerm()
    {
        CoefficientPlot plot;
        CoefficientSeries s;
        s.name = u"Current"_s;
        CoefficientPoint p = point(0, 0.3012, 0.041, 0.001);
        p.term = u"rain:ai_stock_l1"_s;
        p.label = u"rain × AI stock"_s;
        s.points = {p, point(1, -0.2, 0.1)};
        plot.setSeries({s});
        plot.setXTickLabels({{0.0, u"rain × AI stock"_s}, {1.0, u"rain"_s}});
        plot.resize(600, 360);
        const QString tip = plot.toolTipAt(QPointF(plot.xToPixel(0) + 1, plot.yToPixel(0.3012) - 1));
        QVERIFY2(tip.contains(u"rain × AI stock"_s) && tip.contains(u"rain:ai_stock_l1"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"0.3012"_s) && tip.contains(u"0.0410"_s), qPrintable(tip));
        // 0.3012 ± 1.96 × 0.041 = [0.2208, 0.3816]
        QVERIFY2(tip.contains(u"[0.2208, 0.3816]"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"Current"_s));
        // On the whisker, away from the point: the same term.
        QVERIFY(plot.toolTipAt(QPointF(plot.xToPixel(0), plot.yToPixel(0.36))).contains(u"rain:ai_stock_l1"_s));
        QVERIFY(plot.toolTipAt(QPointF(plot.xToPixel(0.5), plot.yToPixel(0.3))).isEmpty());
    }

    void looksRightOnScreen()
    {
        // The harness for looking: two sizes (a projector's window and a laptop's dock).
        for (const QSize size : {QSize(900, 500), QSize(500, 320)}) {
            CoefficientPlot plot;
            setUpEventStudy(plot);
            plot.setXLabel(u"相对季度"_s);
            plot.resize(size);
            const QImage image = plot.grab().toImage();
            QCOMPARE(image.size(), size);
            // The legend sits below the plot area, never over it.
            const QRectF r = plot.plotRect();
            QVERIFY(r.bottom() < size.height() - 30);
            QVERIFY(r.left() > 20 && r.right() < size.width());
            QVERIFY(darkPixels(image, QRect(0, qRound(r.bottom()) + 2, size.width(),
                                            size.height() - qRound(r.bottom()) - 2)) > 50);
            QVERIFY(image.save(outPath(u"plot-%1x%2.png"_s.arg(size.width()).arg(size.height()))));
            plot.setBusy(true);
            QVERIFY(plot.grab().save(outPath(u"plot-busy-%1x%2.png"_s.arg(size.width()).arg(size.height()))));
        }
        CoefficientPlot terms;
        CoefficientSeries s;
        s.name = u"Current"_s;
        s.points = {point(0, 0.12, 0.04), point(1, -0.31, 0.09), point(2, 0.02, 0.05)};
        terms.setSeries({s});
        terms.setXTickLabels({{0.0, u"rain"_s}, {1.0, u"rain × AI stock"_s}, {2.0, u"降雨 × 温度 (temperature)"_s}});
        terms.setYLabel(u"Effect on unrest"_s);
        terms.resize(500, 320);
        QVERIFY(terms.grab().toImage().save(outPath(u"plot-terms-500x320.png"_s)));
    }

    void exportsFigureFiles()
    {
        CoefficientPlot plot;
        setUpEventStudy(plot);
        plot.setXLabel(u"相对季度"_s);
        const FigurePainter paint = [&plot](QPainter& p, const QRectF& area, const FigureStyle& style) {
            plot.paintFigure(p, area, style);
        };
        FigureSpec spec;
        spec.size = FigureSize::DoubleColumn;
        spec.dpi = 150;
        spec.title = u"Unrest and AI procurement: event study"_s;

        const QString png = outPath(u"figure.png"_s);
        QCOMPARE(exportFigure(paint, spec, png), QString());
        QCOMPARE(QImage(png).size(), QSize(1050, 690));  // 7 × 4.6 in at 150 dpi

        const QString svg = outPath(u"figure.svg"_s);
        QCOMPARE(exportFigure(paint, spec, svg), QString());
        const QString text = QString::fromUtf8(readAll(svg));
        const auto width = QRegularExpression(u"<svg[^>]*width=\"([0-9.]+)mm\""_s).match(text);
        QVERIFY(width.hasMatch());
        QVERIFY(std::abs(width.captured(1).toDouble() - 177.8) < 0.5);
        QVERIFY(text.contains(u"相对季度"_s));
        QVERIFY(text.contains(u"True value (simulation)"_s));
        QVERIFY(text.contains(u"reference"_s));

        spec.size = FigureSize::SingleColumn;
        spec.grayscale = true;
        const QString pdf = outPath(u"figure.pdf"_s);
        QCOMPARE(exportFigure(paint, spec, pdf), QString());
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        const auto box =
            QRegularExpression(u"/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"_s).match(QString::fromLatin1(bytes));
        QVERIFY(box.hasMatch());
        QVERIFY(std::abs(box.captured(1).toDouble() - 252) < 0.5);  // 3.5 × 2.8 in
        QVERIFY(std::abs(box.captured(2).toDouble() - 201.6) < 0.5);
        if (!lookDir_.isEmpty()) {
            spec.size = FigureSize::Slide;
            spec.grayscale = false;
            spec.dpi = 100;
            QCOMPARE(exportFigure(paint, spec, outPath(u"slide.png"_s)), QString());
        }
    }

    void chineseInterface()
    {
        QVERIFY(Localization::install(*qApp, u"zh_CN"_s));
        Localization::pinFonts(u"zh_CN"_s);
        CoefficientPlot plot;
        QCOMPARE(plot.shownMessage(), u"尚无估计结果"_s);
        setUpEventStudy(plot);
        plot.setXLabel(u"相对季度"_s);
        plot.setYLabel(u"对人工智能合同的效应"_s);
        plot.resize(500, 320);
        const QImage image = plot.grab().toImage();
        QVERIFY(darkPixels(image, image.rect()) > 500);
        if (!lookDir_.isEmpty()) image.save(outPath(u"plot-zh-500x320.png"_s));
        QVERIFY(Localization::install(*qApp, u"en"_s));
        Localization::pinFonts(u"en"_s);
        QCOMPARE(CoefficientPlot().shownMessage(), u"No estimate yet"_s);
    }
};

QTEST_MAIN(TestCoefficientPlot)
#include "tst_coefficientplot.moc"
