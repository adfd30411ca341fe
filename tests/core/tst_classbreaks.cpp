// Class breaks of every scheme against values worked out by hand, and natural breaks
// against an exhaustive search and a plain O(k n²) Fisher programme.
#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

#include "TestSupport.h"
#include "carto/ClassBreaks.h"

using namespace aitocracy;
using namespace aitocracy::core;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

ClassBreaks breaksOf(const std::vector<double>& values, ClassScheme scheme, int classes,
                     const std::vector<double>& custom = {})
{
    auto r = classBreaks(values, scheme, classes, custom);
    if (!r) qFatal("%s", test::errorText(r).c_str());
    return *r;
}

bool sameBounds(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::abs(a[i] - b[i]) > 1e-9 * std::max(1.0, std::abs(b[i]))) return false;
    return true;
}

QByteArray show(const std::vector<double>& v)
{
    QByteArray s;
    for (double x : v) s += QByteArray::number(x, 'g', 10) + ' ';
    return s;
}

// Total within-class sum of squares of `values` under `breaks`, two-pass (no prefix sums).
double withinSs(const std::vector<double>& values, const ClassBreaks& breaks)
{
    std::vector<std::vector<double>> groups(breaks.classCount());
    for (double v : values) groups[*classOf(breaks, v)].push_back(v);
    double total = 0;
    for (const auto& g : groups) {
        if (g.empty()) continue;
        double mean = 0;
        for (double v : g) mean += v;
        mean /= static_cast<double>(g.size());
        for (double v : g) total += (v - mean) * (v - mean);
    }
    return total;
}

double ssdOf(const std::vector<double>& sorted, std::size_t first, std::size_t last)
{
    double mean = 0;
    for (std::size_t i = first; i <= last; ++i) mean += sorted[i];
    mean /= static_cast<double>(last - first + 1);
    double s = 0;
    for (std::size_t i = first; i <= last; ++i) s += (sorted[i] - mean) * (sorted[i] - mean);
    return s;
}

// Least within-class SS over every split of the sorted values into k runs that keep
// ties together (cuts only between different values).
double exhaustiveBest(std::vector<double> values, int k)
{
    std::ranges::sort(values);
    std::vector<std::size_t> cuts;  // a cut after index i
    for (std::size_t i = 0; i + 1 < values.size(); ++i)
        if (values[i] != values[i + 1]) cuts.push_back(i);
    double best = std::numeric_limits<double>::infinity();
    const std::size_t m = cuts.size();
    for (std::uint32_t mask = 0; mask < (1u << m); ++mask) {
        if (std::popcount(mask) != k - 1) continue;
        double total = 0;
        std::size_t first = 0;
        for (std::size_t c = 0; c < m; ++c)
            if (mask & (1u << c)) {
                total += ssdOf(values, first, cuts[c]);
                first = cuts[c] + 1;
            }
        total += ssdOf(values, first, values.size() - 1);
        best = std::min(best, total);
    }
    return best;
}

// Fisher's programme without the divide-and-conquer shortcut, on distinct values.
double plainFisherBest(std::vector<double> values, int k)
{
    std::ranges::sort(values);
    const std::size_t n = values.size();
    std::vector<std::vector<double>> d(k, std::vector<double>(n, std::numeric_limits<double>::infinity()));
    for (std::size_t i = 0; i < n; ++i) d[0][i] = ssdOf(values, 0, i);
    for (int j = 1; j < k; ++j)
        for (std::size_t i = j; i < n; ++i)
            for (std::size_t m = j; m <= i; ++m) d[j][i] = std::min(d[j][i], d[j - 1][m - 1] + ssdOf(values, m, i));
    return d[k - 1][n - 1];
}

const std::vector<double> kOneToTen{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

}  // namespace

class TestClassBreaks : public QObject {
    Q_OBJECT

private slots:
    void quantileUsesGeoDaPercentiles()
    {
        // Percentile p of n = 10 sits at index p/10 − 0.5: P25 = x[2] = 3, P50 = (x[4] + x[5]) / 2
        // = 5.5, P75 = x[7] = 8.
        const ClassBreaks b = breaksOf(kOneToTen, ClassScheme::Quantile, 4);
        QVERIFY2(sameBounds(b.bounds, {1, 3, 5.5, 8, 10}), show(b.bounds));
        QCOMPARE(b.counts, (std::vector<std::size_t>{3, 2, 3, 2}));
    }

