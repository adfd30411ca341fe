#pragma once
// The legend of a coloured map: a title (variable and periods), one swatch per class
// with its value range and how many units fall in it, and a hatched "no data" entry.
// Sits beside the map (in the map dock) so it never hides a unit.
#include <QColor>
#include <QString>
#include <QWidget>
#include <vector>

namespace aitocracy::gui {

struct LegendEntry {
    QColor colour;  // invalid: the no-data entry (hatched)
    QString label;  // "12 – 30"
    std::size_t count = 0;
};

class MapLegend : public QWidget {
    Q_OBJECT
public:
    explicit MapLegend(QWidget* parent = nullptr);

    void setLegend(const QString& title, std::vector<LegendEntry> entries);
    void clear();
    [[nodiscard]] QString title() const { return title_; }
    [[nodiscard]] const std::vector<LegendEntry>& entries() const { return entries_; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] int titleHeight(int width) const;

    QString title_;
    std::vector<LegendEntry> entries_;
};

}  // namespace aitocracy::gui
