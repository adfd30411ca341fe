#include "FigureExport.h"

#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace aitocracy::gui {
namespace {

// Text in a figure: the families the application pins (Localization), named here too so
// a figure made by the command line, without the app's settings, looks the same. Sized
// so that `points` are physical points on the page, whatever the device's resolution.
QFont figureFont(double points, const QPainter& painter, double unitsPerInch)
{
    QStringList families;
    for (const QString& family : {u"Noto Sans CJK SC"_s, u"DejaVu Sans"_s})
        if (QFontDatabase::hasFamily(family)) families << family;
    QFont font;
    if (!families.isEmpty()) font.setFamilies(families);
    // A font of P points is P * dpi / 72 device units high; one inch is unitsPerInch here.
    font.setPointSizeF(points * unitsPerInch / painter.device()->logicalDpiY());
    return font;
}

// Paints title, view and attribution into `page` (device units, `unitsPerInch` to the inch).
void paintFigure(QPainter& painter, const QRectF& page, double unitsPerInch, const FigurePainter& paint,
                 const FigureSpec& spec)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(page, Qt::white);
    // Text follows the physical width: 8 pt on a single column, 9 on double, 14 on a slide.
    const double base = spec.size == FigureSize::Slide ? 14 : spec.size == FigureSize::DoubleColumn ? 9 : 8;
    const double margin = 0.08 * unitsPerInch;
    QRectF area = page.adjusted(margin, margin, -margin, -margin);
    if (!spec.title.isEmpty()) {
        QFont font = figureFont(base * 1.25, painter, unitsPerInch);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QRectF titleBox(area.left(), area.top(), area.width(), painter.fontMetrics().height() * 1.3);
        painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, spec.title);
        area.setTop(titleBox.bottom());
    }
    if (!spec.attribution.isEmpty()) {
        painter.setFont(figureFont(base * 0.8, painter, unitsPerInch));
        painter.setPen(QColor(90, 90, 90));
        // Wrapped, not cut, when a single column is too narrow for it.
        const int flags = Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap;
        const double h = painter.boundingRect(QRectF(area.left(), 0, area.width(), area.height()), flags, spec.attribution).height() * 1.1;
        const QRectF attributionBox(area.left(), area.bottom() - h, area.width(), h);
        painter.drawText(attributionBox, flags, spec.attribution);
        area.setBottom(attributionBox.top());
    }
    painter.setFont(figureFont(base, painter, unitsPerInch));
    painter.save();
    paint(painter, area, FigureStyle{spec.grayscale, unitsPerInch / 72.0});
    painter.restore();
}

QString writePng(const FigurePainter& paint, const FigureSpec& spec, const QString& path, QSizeF inches)
{
    const QSize pixels(qRound(inches.width() * spec.dpi), qRound(inches.height() * spec.dpi));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(spec.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        paintFigure(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), spec.dpi, paint, spec);
    }
    if (spec.grayscale) image = image.convertToFormat(QImage::Format_Grayscale8);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return QObject::tr("%1: cannot write the PNG file").arg(path);
    return {};
}

QString writeSvg(const FigurePainter& paint, const FigureSpec& spec, const QString& path, QSizeF inches)
{
    // 96 user units per inch, the SVG/CSS convention; width and height carry the inches.
    constexpr double kUnitsPerInch = 96;
    const QSize units(qRound(inches.width() * kUnitsPerInch), qRound(inches.height() * kUnitsPerInch));
    const QString tmp = path + u".tmp"_s;
    {
        QSvgGenerator svg;
        svg.setFileName(tmp);
        svg.setResolution(qRound(kUnitsPerInch));
        svg.setSize(units);
        svg.setViewBox(QRect(QPoint(0, 0), units));
        svg.setTitle(spec.title);
        svg.setDescription(spec.attribution);
        QPainter painter;
        if (!painter.begin(&svg)) return QObject::tr("%1: cannot write the SVG file").arg(path);
        paintFigure(painter, QRectF(QPointF(0, 0), QSizeF(units)), kUnitsPerInch, paint, spec);
        painter.end();
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        return QObject::tr("%1: cannot write the SVG file").arg(path);
    }
    return {};
}

QString writePdf(const FigurePainter& paint, const FigureSpec& spec, const QString& path, QSizeF inches)
{
    const QString tmp = path + u".tmp"_s;
    {
        QPdfWriter pdf(tmp);
        pdf.setPageSize(QPageSize(inches, QPageSize::Inch, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(1200);
        pdf.setTitle(spec.title);
        pdf.setCreator(u"Aitocracy Explorer"_s);
        QPainter painter;
        if (!painter.begin(&pdf)) return QObject::tr("%1: cannot write the PDF file").arg(path);
        const QRectF page(0, 0, inches.width() * pdf.resolution(), inches.height() * pdf.resolution());
        paintFigure(painter, page, pdf.resolution(), paint, spec);
        painter.end();
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        return QObject::tr("%1: cannot write the PDF file").arg(path);
    }
    return {};
}

}  // namespace

QSizeF figureSizeInches(FigureSize size)
{
    switch (size) {
        case FigureSize::SingleColumn:
            return {3.5, 2.8};
        case FigureSize::DoubleColumn:
            return {7.0, 4.6};
        case FigureSize::Slide:
            return {13.333, 7.5};
    }
    return {7.0, 4.6};
}

std::optional<FigureSize> figureSizeFromName(const QString& name)
{
    if (name == u"single"_s) return FigureSize::SingleColumn;
    if (name == u"double"_s) return FigureSize::DoubleColumn;
    if (name == u"slide"_s) return FigureSize::Slide;
    return std::nullopt;
}

QString exportFigure(const FigurePainter& paint, const FigureSpec& spec, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSizeF inches = figureSizeInches(spec.size);
    if (suffix == u"png"_s) return writePng(paint, spec, path, inches);
    if (suffix == u"svg"_s) return writeSvg(paint, spec, path, inches);
    if (suffix == u"pdf"_s) return writePdf(paint, spec, path, inches);
    return QObject::tr("%1: unknown figure format; use .png, .svg or .pdf").arg(path);
}

}  // namespace aitocracy::gui
