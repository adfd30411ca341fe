#include "CoefficientFigure.h"

#include "PlotMarkers.h"
#include "PlotTicks.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

using namespace plot;

namespace {

// Sizes in points (multiplied by FigureStyle::unitsPerPoint).
constexpr double kMarkerRadius = 3.2;
constexpr double kTruthRadius = 3.0;
constexpr double kCapHalfWidth = 2.4;
constexpr double kWhiskerWidth = 1.2;
constexpr double kTick = 3;
constexpr double kPad = 4;
constexpr double kMaxSlotStep = 9;    // dodge: never further apart than this
constexpr double kLegendSample = 16;  // the marker-and-whisker sample before a legend entry
constexpr double kLegendSpacing = 14;

Shape shapeOf(int slot)
{
    static constexpr std::array<Shape, CoefficientFigure::kMaxSeries> shapes{
        Shape::Circle, Shape::Square, Shape::TriangleUp, Shape::TriangleDown, Shape::Plus};
    if (slot == CoefficientFigure::kTruthSlot) return Shape::Diamond;
    return slot >= 0 && slot < CoefficientFigure::kMaxSeries ? shapes[static_cast<std::size_t>(slot)] : Shape::Circle;
}

QFont smallerFont(const QFont& font)
{
    QFont small(font);
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.9);
    else if (font.pixelSize() > 0)
        small.setPixelSize(std::max(1, qRound(font.pixelSize() * 0.9)));
    return small;
}

QColor grey(int g)
{
    return {g, g, g};
}

}  // namespace

double CoefficientFigure::Geometry::xToPixel(double x) const
{
    return plot.left() + (x - xMin) / (xMax - xMin) * plot.width();
}

double CoefficientFigure::Geometry::yToPixel(double y) const
{
    return plot.bottom() - (y - yMin) / (yMax - yMin) * plot.height();
}

double CoefficientFigure::Geometry::dodge(int slot) const
{
    return (slot - (slots - 1) / 2.0) * slotStep;
}

void CoefficientFigure::setSeries(QVector<CoefficientSeries> series)
{
    if (series.size() > kMaxSeries) series.resize(kMaxSeries);
    series_ = std::move(series);
}

void CoefficientFigure::setTrueValues(QVector<TrueValue> values)
{
    std::sort(values.begin(), values.end(), [](const TrueValue& a, const TrueValue& b) { return a.x < b.x; });
    truth_ = std::move(values);
}

QString CoefficientFigure::shownMessage() const
{
    if (!message_.isEmpty()) return message_;
    const bool any =
        std::any_of(series_.begin(), series_.end(), [](const CoefficientSeries& s) { return !s.points.isEmpty(); });
    return any ? QString() : tr("No estimate yet");
}

QColor CoefficientFigure::colour(int slot, bool grayscale)
{
    // Okabe & Ito (2008), without yellow (too pale on white) and black (the true values).
    static constexpr std::array<QRgb, kMaxSeries> palette{0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00};
    QColor c = slot >= 0 && slot < kMaxSeries ? QColor::fromRgb(palette[static_cast<std::size_t>(slot)])
               : slot == kReferenceSlot       ? grey(60)
                                              : QColor(Qt::black);
    if (grayscale) c = grey(qGray(c.rgb()));
    return c;
}

QVector<double> CoefficientFigure::distinctX() const
{
    QVector<double> xs;
    for (const CoefficientSeries& s : series_) {
        for (const CoefficientPoint& p : s.points) xs << p.x;
        if (s.referenceX) xs << *s.referenceX;
    }
    for (const TrueValue& t : truth_) xs << t.x;
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    return xs;
}