    void equalInterval()
    {
        const ClassBreaks b = breaksOf(kOneToTen, ClassScheme::EqualInterval, 3);
        QVERIFY2(sameBounds(b.bounds, {1, 4, 7, 10}), show(b.bounds));
        QCOMPARE(b.counts, (std::vector<std::size_t>{4, 3, 3}));
        // Equal intervals keep empty classes: nothing lies in (4, 7].
        const ClassBreaks gap = breaksOf({1, 2, 9, 10}, ClassScheme::EqualInterval, 3);
        QVERIFY2(sameBounds(gap.bounds, {1, 4, 7, 10}), show(gap.bounds));
        QCOMPARE(gap.counts, (std::vector<std::size_t>{2, 0, 2}));
    }

    void naturalBreaksOnAKnownSet()
    {
        // Three tight clusters: the optimum cuts between them.
        const ClassBreaks b = breaksOf({22, 1, 11, 2, 20, 3, 10, 21, 12}, ClassScheme::NaturalBreaks, 3);
        QVERIFY2(sameBounds(b.bounds, {1, 3, 12, 22}), show(b.bounds));
        QCOMPARE(b.counts, (std::vector<std::size_t>{3, 3, 3}));
        // {1, 2, 4, 5, 12}, 2 classes: {1,2,4,5} | {12} has SS 10 (mean 3: 4+1+1+4), while
        // {1,2} | {4,5,12} has 0.5 + 38 and {1,2,4} | {5,12} has 4.67 + 24.5.
        const ClassBreaks two = breaksOf({1, 2, 4, 5, 12}, ClassScheme::NaturalBreaks, 2);
        QVERIFY2(sameBounds(two.bounds, {1, 5, 12}), show(two.bounds));
        QCOMPARE(two.counts, (std::vector<std::size_t>{4, 1}));
    }

    void naturalBreaksMatchExhaustiveSearch()
    {
        std::mt19937 rng(20240601);
        std::uniform_int_distribution<int> value(0, 40);
        for (int trial = 0; trial < 60; ++trial) {
            std::vector<double> values(14);
            for (double& v : values) v = value(rng) * 0.5;  // with ties
            for (int k = 2; k <= 5; ++k) {
                const ClassBreaks b = breaksOf(values, ClassScheme::NaturalBreaks, k);
                const double best = exhaustiveBest(values, static_cast<int>(b.classCount()));
                QVERIFY2(std::abs(withinSs(values, b) - best) < 1e-9,
                         qPrintable(QStringLiteral("trial %1 k %2").arg(trial).arg(k)));
            }
        }
    }

    void naturalBreaksMatchPlainFisherOnMoreValues()
    {
        std::mt19937 rng(7);
        std::lognormal_distribution<double> value(2.0, 1.0);
        std::vector<double> values(240);
        for (double& v : values) v = value(rng);
        for (int k : {3, 6, 9}) {
            const ClassBreaks b = breaksOf(values, ClassScheme::NaturalBreaks, k);
            QCOMPARE(b.classCount(), std::size_t(k));
            const double plain = plainFisherBest(values, k);
            QVERIFY2(std::abs(withinSs(values, b) - plain) <= 1e-9 * plain, qPrintable(QString::number(k)));
        }
    }

    void stdDevAtOneSdSteps()
    {
        // Mean 5.5; sample variance Σ(x − 5.5)² / 9 = 82.5 / 9.
        const double sd = std::sqrt(82.5 / 9);
        const ClassBreaks b = breaksOf(kOneToTen, ClassScheme::StdDev, 0);
        const std::vector<double> inner{5.5 - 2 * sd, 5.5 - sd, 5.5, 5.5 + sd, 5.5 + 2 * sd};
        // The data lie inside mean ± 2 sd, so both outer classes are empty and collapse onto the fences.
        QVERIFY2(sameBounds(b.bounds, {inner[0], inner[0], inner[1], inner[2], inner[3], inner[4], inner[4]}),
                 show(b.bounds));
        QCOMPARE(b.counts, (std::vector<std::size_t>{0, 2, 3, 3, 2, 0}));
    }

    void boxMapWithAnOutlier()
    {
        // Q1 = 3, median = 5.5, Q3 = 8, IQR = 5: fences at 3 − 7.5 and 8 + 7.5.
        const ClassBreaks b = breaksOf({1, 2, 3, 4, 5, 6, 7, 8, 9, 100}, ClassScheme::BoxMap, 0);
        QVERIFY2(sameBounds(b.bounds, {-4.5, -4.5, 3, 5.5, 8, 15.5, 100}), show(b.bounds));
        QCOMPARE(b.counts, (std::vector<std::size_t>{0, 3, 2, 3, 1, 1}));
    }

