// The choropleth: class colours inside the units, the no-data hatch, legend counts, the
// time slider recolouring, rubber-band selection, and the recolour time (printed, not
// asserted) on the synthetic map and, when built, on the 367 units of the built-in map
// coloured by a panel made by hand from the demonstration project's unrest events.
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <limits>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "../core/SqliteQuery.h"
#include "ChoroplethController.h"
#include "ChoroplethControls.h"
#include "Localization.h"
#include "MainWindow.h"
#include "MapLegend.h"
#include "MapStyle.h"
#include "MapView.h"
#include "SelectionModel.h"
#include "SyntheticUnits.h"
#include "TimeSlider.h"
#include "geo/BuiltinGeography.h"
#include "sim/DemoWorld.h"

using namespace aitocracy;
using namespace aitocracy::gui;

namespace {

constexpr double kNaN = core::Panel::kMissing;
const QColor kYlOrRd3Low(0xff, 0xed, 0xa0), kYlOrRd3Mid(0xfe, 0xb2, 0x4c), kYlOrRd3High(0xf0, 0x3b, 0x20);

bool near(QRgb pixel, const QColor& colour, int tolerance = 2)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance && std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
           std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

// Beijing, Tianjin, Zhangjiakou over three quarters; Zhangjiakou never has a value.
std::shared_ptr<const core::Panel> handPanel()
{
    auto panel = std::make_shared<core::Panel>();
    panel->unitCodes = {"110100", "120100", "130700"};
    panel->periodLabels = {"2016Q1", "2016Q2", "2016Q3"};
    panel->periodStarts = {"2016-01-01", "2016-04-01", "2016-07-01"};
    panel->columns.push_back({"unrest", "placed unrest events", {1, 10, 5, 5, 20, kNaN, kNaN, kNaN, kNaN}});
    return panel;
}

struct Fixture {
    SelectionModel selection;
    MapView view{&selection};
    MapLegend legend;
    ChoroplethController controller{&view, &legend};

    explicit Fixture(std::shared_ptr<const core::UnitSet> units, QSize size = {600, 400})
    {
        view.resize(size);
        view.show();
        QSignalSpy ready(&view, &MapView::hitTestReady);
        view.setUnits(std::move(units));
        if (!view.isHitTestReady()) ready.wait(20000);
        (void)QTest::qWaitForWindowExposed(&view);
    }
    QRgb pixelAt(double lon, double lat)
    {
        const QImage image = view.grab().toImage();
        return image.pixel(view.widgetPosOf({lon, lat}) * image.devicePixelRatio());
    }
};

ChoroplethSpec equalThirds(std::size_t period)
{
    ChoroplethSpec spec;
    spec.column = "unrest";
    spec.firstPeriod = spec.lastPeriod = period;
    spec.scheme = core::ClassScheme::EqualInterval;
    spec.classes = 3;
    spec.palette = "YlOrRd";
    return spec;
}

// Quarterly counts of placed, non-duplicate unrest events per unit, read straight from the
// demonstration project (a stand-in for the panel builder, which lives in another branch).
std::shared_ptr<const core::Panel> demoUnrestPanel(const core::UnitSet& units)
{
    const std::string path = core::sim::defaultDemoProjectPath();
    if (!QFile::exists(QString::fromStdString(path))) return nullptr;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    std::map<std::string, std::map<std::string, double>> counts;  // quarter → unit → events
    test::query(db,
                "SELECT substr(event_date, 1, 4) || 'Q' || ((CAST(substr(event_date, 6, 2) AS INTEGER) + 2) / 3), "
                "unit_code, count(*) FROM unrest_events WHERE unit_code IS NOT NULL AND duplicate_of IS NULL "
                "GROUP BY 1, 2",
                [&](const std::vector<std::string>& row) { counts[row[0]][row[1]] = std::stod(row[2]); });
    sqlite3_close(db);
    if (counts.empty()) return nullptr;
    auto panel = std::make_shared<core::Panel>();
    for (const core::Unit& u : units.units) panel->unitCodes.push_back(u.code);
    for (const auto& [quarter, byUnit] : counts) panel->periodLabels.push_back(quarter);
    for (const std::string& label : panel->periodLabels) {  // "2016Q3" starts on 2016-07-01
        const int month = 3 * (label[5] - '0') - 2;
        panel->periodStarts.push_back(label.substr(0, 4) + (month < 10 ? "-0" : "-") + std::to_string(month) + "-01");
    }
    core::PanelColumn unrest{"unrest", "placed unrest events (demo)", {}};
    for (const std::string& code : panel->unitCodes)
        for (const auto& [quarter, byUnit] : counts) {
            const auto it = byUnit.find(code);
            unrest.values.push_back(it == byUnit.end() ? 0.0 : it->second);
        }
    panel->columns.push_back(std::move(unrest));
    return panel;
}

}  // namespace