CoefficientFigure::LegendEntries CoefficientFigure::legendEntries(bool referenceInLegend) const
{
    LegendEntries entries;
    const bool reference =
        referenceInLegend && std::any_of(series_.begin(), series_.end(),
                                         [](const CoefficientSeries& s) { return s.referenceX.has_value(); });
    // One series alone needs no legend.
    if (series_.size() < 2 && truth_.isEmpty() && !reference) return entries;
    for (int s = 0; s < series_.size(); ++s) entries.push_back({s, series_[s].name});
    if (!truth_.isEmpty()) entries.push_back({kTruthSlot, tr("True value (simulation)")});
    if (reference) entries.push_back({kReferenceSlot, tr("Reference period (= 0)")});
    return entries;
}

double CoefficientFigure::legendHeight(const LegendEntries& entries, const QFontMetricsF& fm, double width,
                                       double unitsPerPoint)
{
    Geometry g;
    g.unitsPerPoint = unitsPerPoint;
    placeLegend(g, entries, fm, 0, width, 0);
    return g.legend.isEmpty() ? 0 : g.legend.back().box.bottom();
}

void CoefficientFigure::placeLegend(Geometry& g, const LegendEntries& entries, const QFontMetricsF& fm, double left,
                                    double right, double top)
{
    const double u = g.unitsPerPoint;
    const double rowHeight = fm.height() * 1.3;
    double x = left, y = top;
    for (const auto& [slot, text] : entries) {
        const double maxText = std::max(right - left - (kLegendSample + kPad) * u, fm.height());
        const QString shown = fm.elidedText(text, Qt::ElideRight, maxText);
        const double w = (kLegendSample + kPad) * u + fm.horizontalAdvance(shown);
        if (x > left && x + w > right) {  // wrap
            x = left;
            y += rowHeight;
        }
        g.legend.push_back({QRectF(x, y, w, rowHeight), slot, shown});
        x += w + kLegendSpacing * u;
    }
}

CoefficientFigure::Geometry CoefficientFigure::geometry(const QFont& font, const QPaintDevice* device,
                                                        const QRectF& area, const FigureStyle& style) const
{
    // Marks grow with the text: a slide's 14 pt text gets bolder markers and lines than a
    // journal column's 8 pt, so the figure reads the same from the back of a room.
    const double points = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() / style.unitsPerPoint;
    FigureStyle scaled = style;
    scaled.unitsPerPoint *= std::clamp(points / 9.0, 0.85, 2.0);
    // The hollow reference markers are explained by a note beside them; only where a note
    // would cover data does the legend explain them instead.
    Geometry g = layOut(font, device, area, scaled, false);
    const QFontMetricsF small(smallerFont(font), device);
    if (!placeReferenceNotes(g, small)) {
        g = layOut(font, device, area, scaled, true);
        placeReferenceNotes(g, small);
    }
    return g;
}

