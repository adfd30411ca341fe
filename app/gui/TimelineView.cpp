#include "TimelineView.h"

#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QXYSeries>
#include <algorithm>
#include <cmath>

#include "PanelAggregates.h"
#include "PanelColumnStyle.h"
#include "PanelPeriods.h"
#include "SelectionModel.h"
#include "TimelineChart.h"
#include "TimelineChartView.h"
#include "TimelineOptionsBar.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();

QDate dateOfDay(std::int64_t day)
{
    return QDate::fromJulianDay(day + kEpochJulianDay);
}

QString dateFormatFor(core::PeriodKind kind)
{
    switch (kind) {
        case core::PeriodKind::Day:
            return u"yyyy-MM-dd"_s;
        case core::PeriodKind::Year:
            return u"yyyy"_s;
        default:
            return u"yyyy-MM"_s;
    }
}

// One legend above the charts rather than Qt's in each: the small charts have no room for
// one, and Qt's single-row legend cuts long names short where this one wraps.
QString legendHtml(const std::vector<TimelineLine>& lines)
{
    QStringList items;
    for (const TimelineLine& line : lines) {
        const bool amount = PanelColumnStyle::isAmount(line.column);
        items << u"<span style=\"white-space:nowrap\"><span style=\"color:"_s %
                     PanelColumnStyle::colour(line.column).name() % u"\"><b>"_s % (amount ? u"╍╍"_s : u"━━"_s) %
                     u"</b></span>&nbsp;"_s % PanelColumnStyle::label(line.column).toHtmlEscaped() %
                     (amount ? TimelineView::tr(" (million yuan, right axis)") : QString()) % u"</span>"_s;
    }
    return items.join(u"&nbsp;&nbsp;&nbsp; "_s);
}

}  // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent),
      bar_(new TimelineOptionsBar(this)),
      note_(new QLabel(this)),
      legend_(new QLabel(this)),
      grid_(nullptr)
{
    legend_->setWordWrap(true);
    legend_->setTextFormat(Qt::RichText);
    legend_->setContentsMargins(6, 0, 6, 0);
    note_->setWordWrap(true);
    note_->setContentsMargins(6, 0, 6, 0);
    note_->hide();

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* charts = new QWidget(scroll);
    grid_ = new QGridLayout(charts);
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setSpacing(2);
    scroll->setWidget(charts);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(bar_);
    layout->addWidget(note_);
    layout->addWidget(legend_);
    layout->addWidget(scroll, 1);

    connect(bar_, &TimelineOptionsBar::optionsChanged, this, &TimelineView::rebuild);
    connect(bar_, &TimelineOptionsBar::clearTimeRangeRequested, this, [this] {
        if (selection_) selection_->setTimeRange({}, {});
    });
}

void TimelineView::setSelectionModel(SelectionModel* selection)
{
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) {
        connect(selection_, &SelectionModel::selectionChanged, this, [this] {
            if (options().scope != TimelineScope::AllChina) rebuild();
        });
        connect(selection_, &SelectionModel::timeRangeChanged, this, &TimelineView::updateShade);
    }
    rebuild();
}

void TimelineView::setPanel(std::shared_ptr<const core::Panel> panel)
{
    panel_ = std::move(panel);
    x_.clear();
    QStringList columns;
    if (panel_) {
        for (std::size_t t = 0; t < panel_->periodCount(); ++t)
            x_.emplace_back(dateOfDay(periodFirstDay(*panel_, t)), QTime(0, 0));
        dateFormat_ = dateFormatFor(panel_->period);
        for (const core::PanelColumn& c : panel_->columns) {
            const QString name = QString::fromStdString(c.name);
            if (PanelColumnStyle::isCountSeries(name)) columns << name;
        }
    }
    bar_->setAvailableColumns(columns, {u"unrest"_s, u"contracts_ai_public_security"_s});
    rebuild();
}

void TimelineView::setUnits(std::shared_ptr<const core::UnitSet> units)
{
    units_ = std::move(units);
    rebuild();
}

TimelineOptions TimelineView::options() const
{
    return bar_->options();
}

void TimelineView::setOptions(const TimelineOptions& options)
{
    bar_->setOptions(options);
    rebuild();
}

QString TimelineView::note() const
{
    return note_->isVisible() ? note_->text() : QString();
}

QString TimelineView::legendText() const
{
    return legend_->text();
}

QString TimelineView::title() const
{
    if (views_.size() == 1) return views_.front()->chart()->title();
    return tr("Timelines of %1 prefectures").arg(views_.size());
}

