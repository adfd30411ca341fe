#pragma once
// How a panel column is named and coloured wherever it is shown (timelines, table), so
// the same series has the same name and colour in every view.
//
// Colours are the Okabe–Ito set (Okabe & Ito 2008, "Color Universal Design"), which
// stays distinguishable under the common colour-vision deficiencies; a contract class
// keeps its colour for its count and its amount, the amount drawn dashed.
#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace aitocracy::gui {

class PanelColumnStyle {
    Q_DECLARE_TR_FUNCTIONS(PanelColumnStyle)
public:
    // "amount_<class>" columns hold yuan; everything else the timelines show is a count.
    [[nodiscard]] static bool isAmount(const QString& column);
    // The amount column that goes with a count column ("contracts_x" → "amount_x"); empty if none.
    [[nodiscard]] static QString amountColumnFor(const QString& countColumn);
    // Whether the timelines offer the column as a count series ("unrest", "contracts_*").
    [[nodiscard]] static bool isCountSeries(const QString& column);

    // Translated name for people; the column name itself for columns it does not know.
    [[nodiscard]] static QString label(const QString& column);
    [[nodiscard]] static QColor colour(const QString& column);
    [[nodiscard]] static Qt::PenStyle penStyle(const QString& column);
    // A contract class ("ai_public_security" …) in words.
    [[nodiscard]] static QString classLabel(const QString& contractClass);
};

}  // namespace aitocracy::gui