CoefficientFigure::Geometry CoefficientFigure::layOut(const QFont& font, const QPaintDevice* device, const QRectF& area,
                                                      const FigureStyle& style, bool referenceInLegend) const
{
    Geometry g;
    const double u = style.unitsPerPoint;
    g.unitsPerPoint = u;
    g.area = area;
    const QFontMetricsF fm(font, device);
    const QFontMetricsF small(smallerFont(font), device);

    // x: every position shown, half a step of room on either side.
    QVector<double> xs = distinctX();
    if (xs.isEmpty()) xs << 0;
    double minGap = 1;
    if (xs.size() > 1) {
        minGap = xs.back() - xs.front();
        for (qsizetype i = 1; i < xs.size(); ++i) minGap = std::min(minGap, xs[i] - xs[i - 1]);
    }
    g.xMin = xs.front() - 0.6 * minGap;
    g.xMax = xs.back() + 0.6 * minGap;
    if (eventLine_) {
        g.xMin = std::min(g.xMin, *eventLine_ - 0.1 * minGap);
        g.xMax = std::max(g.xMax, *eventLine_ + 0.1 * minGap);
    }

    // y: every estimate, whisker and true value, and 0; 5 % of room above and below.
    double lo = 0, hi = 0;
    auto include = [&](double v) {
        if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    };
    for (const CoefficientSeries& s : series_)
        for (const CoefficientPoint& p : s.points) include(p.estimate), include(p.ciLow), include(p.ciHigh);
    for (const TrueValue& t : truth_) include(t.value);
    if (hi - lo <= 0) hi = 1, lo = -1;
    const double room = 0.05 * (hi - lo);
    g.yMin = lo - room;
    g.yMax = hi + room;

    auto setYTicks = [&](double height) {
        // About one tick per five cap heights (a line's height varies too much between Latin
        // and CJK fonts), at least three.
        const double step = stepForTicks(g.yMax - g.yMin, std::max(3.0, height / (small.capHeight() * 5)));
        g.yTicks = ticksWithin(g.yMin, g.yMax, step);
        g.yDecimals = decimalsFor(step);
    };
    auto widestYTick = [&] {
        double w = 0;
        for (double t : std::as_const(g.yTicks)) w = std::max(w, small.horizontalAdvance(axisNumber(t, g.yDecimals)));
        return w;
    };
    const auto entries = legendEntries(referenceInLegend);
    const double top = area.top() + small.height() * 0.6;
    const double right = area.right() - kPad * 2 * u;
    // Chinese in a Latin font comes from a taller fallback font: measure the text itself.
    g.xLabelHeight = std::max(fm.height(), fm.boundingRect(xLabel_).height());
    g.yLabelLines = yLabel_.isEmpty() ? 0 : 1;
    auto yLabelWidth = [&] { return g.yLabelLines * fm.height() + (g.yLabelLines > 0 ? kPad * u : 0); };
    setYTicks(area.height() * 0.7);
    double left = area.left() + yLabelWidth() + widestYTick() + (kTick + kPad) * u;
    for (int pass = 0; pass < 3; ++pass) {
        const double width = std::max(right - left, 1.0);
        const double perUnit = width / (g.xMax - g.xMin);
        g.xTicks.clear();
        g.xTickTextHeight = small.height();
        if (!xTickLabels_.isEmpty()) {
            // Term names wrap within the room of one position.
            g.xTickTextWidth = std::min(minGap * perUnit * 0.95, width);
            for (auto it = xTickLabels_.cbegin(); it != xTickLabels_.cend(); ++it) {
                if (it.key() < g.xMin || it.key() > g.xMax) continue;
                g.xTicks.push_back({it.key(), it.value()});
                const QRectF r = small.boundingRect(QRectF(0, 0, g.xTickTextWidth, 1e6),
                                                    Qt::AlignHCenter | Qt::TextWordWrap, it.value());
                g.xTickTextHeight = std::max(g.xTickTextHeight, r.height());
            }
        } else {
            const double labelWidth = std::max(small.horizontalAdvance(axisNumber(xs.front(), 1)),
                                               small.horizontalAdvance(axisNumber(xs.back(), 1))) +
                                      2 * kPad * u;
            double step = niceStep((g.xMax - g.xMin) / std::max(2.0, std::floor(width / labelWidth)));
            const bool integers = std::all_of(xs.begin(), xs.end(), [](double x) { return x == std::round(x); });
            if (integers) step = std::max(step, 1.0);
            const int decimals = decimalsFor(step);
            for (double t : ticksWithin(g.xMin, g.xMax, step)) g.xTicks.push_back({t, axisNumber(t, decimals)});
            g.xTickTextWidth = step * perUnit;
        }
        double bottom = area.bottom() - (kTick + kPad / 2) * u - g.xTickTextHeight - kPad * u;
        if (!xLabel_.isEmpty()) bottom -= kPad * u + g.xLabelHeight;
        if (!entries.isEmpty()) bottom -= 2 * kPad * u + legendHeight(entries, fm, area.right() - left, u);
        g.plot = QRectF(left, top, width, std::max(bottom - top, 1.0));
        setYTicks(g.plot.height());
        // A y label longer than the axis takes two lines rather than being cut.
        if (g.yLabelLines == 1 && fm.horizontalAdvance(yLabel_) > g.plot.height()) g.yLabelLines = 2;
        const double needed = area.left() + yLabelWidth() + widestYTick() + (kTick + kPad) * u;
        if (needed <= left + 0.5) break;
        left = needed;
    }
    g.legend.clear();
    if (!entries.isEmpty()) {
        double legendTop = g.plot.bottom() + (kTick + kPad / 2) * u + g.xTickTextHeight + 2 * kPad * u;
        if (!xLabel_.isEmpty()) legendTop += kPad * u + g.xLabelHeight;
        placeLegend(g, entries, fm, g.plot.left(), area.right(), legendTop);
    }

    // Dodging: the series side by side around each position, the true values last.
    g.slots = std::max<int>(1, static_cast<int>(series_.size()) + (truth_.isEmpty() ? 0 : 1));
    const double gapPixels = minGap / (g.xMax - g.xMin) * g.plot.width();
    g.slotStep = g.slots > 1 ? std::min(0.6 * gapPixels / (g.slots - 1), kMaxSlotStep * u) : 0;
    // Smaller markers where positions crowd (a single-column figure), so neighbours stay apart.
    g.markerRadius = std::clamp(g.slots > 1 ? 0.5 * g.slotStep : 0.3 * gapPixels, 1.8 * u, kMarkerRadius * u);
    return g;
}

