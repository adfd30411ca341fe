#pragma once
// The fit facts of the current estimate: model, observations, rows dropped and why,
// fixed effects with their levels, clusters, R², within R², first-stage F (IV), terms
// dropped as collinear, compute time, and the formula (selectable, monospace). The rows
// stay in place from one estimate to the next, so the panel does not jump while a slider
// moves; only the IV and collinearity rows come and go.
#include <QWidget>
#include <optional>

#include "CoefficientSeries.h"

class QFormLayout;
class QLabel;

namespace aitocracy::gui {

class FitFactsView : public QWidget {
    Q_OBJECT
public:
    explicit FitFactsView(QWidget* parent = nullptr);

    void setFacts(const FitFacts& facts);
    void clear();  // "No estimate yet"
    [[nodiscard]] const std::optional<FitFacts>& facts() const { return facts_; }

    // The shown rows as "label<TAB>value" lines (multi-line values joined by "; "), or the
    // empty-state note: for copying and for tests.
    [[nodiscard]] QString text() const;
    // The label holding the formula (selectable, monospace).
    [[nodiscard]] const QLabel* formulaLabel() const { return formula_; }

private:
    enum Row {
        Model,
        Observations,
        Dropped,
        FixedEffects,
        Clusters,
        R2,
        R2Within,
        FirstStageF,
        Collinear,
        Time,
        Formula,
        RowCount
    };

    [[nodiscard]] static QString rowName(Row row);
    void show(Row row, const QString& value);

    std::optional<FitFacts> facts_;
    QLabel* empty_;
    QFormLayout* form_;
    QLabel* values_[RowCount] = {};
    QLabel* formula_ = nullptr;
};

}  // namespace aitocracy::gui
