#include "FigureCommand.h"

#include <CLI/CLI.hpp>
#include <QApplication>
#include <QSet>
#include <map>
#include <memory>
#include <sstream>

#include "ChoroplethController.h"
#include "ChoroplethLayer.h"
#include "FigureExport.h"
#include "MapFigure.h"
#include "MapGeometry.h"
#include "Output.h"
#include "PanelPeriods.h"
#include "SelectionModel.h"
#include "TimelineView.h"
#include "panel/PanelBuilder.h"
#include "store/ProjectStore.h"

namespace aitocracy::cli {
namespace {

using namespace aitocracy::core;
using aitocracy::gui::FigureSpec;

struct FigureOptions {
    std::string project, view = "map", variable = "unrest", period, prefectures, size = "double", out, title;
    std::string scheme = "quantile", palette = "YlOrRd";
    int classes = 5;
    double dpi = 300;
    bool mean = false, grayscale = false;
};

// The kind of a period label: 2016 → year, 2016Q1 → quarter, 2016-W09 → week, 2016-03 →
// month, 2016-03-05 → day.
std::optional<PeriodKind> kindOfLabel(const std::string& label)
{
    if (label.size() == 4) return PeriodKind::Year;
    if (label.size() == 6 && label[4] == 'Q') return PeriodKind::Quarter;
    if (label.size() == 8 && label.substr(4, 2) == "-W") return PeriodKind::Week;
    if (label.size() == 7 && label[4] == '-') return PeriodKind::Month;
    if (label.size() == 10 && label[4] == '-' && label[7] == '-') return PeriodKind::Day;
    return std::nullopt;
}

std::vector<std::string> splitCodes(const std::string& text)
{
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string code; std::getline(in, code, ',');)
        if (!code.empty()) out.push_back(code);
    return out;
}

Result<std::size_t> periodIndex(const Panel& panel, const std::string& label)
{
    for (std::size_t t = 0; t < panel.periodCount(); ++t)
        if (panel.periodLabels[t] == label) return t;
    return fail("usage", "--period: no period " + label + " in the panel (" + panel.periodLabels.front() + " … " +
                             panel.periodLabels.back() + ")");
}

int run(const FigureOptions& o)
{
    // Figures are drawn without a screen, the same on every machine.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "aitocracy-cli";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);

    const auto size = gui::figureSizeFromName(QString::fromStdString(o.size));
    if (!size) return printError("--size: expected single, double or slide, got " + o.size);
    const std::string first = o.period.substr(0, o.period.find(':'));
    const std::string last = o.period.find(':') == std::string::npos ? first : o.period.substr(o.period.find(':') + 1);
    const auto kind = kindOfLabel(first);
    if (!kind || kindOfLabel(last) != kind)
        return printError(
            "--period: expected a period or a range such as 2016Q1 or 2016Q1:2016Q4 (or 2016, 2016-03, 2016-W09, "
            "2016-03-05), got " +
            o.period);
    auto store = ProjectStore::open(o.project);
    if (!store) return printError(store.error().describe());
    auto units = store->loadUnits();
    if (!units) return printError(units.error().describe());
    PanelOptions panelOptions;
    panelOptions.period = *kind;
    auto built = buildPanel(*store, panelOptions);
    if (!built) return printError(built.error().describe());
    auto panel = std::make_shared<const Panel>(std::move(*built));
    auto from = periodIndex(*panel, first);
    auto to = periodIndex(*panel, last);
    if (!from || !to) return printError((from ? to : from).error().describe());
    if (!panel->column(o.variable)) return printError("--var: the panel has no column " + o.variable);

    FigureSpec spec;
    spec.size = *size;
    spec.dpi = o.dpi;
    spec.grayscale = o.grayscale;
    const auto& info = store->info();
    const bool simulated = info && info->simulated;
    spec.attribution =
        QString::fromStdString((simulated ? "Simulated data · " : "") + units->attribution + " · Aitocracy Explorer");
    QString error;
    if (o.view == "map") {
        gui::ChoroplethSpec c;
        c.column = o.variable;
        c.firstPeriod = *from;
        c.lastPeriod = *to;
        c.aggregation = o.mean ? gui::PeriodAggregation::Mean : gui::PeriodAggregation::Sum;
        const std::map<std::string, ClassScheme> schemes{{"quantile", ClassScheme::Quantile},
                                                         {"equal", ClassScheme::EqualInterval},
                                                         {"jenks", ClassScheme::NaturalBreaks},
                                                         {"stddev", ClassScheme::StdDev},
                                                         {"box", ClassScheme::BoxMap}};
        if (!schemes.contains(o.scheme))
            return printError("--scheme: expected quantile, equal, jenks, stddev or box, got " + o.scheme);
        c.scheme = schemes.at(o.scheme);
        c.classes = o.classes;
        c.palette = o.palette;
        auto classified = gui::ChoroplethLayer::classify(*panel, c);
        if (!classified) return printError(classified.error().toStdString());
        const gui::MapGeometry geometry(*units, AlbersProjection());
        gui::MapFigureContent content;
        content.geometry = &geometry;
        content.fills = gui::ChoroplethLayer::unitFills(*classified, gui::ChoroplethLayer::matchUnits(*panel, geometry),
                                                        geometry.unitCount());
        content.legendTitle = gui::ChoroplethController::titleFor(*panel, c);
        content.legend = gui::ChoroplethController::legendFor(*classified, content.fills);
        spec.title = o.title.empty() ? content.legendTitle : QString::fromStdString(o.title);
        error = gui::exportFigure([&](QPainter& p, const QRectF& area,
                                      const gui::FigureStyle& style) { gui::paintMapFigure(p, area, style, content); },
                                  spec, QString::fromStdString(o.out));
    } else if (o.view == "timeline") {
        gui::SelectionModel selection;
        QSet<QString> codes;
        for (const auto& code : splitCodes(o.prefectures)) {
            if (!units->find(code)) return printError("--prefectures: no unit " + code + " in the project");
            codes.insert(QString::fromStdString(code));
        }
        selection.setSelectedCodes(codes);
        gui::TimelineView timeline;
        timeline.setSelectionModel(&selection);
        timeline.setUnits(std::make_shared<const UnitSet>(*units));
        timeline.setPanel(panel);
        gui::TimelineOptions options = timeline.options();
        options.countColumns = {QString::fromStdString(o.variable)};
        options.scope = codes.isEmpty() ? gui::TimelineScope::AllChina : gui::TimelineScope::SelectedSummed;
        timeline.setOptions(options);
        // The figure's periods are the selection's time range, shaded on the chart.
        const QDate epoch(1970, 1, 1);
        selection.setTimeRange(epoch.addDays(gui::periodFirstDay(*panel, *from)),
                               epoch.addDays(gui::periodLastDay(*panel, *to)));
        timeline.resize(1200, 500);
        spec.title = o.title.empty() ? timeline.title() : QString::fromStdString(o.title);
        error = gui::exportFigure([&](QPainter& p, const QRectF& area,
                                      const gui::FigureStyle& style) { timeline.paintFigure(p, area, style); },
                                  spec, QString::fromStdString(o.out));
    } else {
        return printError("--view: expected map or timeline, got " + o.view);
    }
    if (!error.isEmpty()) return printError(error.toStdString());
    std::cout << "wrote " << o.out << '\n';
    return 0;
}

}  // namespace

