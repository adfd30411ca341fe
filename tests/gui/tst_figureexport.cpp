// Figures as files: PNG at the requested pixel size and DPI, SVG and PDF at the requested
// physical size, the title, attribution and the view's own text (Chinese too) inside,
// grayscale, and a clear refusal of an unknown format.
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "FigureExport.h"

using namespace aitocracy::gui;
using namespace Qt::StringLiterals;

namespace {

// A stand-in view: a blue box over its area, with a line of text.
void paintView(QPainter& painter, const QRectF& area, const FigureStyle& style)
{
    painter.fillRect(area, style.grayscale ? QColor(120, 120, 120) : QColor(30, 90, 200));
    painter.setPen(Qt::white);
    painter.drawText(area, Qt::AlignCenter, u"图例 合肥市 Legend"_s);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestFigureExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    FigureSpec spec(FigureSize size) const
    {
        FigureSpec s;
        s.size = size;
        s.title = u"Unrest events, 2016Q1 抗议"_s;
        s.attribution = u"Aitocracy Explorer · simulated data"_s;
        return s;
    }

private Q_SLOTS:
    void sizes()
    {
        QCOMPARE(figureSizeInches(FigureSize::SingleColumn).width(), 3.5);
        QCOMPARE(figureSizeInches(FigureSize::DoubleColumn).width(), 7.0);
        const QSizeF slide = figureSizeInches(FigureSize::Slide);
        QVERIFY(qAbs(slide.width() / slide.height() - 16.0 / 9.0) < 1e-3);
        QCOMPARE(figureSizeFromName(u"single"_s), std::optional(FigureSize::SingleColumn));
        QVERIFY(!figureSizeFromName(u"huge"_s));
    }

    void png()
    {
        const QString path = dir_.filePath(u"f.png"_s);
        FigureSpec s = spec(FigureSize::SingleColumn);
        s.dpi = 300;
        QCOMPARE(exportFigure(paintView, s, path), QString());
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1050, 840));  // 3.5 × 2.8 in at 300 dpi
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
        const QColor middle = image.pixelColor(image.width() / 2, image.height() * 3 / 4);
        QCOMPARE(middle, QColor(30, 90, 200));
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));  // the margin
        // Grayscale: no colour left anywhere.
        s.grayscale = true;
        QCOMPARE(exportFigure(paintView, s, path), QString());
        const QImage gray(path);
        QVERIFY(gray.isGrayscale());
    }

    void svg()
    {
        const QString path = dir_.filePath(u"f.svg"_s);
        QCOMPARE(exportFigure(paintView, spec(FigureSize::DoubleColumn), path), QString());
        const QString text = QString::fromUtf8(readAll(path));
        QVERIFY(text.startsWith(u"<?xml"_s));
        // 7 × 4.6 in is 177.8 × 116.84 mm.
        const auto width = QRegularExpression(u"<svg[^>]*width=\"([0-9.]+)mm\""_s).match(text);
        QVERIFY2(width.hasMatch(), qPrintable(text.left(400)));
        QVERIFY(qAbs(width.captured(1).toDouble() - 177.8) < 0.5);
        // Qt writes one text run per script.
        QVERIFY(text.contains(u">图例 合肥市 </text>"_s));
        QVERIFY(text.contains(u">Legend</text>"_s));
        QVERIFY(text.contains(u"font-size=\"12\""_s));  // 9 pt on a double column = 12 px at 96 per inch
        QVERIFY(text.contains(u"Unrest events, 2016Q1 抗议"_s));
        QVERIFY(text.contains(u"simulated data"_s));
        QVERIFY(!QFile::exists(path + u".tmp"_s));
    }

    void pdf()
    {
        const QString path = dir_.filePath(u"f.pdf"_s);
        QCOMPARE(exportFigure(paintView, spec(FigureSize::SingleColumn), path), QString());
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("%PDF-"));
        // 3.5 × 2.8 in = 252 × 201.6 pt.
        const auto box =
            QRegularExpression(u"/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"_s).match(QString::fromLatin1(bytes));
        QVERIFY(box.hasMatch());
        QVERIFY(qAbs(box.captured(1).toDouble() - 252) < 0.5);
        QVERIFY(qAbs(box.captured(2).toDouble() - 201.6) < 0.5);
        QVERIFY(bytes.contains("/FontFile"));  // fonts embedded: Chinese renders on any reader
    }

    void unknownFormat()
    {
        const QString error = exportFigure(paintView, spec(FigureSize::Slide), dir_.filePath(u"f.bmp"_s));
        QVERIFY(error.contains(u"f.bmp"_s));
    }
};

QTEST_MAIN(TestFigureExport)
#include "tst_figureexport.moc"