void CoefficientFigure::paint(QPainter& painter, const QRectF& area, const FigureStyle& style) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (const QString message = shownMessage(); !message.isEmpty()) {
        painter.setPen(grey(90));
        const double margin = 4 * kPad * style.unitsPerPoint;
        painter.drawText(area.adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap, message);
    } else {
        const Geometry g = geometry(painter.font(), painter.device(), area, style);
        paintAxes(painter, g);
        paintData(painter, g, style);
        paintLegend(painter, g, style);
    }
    painter.restore();
}

void CoefficientFigure::paintAxes(QPainter& painter, const Geometry& g) const
{
    const double u = g.unitsPerPoint;
    const QRectF& plot = g.plot;
    const QFont base = painter.font();
    const QFont small = smallerFont(base);
    const QFontMetricsF fm(base, painter.device());

    painter.setPen(QPen(grey(228), 0.5 * u));
    for (double t : g.yTicks)
        painter.drawLine(QPointF(plot.left(), g.yToPixel(t)), QPointF(plot.right(), g.yToPixel(t)));
    painter.setPen(QPen(grey(80), 0.9 * u));
    painter.drawLine(QPointF(plot.left(), g.yToPixel(0)), QPointF(plot.right(), g.yToPixel(0)));
    if (eventLine_) {
        QPen dashed(grey(110), 0.9 * u);
        dashed.setDashPattern({4, 3});
        painter.setPen(dashed);
        const double x = g.xToPixel(*eventLine_);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }

    painter.setPen(QPen(Qt::black, 0.8 * u, Qt::SolidLine, Qt::SquareCap));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setFont(small);
    const double tick = kTick * u, pad = kPad * u;
    for (double t : g.yTicks) {
        const double y = g.yToPixel(t);
        painter.drawLine(QPointF(plot.left() - tick, y), QPointF(plot.left(), y));
        painter.drawText(QRectF(plot.left() - tick - pad / 2 - 1000, y - 500, 1000, 1000),
                         Qt::AlignRight | Qt::AlignVCenter, axisNumber(t, g.yDecimals));
    }
    for (const XTick& t : g.xTicks) {
        const double x = g.xToPixel(t.x);
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + tick));
        painter.drawText(
            QRectF(x - g.xTickTextWidth / 2, plot.bottom() + tick + pad / 2, g.xTickTextWidth, g.xTickTextHeight + pad),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap | Qt::TextDontClip, t.text);
    }

    painter.setFont(base);
    if (!xLabel_.isEmpty()) {
        const double y = plot.bottom() + tick + pad / 2 + g.xTickTextHeight + pad;
        painter.drawText(QRectF(plot.left(), y, plot.width(), g.xLabelHeight),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip,
                         fm.elidedText(xLabel_, Qt::ElideRight, plot.width()));
    }
    if (!yLabel_.isEmpty()) {
        painter.save();
        painter.translate(g.area.left() + g.yLabelLines * fm.height() / 2, plot.center().y());
        painter.rotate(-90);
        const double h = g.yLabelLines * fm.height();
        painter.drawText(QRectF(-plot.height() / 2, -h / 2, plot.height(), h),
                         Qt::AlignCenter | Qt::TextWordWrap | Qt::TextDontClip,
                         g.yLabelLines > 1 ? yLabel_ : fm.elidedText(yLabel_, Qt::ElideRight, plot.height()));
        painter.restore();
    }
}