    void customBreaks()
    {
        const ClassBreaks b = breaksOf(kOneToTen, ClassScheme::Custom, 0, {2.5, 7});
        QVERIFY2(sameBounds(b.bounds, {1, 2.5, 7, 10}), show(b.bounds));
        QCOMPARE(b.counts, (std::vector<std::size_t>{2, 5, 3}));
        const ClassBreaks wide = breaksOf(kOneToTen, ClassScheme::Custom, 0, {0, 20});
        QVERIFY2(sameBounds(wide.bounds, {0, 0, 20, 20}), show(wide.bounds));
        QCOMPARE(wide.counts, (std::vector<std::size_t>{0, 10, 0}));
        QVERIFY(!classBreaks(kOneToTen, ClassScheme::Custom, 0, std::vector<double>{3, 2}));
        QVERIFY(!classBreaks(kOneToTen, ClassScheme::Custom, 0, std::vector<double>{}));
        QVERIFY(!classBreaks(kOneToTen, ClassScheme::Custom, 0, std::vector<double>{kNaN}));
    }

    void fewerDistinctValuesThanClasses()
    {
        const ClassBreaks b = breaksOf({5, 7, 5, 9, 5, 7}, ClassScheme::NaturalBreaks, 5);
        QVERIFY2(sameBounds(b.bounds, {5, 5, 7, 9}), show(b.bounds));  // the first class is 5 alone
        QCOMPARE(b.counts, (std::vector<std::size_t>{3, 2, 1}));
        // Quartiles of {1,1,1,1,2}: P25 = P50 = 1 fall on the tie and merge; P75 = 1 + 0.25.
        const ClassBreaks q = breaksOf({1, 1, 1, 1, 2}, ClassScheme::Quantile, 4);
        QVERIFY2(sameBounds(q.bounds, {1, 1, 1.25, 2}), show(q.bounds));
        QCOMPARE(q.counts, (std::vector<std::size_t>{4, 0, 1}));
    }

    void oneDistinctValueIsOneClass()
    {
        for (ClassScheme s : {ClassScheme::Quantile, ClassScheme::EqualInterval, ClassScheme::NaturalBreaks,
                              ClassScheme::StdDev, ClassScheme::BoxMap}) {
            const ClassBreaks b = breaksOf({3, 3, kNaN, 3}, s, 4);
            QVERIFY2(sameBounds(b.bounds, {3, 3}), show(b.bounds));
            QCOMPARE(b.counts, std::vector<std::size_t>{3});
        }
    }

    void missingValuesAreSkipped()
    {
        const ClassBreaks b = breaksOf({kNaN, 1, 2, kNaN, 3}, ClassScheme::EqualInterval, 2);
        QVERIFY2(sameBounds(b.bounds, {1, 2, 3}), show(b.bounds));
        QCOMPARE(b.counts, (std::vector<std::size_t>{2, 1}));
    }

    void allMissingOrBadCountFails()
    {
        const auto none = classBreaks(std::vector<double>{kNaN, kNaN}, ClassScheme::Quantile, 3);
        QVERIFY(!none);
        QCOMPARE(none.error().code, std::string("no_data"));
        QVERIFY(!classBreaks(std::vector<double>{}, ClassScheme::EqualInterval, 3));
        QVERIFY(!classBreaks(kOneToTen, ClassScheme::Quantile, 0));
    }

    void classOfUsesUpperClosedClasses()
    {
        const ClassBreaks b = breaksOf(kOneToTen, ClassScheme::Quantile, 4);  // 1, 3, 5.5, 8, 10
        QCOMPARE(classOf(b, 1), std::optional<std::size_t>(0));
        QCOMPARE(classOf(b, 3), std::optional<std::size_t>(0));
        QCOMPARE(classOf(b, 3.01), std::optional<std::size_t>(1));
        QCOMPARE(classOf(b, 10), std::optional<std::size_t>(3));
        QCOMPARE(classOf(b, -50), std::optional<std::size_t>(0));  // beyond the ends: end classes
        QCOMPARE(classOf(b, 50), std::optional<std::size_t>(3));
        QCOMPARE(classOf(b, kNaN), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestClassBreaks)
#include "tst_classbreaks.moc"
