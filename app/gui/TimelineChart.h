#pragma once
// One timeline chart: lines over period start dates, counts on the left axis and yuan
// amounts on a right axis when both are shown (amounts alone use the left one), linear
// or log. Fills itself from already computed values (PanelAggregates); it does no
// arithmetic on the panel.
#include <QChart>
#include <QDateTime>
#include <vector>

class QAbstractAxis;
class QDateTimeAxis;

namespace aitocracy::gui {

struct TimelineLine {
    QString column;              // panel column, for the style and the legend
    std::vector<double> values;  // one per period; NaN: no point (a gap in the line)
};

class TimelineChart : public QChart {
    Q_OBJECT
public:
    // Amounts are drawn in millions of yuan, so the axis labels stay short.
    static constexpr double kAmountScale = 1e6;

    explicit TimelineChart(QGraphicsItem* parent = nullptr);

    // `x`: the period starts; every line has x.size() values. `dateFormat`: axis labels.
    void setLines(const std::vector<QDateTime>& x, const std::vector<TimelineLine>& lines, bool logScale,
                  const QString& dateFormat);
    // Small charts: no axis titles, a smaller title.
    void setCompact(bool compact);

    [[nodiscard]] QDateTimeAxis* dateAxis() const { return dateAxis_; }
    [[nodiscard]] QAbstractAxis* countAxis() const { return countAxis_; }    // null when no count is shown
    [[nodiscard]] QAbstractAxis* amountAxis() const { return amountAxis_; }  // null when no amount is shown
    // The plotted (x, y) points of one column's line, gaps left out (for tests).
    [[nodiscard]] QList<QPointF> pointsOf(const QString& column) const;
    // Sets as many date ticks as fit the plot width without the labels overlapping.
    void fitDateTicks();

private:
    void clearAll();
    QAbstractAxis* makeValueAxis(const std::vector<TimelineLine>& lines, bool amounts, bool logScale);
    void addLine(const std::vector<QDateTime>& x, const TimelineLine& line, bool logScale, QAbstractAxis* yAxis);

    QDateTimeAxis* dateAxis_ = nullptr;
    QAbstractAxis* countAxis_ = nullptr;
    QAbstractAxis* amountAxis_ = nullptr;
    bool compact_ = false;
};

}  // namespace aitocracy::gui
