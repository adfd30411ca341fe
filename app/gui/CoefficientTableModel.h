#pragma once
// The coefficient table of the regression panel: one row per term (the union over the
// series, in order of first appearance), one column per series (current first, then the
// pinned ones), each cell "0.301***" over "(0.041)" — estimate with stars, standard error
// below, as in a paper's table. After the terms, rows of fit facts (observations, R²,
// within R², first-stage F, fixed effects) for the series that have them. A view shows the
// two lines when its rows are resized to contents.
#include <QAbstractTableModel>

#include "CoefficientSeries.h"

namespace aitocracy::gui {

class CoefficientTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        EstimateRole = Qt::UserRole,  // double; invalid where the series lacks the term
        StdErrorRole,                 // double
        PValueRole,                   // double
        EstimateTextRole,             // "0.301***"
        StdErrorTextRole,             // "(0.041)"
        TermRole,                     // the estimator's term name (vertical header too)
    };

    explicit CoefficientTableModel(QObject* parent = nullptr);

    void setSeries(QVector<CoefficientSeries> series);
    [[nodiscard]] const QVector<CoefficientSeries>& series() const { return series_; }
    // Fit facts per series (same order); missing or extra entries leave cells empty.
    void setFitFacts(QVector<FitFacts> facts);

    void setStars(bool stars);
    [[nodiscard]] bool stars() const { return stars_; }
    void setDigits(int digits);  // decimals, 0 to 8
    [[nodiscard]] int digits() const { return digits_; }

    // Rows below termCount() are terms; from there on fit facts.
    [[nodiscard]] int termCount() const { return static_cast<int>(terms_.size()); }
    [[nodiscard]] bool isFitRow(int row) const { return row >= termCount(); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    enum class Fit { Observations, R2, R2Within, FirstStageF, FixedEffects };
    struct Term {
        QString term, label;
    };

    void rebuild();
    [[nodiscard]] const CoefficientPoint* point(int row, int column) const;
    [[nodiscard]] QVariant coefficientData(int row, int column, int role) const;
    [[nodiscard]] QVariant fitData(Fit fit, int column, int role) const;
    [[nodiscard]] static QString fitName(Fit fit);

    QVector<CoefficientSeries> series_;
    QVector<FitFacts> facts_;
    QVector<Term> terms_;
    QVector<Fit> fitRows_;  // the fit facts some series has
    bool stars_ = true;
    int digits_ = 3;
};

}  // namespace aitocracy::gui