void CoefficientFigure::paintData(QPainter& painter, const Geometry& g, const FigureStyle& style) const
{
    const double u = g.unitsPerPoint;
    const double r = g.markerRadius;
    const auto truthSlot = static_cast<int>(series_.size());

    if (!truth_.isEmpty()) {
        QPolygonF line;
        for (const TrueValue& t : truth_) line << QPointF(g.xToPixel(t.x) + g.dodge(truthSlot), g.yToPixel(t.value));
        QPen dashed(colour(kTruthSlot, style.grayscale), 1.1 * u);
        dashed.setDashPattern({4, 2.5});
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(line);
        painter.setPen(QPen(colour(kTruthSlot, style.grayscale), 1.1 * u));
        painter.setBrush(Qt::white);
        for (const QPointF& p : std::as_const(line))
            painter.drawPath(markerPath(Shape::Diamond, p, g.markerRadius * kTruthRadius / kMarkerRadius));
    }

    // The current series last, on top of the pinned ones.
    const double cap = std::min(kCapHalfWidth * u, g.markerRadius * 0.8);
    for (auto s = static_cast<int>(series_.size()) - 1; s >= 0; --s) {
        const CoefficientSeries& series = series_[s];
        const QColor c = colour(s, style.grayscale);
        painter.setPen(QPen(c, kWhiskerWidth * u, Qt::SolidLine, Qt::FlatCap));
        for (const CoefficientPoint& p : series.points) {
            if (!std::isfinite(p.ciLow) || !std::isfinite(p.ciHigh)) continue;
            const double x = g.xToPixel(p.x) + g.dodge(s);
            const double y0 = g.yToPixel(p.ciLow), y1 = g.yToPixel(p.ciHigh);
            painter.drawLine(QPointF(x, y0), QPointF(x, y1));
            painter.drawLine(QPointF(x - cap, y0), QPointF(x + cap, y0));
            painter.drawLine(QPointF(x - cap, y1), QPointF(x + cap, y1));
        }
        painter.setPen(QPen(Qt::white, 0.6 * u));
        painter.setBrush(c);
        for (const CoefficientPoint& p : series.points)
            if (std::isfinite(p.estimate))
                painter.drawPath(
                    markerPath(shapeOf(s), QPointF(g.xToPixel(p.x) + g.dodge(s), g.yToPixel(p.estimate)), r));
        if (series.referenceX) {
            painter.setPen(QPen(c, kWhiskerWidth * u));
            painter.setBrush(Qt::white);
            painter.drawPath(
                markerPath(shapeOf(s), QPointF(g.xToPixel(*series.referenceX) + g.dodge(s), g.yToPixel(0)), r));
        }
    }

    paintReferenceNotes(painter, g);
}