void TimelineView::paintFigure(QPainter& painter, const QRectF& area, const FigureStyle& style) const
{
    QTextDocument legend;
    legend.setDefaultFont(painter.font());
    legend.setHtml(style.grayscale ? greyColours(legend_->text()) : legend_->text());
    legend.setTextWidth(area.width());
    painter.save();
    painter.translate(area.topLeft());
    legend.drawContents(&painter);
    painter.restore();
    const QRectF charts = area.adjusted(0, legend.size().height(), 0, 0);
    int rows = 1, columns = 1;
    for (TimelineChartView* view : views_) {
        int r = 0, c = 0, rs = 0, cs = 0;
        grid_->getItemPosition(grid_->indexOf(view), &r, &c, &rs, &cs);
        rows = std::max(rows, r + 1);
        columns = std::max(columns, c + 1);
    }
    const QSizeF cell(charts.width() / columns, charts.height() / rows);
    // Charts lay themselves out in screen pixels (96 to the inch); the figure has
    // 72 * unitsPerPoint units to the inch.
    const double pixelsPerUnit = 96.0 / (72.0 * style.unitsPerPoint);
    for (TimelineChartView* view : views_) {
        int r = 0, c = 0, rs = 0, cs = 0;
        grid_->getItemPosition(grid_->indexOf(view), &r, &c, &rs, &cs);
        auto* chart = static_cast<TimelineChart*>(view->chart());
        const QSizeF onScreen = chart->size();
        layOut(*chart, cell * pixelsPerUnit);
        const QRectF target(charts.left() + c * cell.width(), charts.top() + r * cell.height(), cell.width(),
                            cell.height());
        // Grayscale: each line in its colour's grey for the figure only (dashes still tell
        // amounts from counts), then its colour back.
        QList<QPair<QXYSeries*, QPen>> pens;
        if (style.grayscale)
            for (QAbstractSeries* series : chart->series())
                if (auto* xy = qobject_cast<QXYSeries*>(series)) {
                    pens.append({xy, xy->pen()});
                    QPen grey = xy->pen();
                    const int g = qGray(grey.color().rgb());
                    grey.setColor(QColor(g, g, g));
                    xy->setPen(grey);
                }
        chart->scene()->render(&painter, target, chart->mapRectToScene(chart->rect()));
        for (const auto& [series, pen] : pens) series->setPen(pen);
        paintShade(painter, target, *chart, view->shade(), style.grayscale);
        layOut(*chart, onScreen);  // back before the event loop repaints the view
    }
}

// The legend's "#rrggbb" colours as greys of the same lightness.
QString TimelineView::greyColours(QString html)
{
    static const QRegularExpression hex(u"#([0-9a-fA-F]{6})"_s);
    for (auto m = hex.match(html); m.hasMatch(); m = hex.match(html, m.capturedStart() + 7)) {
        const int g = qGray(QColor(m.captured()).rgb());
        html.replace(m.capturedStart(), 7, QColor(g, g, g).name());
    }
    return html;
}

void TimelineView::layOut(TimelineChart& chart, QSizeF size)
{
    chart.resize(size);
    if (QGraphicsLayout* layout = chart.layout()) layout->activate();
    chart.fitDateTicks();
}

// The view paints its shading over the chart (drawForeground), which a render of the
// scene leaves out: the figure draws it again, in the chart's place within `target`.
void TimelineView::paintShade(QPainter& painter, const QRectF& target, const TimelineChart& chart,
                              const std::pair<QDateTime, QDateTime>& shade, bool grayscale)
{
    const QDateTimeAxis* axis = chart.dateAxis();
    if (!axis || (!shade.first.isValid() && !shade.second.isValid())) return;
    const QRectF plot = chart.plotArea();
    const double min = static_cast<double>(axis->min().toMSecsSinceEpoch()),
                 max = static_cast<double>(axis->max().toMSecsSinceEpoch());
    if (max <= min) return;
    auto xOf = [&](const QDateTime& t, double open) {
        return t.isValid() ? std::clamp(plot.left() + (static_cast<double>(t.toMSecsSinceEpoch()) - min) / (max - min) *
                                                          plot.width(),
                                        plot.left(), plot.right())
                           : open;
    };
    const double left = xOf(shade.first, plot.left()), right = xOf(shade.second, plot.right());
    if (right <= left) return;
    const double sx = target.width() / chart.size().width(), sy = target.height() / chart.size().height();
    const QRectF band(target.left() + left * sx, target.top() + plot.top() * sy, (right - left) * sx,
                      plot.height() * sy);
    auto tone = [grayscale](QColor c) {
        if (grayscale) c.setRgb(qGray(c.rgb()), qGray(c.rgb()), qGray(c.rgb()), c.alpha());
        return c;
    };
    painter.fillRect(band, tone(TimelineChartView::shadeFill()));
    painter.setPen(QPen(tone(TimelineChartView::shadeEdge()), 0));
    painter.drawLine(band.topLeft(), band.bottomLeft());
    painter.drawLine(band.topRight(), band.bottomRight());
}

std::vector<std::size_t> TimelineView::selectedUnitIndices() const
{
    std::vector<std::size_t> indices;
    if (!panel_ || !selection_) return indices;
    for (std::size_t u = 0; u < panel_->unitCount(); ++u)
        if (selection_->isSelected(QString::fromStdString(panel_->unitCodes[u]))) indices.push_back(u);
    return indices;
}