class TestChoropleth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unitIsFilledWithItsClassColour();
    void noDataIsHatched();
    void legendListsClassesAndCounts();
    void steppingTheSliderRecolours();
    void controlsDisabledWithoutPanel();
    void variableSurvivesARebuildAndSkipsEmptyColumns();
    void rubberBandSelectsUnitsInside();
    void selectionIsOutlinedOnAColouredMap();
    void recolourTimeOnTheSyntheticMap();
    void recolourTimeOnTheBuiltinMap();

private:
    std::shared_ptr<const core::UnitSet> builtin_;
};

void TestChoropleth::initTestCase()
{
    Localization::pinFonts(QStringLiteral("en"));
    if (QFile::exists(QString::fromStdString(core::builtinGeoPackagePath()))) {
        auto units = core::loadBuiltinGeography();
        QVERIFY2(units.has_value(), units ? "" : units.error().describe().c_str());
        builtin_ = std::make_shared<const core::UnitSet>(std::move(*units));
    }
}

void TestChoropleth::unitIsFilledWithItsClassColour()
{
    Fixture f(test::threeSquares());
    f.controller.setPanel(handPanel());
    f.controller.setSpec(equalThirds(0));  // Beijing 1, Tianjin 5: classes [1, 2.33], …, (3.67, 5]
    QVERIFY(near(f.pixelAt(115.5, 39.5), kYlOrRd3Low));
    QVERIFY(near(f.pixelAt(116.5, 39.5), kYlOrRd3High));
}

void TestChoropleth::noDataIsHatched()
{
    Fixture f(test::threeSquares());
    f.controller.setPanel(handPanel());
    f.controller.setSpec(equalThirds(0));
    const QImage image = f.view.grab().toImage();
    const QPoint centre = f.view.widgetPosOf({115.5, 40.5}) * image.devicePixelRatio();
    int pale = 0, hatch = 0;
    for (int dy = -10; dy <= 10; ++dy)
        for (int dx = -10; dx <= 10; ++dx) {
            const QRgb p = image.pixel(centre + QPoint(dx, dy));
            if (near(p, MapStyle::noDataFill())) ++pale;
            if (near(p, MapStyle::noDataHatch(), 30)) ++hatch;
        }
    QVERIFY2(pale > 150 && hatch > 20, qPrintable(QStringLiteral("pale %1 hatch %2").arg(pale).arg(hatch)));
}

void TestChoropleth::legendListsClassesAndCounts()
{
    Fixture f(test::threeSquares());
    f.controller.setPanel(handPanel());
    f.controller.setSpec(equalThirds(0));
    const std::vector<LegendEntry>& e = f.legend.entries();
    QCOMPARE(e.size(), std::size_t(4));  // three classes and "no data"
    QCOMPARE(e[0].count, std::size_t(1));
    QCOMPARE(e[1].count, std::size_t(0));
    QCOMPARE(e[2].count, std::size_t(1));
    QCOMPARE(e[3].count, std::size_t(1));  // Zhangjiakou
    QVERIFY(!e[3].colour.isValid());
    QCOMPARE(e[0].colour, kYlOrRd3Low);
    QCOMPARE(e[0].label, QStringLiteral("1 – 2.33"));
    QCOMPARE(e[2].label, QStringLiteral("3.67 – 5"));
    QVERIFY(f.legend.title().contains(QStringLiteral("unrest")));
    QVERIFY(f.legend.title().contains(QStringLiteral("2016Q1")));
    QVERIFY(f.legend.sizeHint().height() >= 4 * f.legend.fontMetrics().height());
}