QVector<QRectF> CoefficientFigure::occupied(const Geometry& g) const
{
    const double r = g.markerRadius;
    QVector<QRectF> rects;
    for (int s = 0; s < series_.size(); ++s)
        for (const CoefficientPoint& p : series_[s].points) {
            const double x = g.xToPixel(p.x) + g.dodge(s);
            double top = g.yToPixel(p.estimate), bottom = top;
            if (std::isfinite(p.ciLow) && std::isfinite(p.ciHigh))
                top = std::min(top, g.yToPixel(p.ciHigh)), bottom = std::max(bottom, g.yToPixel(p.ciLow));
            rects << QRectF(x - r, top - r, 2 * r, bottom - top + 2 * r);
        }
    // The true values' line, as small boxes along it.
    const int slot = static_cast<int>(series_.size());
    const double d = g.markerRadius * kTruthRadius / kMarkerRadius * 1.2;
    for (qsizetype i = 0; i < truth_.size(); ++i) {
        const QPointF b(g.xToPixel(truth_[i].x) + g.dodge(slot), g.yToPixel(truth_[i].value));
        const QPointF a =
            i > 0 ? QPointF(g.xToPixel(truth_[i - 1].x) + g.dodge(slot), g.yToPixel(truth_[i - 1].value)) : b;
        for (int k = 0; k <= 8; ++k) {
            const QPointF c = a + (b - a) * (k / 8.0);
            rects << QRectF(c.x() - d, c.y() - d, 2 * d, 2 * d);
        }
    }
    return rects;
}

// One "reference" note per reference period, beside its hollow markers: below the zero
// line, else above it, clear of the event line and of the data. False when one does not fit.
bool CoefficientFigure::placeReferenceNotes(Geometry& g, const QFontMetricsF& small) const
{
    g.referenceNotes.clear();
    QVector<double> references;
    for (const CoefficientSeries& s : series_)
        if (s.referenceX && !references.contains(*s.referenceX)) references << *s.referenceX;
    if (references.isEmpty()) return true;
    const double u = g.unitsPerPoint, r = g.markerRadius;
    const double w = small.horizontalAdvance(tr("reference")) + 2 * u, h = small.height();
    const QVector<QRectF> data = occupied(g);
    bool all = true;
    for (double x : std::as_const(references)) {
        const double px = g.xToPixel(x), y0 = g.yToPixel(0);
        double left = px - w / 2;
        if (eventLine_) {
            const double line = g.xToPixel(*eventLine_), clearance = 3 * u;
            if (line >= px && left + w > line - clearance) left = line - clearance - w;
            if (line < px && left < line + clearance) left = line + clearance;
        }
        bool placed = false;
        for (const double top : {y0 + r + 2 * u, y0 - r - 2 * u - h}) {
            const QRectF box(left, top, w, h);
            if (!g.plot.contains(box) ||
                std::any_of(data.begin(), data.end(), [&](const QRectF& d) { return d.intersects(box); }))
                continue;
            g.referenceNotes << box;
            placed = true;
            break;
        }
        all = all && placed;
    }
    return all;
}

void CoefficientFigure::paintReferenceNotes(QPainter& painter, const Geometry& g) const
{
    if (g.referenceNotes.isEmpty()) return;
    painter.setFont(smallerFont(painter.font()));
    painter.setPen(grey(70));
    for (const QRectF& box : g.referenceNotes)
        painter.drawText(box, Qt::AlignCenter | Qt::TextDontClip, tr("reference"));
}

