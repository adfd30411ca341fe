#include "MapLegend.h"

#include <QPainter>

#include "MapStyle.h"

namespace aitocracy::gui {

namespace {
constexpr int kPad = 6;
constexpr int kSwatch = 18;  // px: big enough to judge a colour, small enough for nine rows at 768 px
constexpr int kGap = 8;
}  // namespace

MapLegend::MapLegend(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void MapLegend::setLegend(const QString& title, std::vector<LegendEntry> entries)
{
    title_ = title;
    entries_ = std::move(entries);
    updateGeometry();
    update();
}

void MapLegend::clear()
{
    setLegend({}, {});
}

int MapLegend::rowHeight() const
{
    return std::max(kSwatch, fontMetrics().height()) + 4;
}

int MapLegend::titleHeight(int width) const
{
    if (title_.isEmpty()) return 0;
    QFont bold = font();
    bold.setBold(true);
    const QRect r =
        QFontMetrics(bold).boundingRect(QRect(0, 0, std::max(1, width - 2 * kPad), 10000), Qt::TextWordWrap, title_);
    return r.height() + kGap / 2;
}

QSize MapLegend::sizeHint() const
{
    const int w = std::max(200, width());
    return {w, 2 * kPad + titleHeight(w) + static_cast<int>(entries_.size()) * rowHeight()};
}

QSize MapLegend::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void MapLegend::paintEvent(QPaintEvent*)
{
    if (entries_.empty() && title_.isEmpty()) return;
    QPainter p(this);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    const int th = titleHeight(width());
    p.drawText(QRect(kPad, kPad, width() - 2 * kPad, th), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title_);
    p.setFont(font());

    const QFontMetrics fm = fontMetrics();
    int countWidth = 0;
    for (const LegendEntry& e : entries_)
        countWidth = std::max(countWidth, fm.horizontalAdvance(QString::number(e.count)));
    int y = kPad + th;
    for (const LegendEntry& e : entries_) {
        const QRect swatch(kPad, y + (rowHeight() - kSwatch) / 2, kSwatch, kSwatch);
        if (e.colour.isValid()) {
            p.fillRect(swatch, e.colour);
        } else {
            p.fillRect(swatch, MapStyle::noDataFill());
            p.fillRect(swatch, QBrush(MapStyle::noDataHatch(), Qt::BDiagPattern));
        }
        p.setPen(MapStyle::provinceBorder());
        p.drawRect(swatch.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::WindowText));
        const QRect countRect(width() - kPad - countWidth, y, countWidth, rowHeight());
        const QRect labelRect(swatch.right() + kGap, y, countRect.left() - kGap - swatch.right() - kGap, rowHeight());
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(e.label, Qt::ElideRight, labelRect.width()));
        p.drawText(countRect, Qt::AlignVCenter | Qt::AlignRight, QString::number(e.count));
        y += rowHeight();
    }
}

}  // namespace aitocracy::gui
