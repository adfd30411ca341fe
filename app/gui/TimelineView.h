#pragma once
// Timelines of a panel's unrest events and contracts by class (and amounts) over the
// periods, for all of China or the selected prefectures (summed, or one small chart
// each). Dragging across a chart selects a time range in the shared SelectionModel; the
// selection's time range is shaded on every chart, wherever it was set.
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <vector>

#include "FigureExport.h"
#include "TimelineChart.h"
#include "TimelineOptions.h"
#include "geo/Unit.h"
#include "panel/Panel.h"

class QGridLayout;
class QLabel;

namespace aitocracy::gui {

class SelectionModel;
class TimelineChart;
class TimelineChartView;
class TimelineOptionsBar;

class TimelineView : public QWidget {
    Q_OBJECT
public:
    // More selected prefectures than this are not drawn as small multiples (a note says so).
    static constexpr int kMaxSmallMultiples = 12;

    explicit TimelineView(QWidget* parent = nullptr);

    void setSelectionModel(SelectionModel* selection);
    void setPanel(std::shared_ptr<const core::Panel> panel);
    // Names of the prefectures (titles of the small charts); may be null (codes shown).
    void setUnits(std::shared_ptr<const core::UnitSet> units);

    [[nodiscard]] TimelineOptions options() const;
    void setOptions(const TimelineOptions& options);

    // The charts now shown: one when summed, one per prefecture as small multiples.
    [[nodiscard]] const QList<TimelineChartView*>& chartViews() const { return views_; }
    // What the view says about the choice (e.g. "no prefecture selected"); empty: nothing.
    [[nodiscard]] QString note() const;
    // The legend above the charts (rich text), shared by all of them.
    [[nodiscard]] QString legendText() const;

    // A title for a figure of the charts: the one chart's title, or how many are shown.
    [[nodiscard]] QString title() const;
    // Paints the legend and the charts into `area` of a figure (FigureExport): each chart
    // is laid out again at the figure's size, so its text keeps the figure's point size.
    void paintFigure(QPainter& painter, const QRectF& area, const FigureStyle& style) const;

    // Snaps two times to the periods whose starts are nearest and sets the selection's
    // time range from the first day of the earlier period to the last day of the later.
    void brushBetween(const QDateTime& a, const QDateTime& b);

private:
    void rebuild();
    void updateShade();
    [[nodiscard]] std::vector<std::size_t> selectedUnitIndices() const;
    [[nodiscard]] std::vector<TimelineLine> linesFor(const std::vector<std::size_t>& units) const;
    [[nodiscard]] QString unitTitle(std::size_t unit) const;
    void addChart(const QString& title, const std::vector<TimelineLine>& lines, bool compact, int row, int column);
    void clearCharts();
    static void layOut(TimelineChart& chart, QSizeF size);
    static void paintShade(QPainter& painter, const QRectF& target, const TimelineChart& chart,
                           const std::pair<QDateTime, QDateTime>& shade, bool grayscale);
    [[nodiscard]] static QString greyColours(QString html);

    QPointer<SelectionModel> selection_;
    std::shared_ptr<const core::Panel> panel_;
    std::shared_ptr<const core::UnitSet> units_;
    std::vector<QDateTime> x_;  // period starts
    QString dateFormat_;

    TimelineOptionsBar* bar_;
    QLabel* note_;
    QLabel* legend_;
    QGridLayout* grid_;
    QList<TimelineChartView*> views_;
};

}  // namespace aitocracy::gui