void CoefficientFigure::paintLegend(QPainter& painter, const Geometry& g, const FigureStyle& style) const
{
    const double u = g.unitsPerPoint;
    for (const LegendItem& item : g.legend) {
        const QColor c = colour(item.slot, style.grayscale);
        const QPointF centre(item.box.left() + kLegendSample * u / 2, item.box.center().y());
        if (item.slot == kReferenceSlot) {
            painter.setPen(QPen(c, kWhiskerWidth * u));
            painter.setBrush(Qt::white);
            painter.drawPath(markerPath(Shape::Circle, centre, kMarkerRadius * u));
        } else if (item.slot == kTruthSlot) {
            QPen dashed(c, 1.1 * u);
            dashed.setDashPattern({4, 2.5});
            painter.setPen(dashed);
            painter.drawLine(QPointF(item.box.left(), centre.y()),
                             QPointF(item.box.left() + kLegendSample * u, centre.y()));
            painter.setPen(QPen(c, 1.1 * u));
            painter.setBrush(Qt::white);
            painter.drawPath(markerPath(Shape::Diamond, centre, kTruthRadius * u));
        } else {
            const double half = item.box.height() * 0.35;
            painter.setPen(QPen(c, kWhiskerWidth * u, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(centre.x(), centre.y() - half), QPointF(centre.x(), centre.y() + half));
            painter.setPen(QPen(Qt::white, 0.6 * u));
            painter.setBrush(c);
            painter.drawPath(markerPath(shapeOf(item.slot), centre, kMarkerRadius * u));
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(item.box.left() + (kLegendSample + kPad) * u, item.box.top(),
                                item.box.width() - (kLegendSample + kPad) * u, item.box.height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine | Qt::TextDontClip, item.text);
    }
}

QString CoefficientFigure::toolTipAt(const Geometry& g, QPointF pos) const
{
    if (!shownMessage().isEmpty()) return {};
    const double reach = std::max(g.markerRadius * 1.6, 4.0);
    double best = std::numeric_limits<double>::infinity();
    QString text;
    auto consider = [&](double x, double yMarker, double yLow, double yHigh, const QString& tip) {
        const double dx = std::abs(pos.x() - x);
        if (dx > reach || pos.y() < std::min(yLow, yMarker) - reach || pos.y() > std::max(yHigh, yMarker) + reach)
            return;
        const double score = dx + 0.25 * std::abs(pos.y() - yMarker);
        if (score < best) best = score, text = tip;
    };
    for (int s = 0; s < series_.size(); ++s) {
        const CoefficientSeries& series = series_[s];
        const QString name = u"<b>"_s % series.name.toHtmlEscaped() % u"</b>"_s;
        for (const CoefficientPoint& p : series.points) {
            const QString label = p.label.isEmpty() ? p.term : p.label;
            QString tip = name % u"<br>"_s % label.toHtmlEscaped();
            if (!p.label.isEmpty() && p.label != p.term)
                tip += u" <span style=\"color:#666\">("_s % p.term.toHtmlEscaped() % u")</span>"_s;
            tip += u"<br>"_s %
                   tr("Estimate %1, standard error %2")
                       .arg(formatCoefficient(p.estimate, 4), formatCoefficient(p.stdError, 4)) %
                   u"<br>"_s %
                   tr("95% CI [%1, %2]").arg(formatCoefficient(p.ciLow, 4), formatCoefficient(p.ciHigh, 4)) %
                   u"<br>"_s % (p.p < 0.001 ? tr("p < 0.001") : tr("p = %1").arg(p.p, 0, 'f', 3));
            const double x = g.xToPixel(p.x) + g.dodge(s);
            const double y0 = std::isfinite(p.ciLow) ? g.yToPixel(p.ciLow) : g.yToPixel(p.estimate);
            const double y1 = std::isfinite(p.ciHigh) ? g.yToPixel(p.ciHigh) : g.yToPixel(p.estimate);
            consider(x, g.yToPixel(p.estimate), std::min(y0, y1), std::max(y0, y1), tip);
        }
        if (series.referenceX) {
            const double y = g.yToPixel(0);
            consider(g.xToPixel(*series.referenceX) + g.dodge(s), y, y, y,
                     name % u"<br>"_s % tr("Reference period, fixed at 0"));
        }
    }
    for (const TrueValue& t : truth_) {
        const double y = g.yToPixel(t.value);
        consider(g.xToPixel(t.x) + g.dodge(static_cast<int>(series_.size())), y, y, y,
                 u"<b>"_s % tr("True value (simulation)") % u"</b><br>"_s % formatCoefficient(t.value, 4));
    }
    return text;
}

}  // namespace aitocracy::gui