std::vector<TimelineLine> TimelineView::linesFor(const std::vector<std::size_t>& units) const
{
    const TimelineOptions o = options();
    QStringList columns = o.countColumns;
    if (o.showAmounts)
        for (const QString& c : o.countColumns)
            if (const QString amount = PanelColumnStyle::amountColumnFor(c); !amount.isEmpty()) columns << amount;

    std::vector<TimelineLine> lines;
    for (const QString& name : columns) {
        const core::PanelColumn* column = panel_->column(name.toStdString());
        if (!column) continue;
        lines.push_back({name, movingAverage(sumOverUnits(*panel_, *column, units), o.movingAverage)});
    }
    return lines;
}

QString TimelineView::unitTitle(std::size_t unit) const
{
    const std::string& code = panel_->unitCodes[unit];
    const core::Unit* u = units_ ? units_->find(code) : nullptr;
    if (!u) return QString::fromStdString(code);
    return QString::fromStdString(u->nameZh) % u' ' % QString::fromStdString(u->nameEn);
}

void TimelineView::clearCharts()
{
    for (int c = 0; c < grid_->columnCount(); ++c) grid_->setColumnStretch(c, 0);
    for (TimelineChartView* view : std::as_const(views_)) {
        grid_->removeWidget(view);
        delete view;
    }
    views_.clear();
}

void TimelineView::addChart(const QString& title, const std::vector<TimelineLine>& lines, bool compact, int row,
                            int column)
{
    auto* chart = new TimelineChart;
    chart->setCompact(compact);
    chart->setTitle(title);
    chart->setLines(x_, lines, options().logScale, dateFormat_);
    auto* view = new TimelineChartView(chart, grid_->parentWidget());
    view->setMinimumSize(compact ? QSize(240, 170) : QSize(0, 200));
    connect(view, &TimelineChartView::brushed, this, &TimelineView::brushBetween);
    connect(view, &TimelineChartView::brushCleared, this, [this] {
        if (selection_) selection_->setTimeRange({}, {});
    });
    grid_->addWidget(view, row, column);
    views_ << view;
}

void TimelineView::rebuild()
{
    clearCharts();
    QStringList notes;
    if (!panel_ || panel_->periodCount() == 0) {
        note_->setText(tr("No panel to draw: build the panel of the project first."));
        note_->show();
        legend_->clear();
        return;
    }
    const TimelineOptions o = options();
    const std::vector<std::size_t> selected = selectedUnitIndices();
    const bool wantsSelection = o.scope != TimelineScope::AllChina;
    if (wantsSelection && selected.empty()) notes << tr("No prefecture is selected: showing all of China.");
    const QString averaged = o.movingAverage > 1 ? tr(", %1-period moving average").arg(o.movingAverage) : QString();

    if (o.scope == TimelineScope::SelectedSmallMultiples && !selected.empty()) {
        const int n = std::min(static_cast<int>(selected.size()), kMaxSmallMultiples);
        if (static_cast<int>(selected.size()) > n)
            notes << tr("Showing the first %1 of %2 selected prefectures.").arg(n).arg(selected.size());
        const int columns = std::min(4, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n)))));
        for (int c = 0; c < columns; ++c) grid_->setColumnStretch(c, 1);  // equal widths, not size hints
        for (int i = 0; i < n; ++i) {
            const std::size_t u = selected[static_cast<std::size_t>(i)];
            addChart(unitTitle(u), linesFor({u}), true, i / columns, i % columns);
        }
    } else if (wantsSelection && !selected.empty()) {
        addChart(tr("Selected prefectures (%1), summed").arg(selected.size()) % averaged, linesFor(selected), false, 0,
                 0);
    } else {
        addChart(tr("All China") % averaged, linesFor({}), false, 0, 0);
    }
    note_->setText(notes.join(u' '));
    legend_->setText(legendHtml(linesFor({})));
    note_->setVisible(!notes.isEmpty());
    updateShade();
}

void TimelineView::updateShade()
{
    const QDate from = selection_ ? selection_->timeFrom() : QDate();
    const QDate to = selection_ ? selection_->timeTo() : QDate();
    const QDateTime shadeFrom = from.isValid() ? QDateTime(from, QTime(0, 0)) : QDateTime();
    const QDateTime shadeUntil = to.isValid() ? QDateTime(to.addDays(1), QTime(0, 0)) : QDateTime();
    for (TimelineChartView* view : std::as_const(views_)) view->setShade(shadeFrom, shadeUntil);
}

void TimelineView::brushBetween(const QDateTime& a, const QDateTime& b)
{
    if (!panel_ || panel_->periodCount() == 0 || !selection_) return;
    const auto day = [](const QDateTime& t) { return t.date().toJulianDay() - kEpochJulianDay; };
    std::size_t first = nearestPeriod(*panel_, day(a));
    std::size_t last = nearestPeriod(*panel_, day(b));
    if (last < first) std::swap(first, last);
    selection_->setTimeRange(dateOfDay(periodFirstDay(*panel_, first)), dateOfDay(periodLastDay(*panel_, last)));
}

}  // namespace aitocracy::gui