void TestChoropleth::steppingTheSliderRecolours()
{
    Fixture f(test::threeSquares());
    ChoroplethControls controls;
    QObject::connect(&controls, &ChoroplethControls::specChanged, &f.controller, &ChoroplethController::setSpec);
    f.controller.setPanel(handPanel());
    controls.setPanel(handPanel());
    QVERIFY(controls.isEnabled());
    controls.schemeBox()->setCurrentIndex(controls.schemeBox()->findData(int(core::ClassScheme::EqualInterval)));
    controls.classesBox()->setValue(3);
    controls.paletteBox()->setCurrentIndex(controls.paletteBox()->findData(QStringLiteral("YlOrRd")));
    controls.timeSlider()->setRange(1, 1);  // Beijing 10, Tianjin 20
    QVERIFY(near(f.pixelAt(115.5, 39.5), kYlOrRd3Low));
    QVERIFY(near(f.pixelAt(116.5, 39.5), kYlOrRd3High));
    QVERIFY(controls.timeSlider()->step());  // 2016Q3: Beijing 5 alone, one class; Tianjin no data
    QCOMPARE(controls.timeSlider()->first(), 2);
    QVERIFY(near(f.pixelAt(115.5, 39.5), kYlOrRd3Mid));
    QVERIFY(!f.view.unitFills()[1].isValid());
    QVERIFY(f.legend.title().contains(QStringLiteral("2016Q3")));
    QVERIFY(!controls.timeSlider()->step());  // the last period

    controls.timeSlider()->setRange(0, 2);  // sum over all three quarters: 16 and 25
    controls.aggregationBox()->setCurrentIndex(0);
    QCOMPARE(f.legend.entries().front().label, QStringLiteral("16 – 19"));
    QVERIFY(f.legend.title().contains(QStringLiteral("2016Q1 – 2016Q3")));
}

void TestChoropleth::controlsDisabledWithoutPanel()
{
    ChoroplethControls controls;
    QVERIFY(!controls.isEnabled());
    QVERIFY(!controls.toolTip().isEmpty());
    controls.setPanel(handPanel());
    QVERIFY(controls.isEnabled());
    QCOMPARE(controls.variableBox()->currentText(), QStringLiteral("unrest"));
    controls.setPanel(nullptr);
    QVERIFY(!controls.isEnabled());
}

void TestChoropleth::variableSurvivesARebuildAndSkipsEmptyColumns()
{
    // unrest without any value (a project holding only contracts), then contracts.
    auto panel = std::make_shared<core::Panel>(*handPanel());
    const std::size_t cells = panel->columns.front().values.size();
    panel->columns.front().values.assign(cells, std::numeric_limits<double>::quiet_NaN());
    panel->columns.push_back({"contracts_other", "contracts", std::vector<double>(cells, 1.0)});
    panel->columns.push_back({"amount_other", "amounts", std::vector<double>(cells, 2.0)});
    ChoroplethControls controls;
    controls.setPanel(panel);
    QCOMPARE(controls.variableBox()->currentText(), QStringLiteral("contracts_other"));
    // The user's choice outlives a rebuild (another period, new data).
    controls.variableBox()->setCurrentIndex(controls.variableBox()->findData(QStringLiteral("amount_other")));
    controls.setPanel(std::make_shared<core::Panel>(*panel));
    QCOMPARE(controls.variableBox()->currentText(), QStringLiteral("amount_other"));
}