void addFigureCommand(CLI::App& app, int& exitCode)
{
    auto o = std::make_shared<FigureOptions>();
    auto* f = app.add_subcommand("figure", "Draw the map or the timeline of a project's panel as PNG, SVG or PDF");
    f->add_option("--project", o->project, "project file")->required();
    f->add_option("--view", o->view, "map or timeline")->capture_default_str();
    f->add_option("--var", o->variable, "panel column, e.g. unrest, contracts_ai_public_security, log_ai_stock")
        ->capture_default_str();
    f->add_option("--period", o->period, "a period or a range: 2016Q1, 2016Q1:2016Q4, 2016, 2016-03 …")->required();
    f->add_option("--prefectures", o->prefectures, "timeline: unit codes to sum (comma separated; default all China)");
    f->add_option("--size", o->size, "single (3.5 in), double (7 in) or slide (16:9)")->capture_default_str();
    f->add_option("--scheme", o->scheme, "map classes: quantile, equal, jenks, stddev or box")->capture_default_str();
    f->add_option("--classes", o->classes, "map: number of classes")->capture_default_str();
    f->add_option("--palette", o->palette, "map: ColorBrewer name, viridis or cividis")->capture_default_str();
    f->add_flag("--mean", o->mean, "map: mean over the periods instead of the sum");
    f->add_flag("--grayscale", o->grayscale, "grayscale figure");
    f->add_option("--dpi", o->dpi, "PNG resolution")->capture_default_str();
    f->add_option("--title", o->title, "title (default: the variable and periods)");
    f->add_option("--out", o->out, "FILE.png, FILE.svg or FILE.pdf")->required();
    f->callback([o, &exitCode] { exitCode = run(*o); });
}

}  // namespace aitocracy::cli