void TestChoropleth::rubberBandSelectsUnitsInside()
{
    Fixture f(test::threeSquares());
    const QPoint from = f.view.widgetPosOf({114.8, 39.9}), to = f.view.widgetPosOf({117.2, 38.8});
    QTest::mousePress(&f.view, Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(&f.view, (from + to) / 2);
    QTest::mouseMove(&f.view, to);
    QTest::mouseRelease(&f.view, Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(f.selection.selectedCodes(), (QSet<QString>{QStringLiteral("110100"), QStringLiteral("120100")}));
    // Ctrl-shift adds: a band around Zhangjiakou's centre.
    const QPoint a = f.view.widgetPosOf({115.2, 40.8}), b = f.view.widgetPosOf({115.8, 40.2});
    QTest::mousePress(&f.view, Qt::LeftButton, Qt::ShiftModifier | Qt::ControlModifier, a);
    QTest::mouseMove(&f.view, b);
    QTest::mouseRelease(&f.view, Qt::LeftButton, Qt::ShiftModifier | Qt::ControlModifier, b);
    QCOMPARE(f.selection.selectedCodes().size(), 3);
    // A plain band replaces the selection.
    QTest::mousePress(&f.view, Qt::LeftButton, Qt::ShiftModifier, a);
    QTest::mouseMove(&f.view, b);
    QTest::mouseRelease(&f.view, Qt::LeftButton, Qt::ShiftModifier, b);
    QCOMPARE(f.selection.selectedCodes(), QSet<QString>{QStringLiteral("130700")});
}

void TestChoropleth::selectionIsOutlinedOnAColouredMap()
{
    Fixture f(test::threeSquares());
    f.controller.setPanel(handPanel());
    f.controller.setSpec(equalThirds(0));
    f.selection.selectOnly(QStringLiteral("120100"));
    QVERIFY(near(f.pixelAt(116.5, 39.5), kYlOrRd3High));  // the class colour stays inside
}

void TestChoropleth::recolourTimeOnTheSyntheticMap()
{
    Fixture f(test::threeSquares(), {1200, 800});
    f.controller.setPanel(handPanel());
    f.view.repaint();
    for (std::size_t t : {0, 1, 2}) {
        f.controller.setSpec(equalThirds(t));
        f.view.repaint();
    }
    qInfo("recolour + repaint, 3 synthetic units at 1200x800: %.2f ms", f.view.lastRecolourMs());
    QVERIFY(f.view.lastRecolourMs() > 0);
}

void TestChoropleth::recolourTimeOnTheBuiltinMap()
{
    if (!builtin_) QSKIP("built-in geography not built");
    auto panel = demoUnrestPanel(*builtin_);
    if (!panel) QSKIP("demonstration project not built");
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QSignalSpy ready(window.mapView(), &MapView::hitTestReady);
    window.setUnits(builtin_);
    if (!window.mapView()->isHitTestReady()) ready.wait(20000);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPanel(panel);
    QVERIFY(window.choroplethControls()->isEnabled());
    MapView* map = window.mapView();
    std::vector<double> times;
    TimeSlider* slider = window.choroplethControls()->timeSlider();
    slider->setRange(0, 0);
    do {
        map->repaint();
        times.push_back(map->lastRecolourMs());
    } while (slider->step());
    std::ranges::sort(times);
    qInfo(
        "recolour + repaint of %zu units over %zu periods at %dx%d: median %.2f ms, max %.2f ms (base render %.1f ms)",
        builtin_->units.size(), times.size(), map->width(), map->height(), times[times.size() / 2], times.back(),
        map->lastBaseRenderMs());
    std::size_t coloured = 0;
    for (const QColor& c : map->unitFills()) coloured += c.isValid();
    QVERIFY(coloured > builtin_->units.size() / 2);
    const QString png = qEnvironmentVariable("AITOCRACY_CHOROPLETH_PNG");
    if (!png.isEmpty()) {
        QApplication::processEvents();  // let the dock lay out the filled legend
        window.grab().save(png);
    }
}

QTEST_MAIN(TestChoropleth)
#include "tst_choropleth.moc"
