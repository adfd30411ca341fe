#include "CoefficientTableModel.h"

#include <QLocale>
#include <algorithm>

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

CoefficientTableModel::CoefficientTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CoefficientTableModel::setSeries(QVector<CoefficientSeries> series)
{
    beginResetModel();
    series_ = std::move(series);
    rebuild();
    endResetModel();
}

void CoefficientTableModel::setFitFacts(QVector<FitFacts> facts)
{
    beginResetModel();
    facts_ = std::move(facts);
    rebuild();
    endResetModel();
}

void CoefficientTableModel::setStars(bool stars)
{
    if (stars == stars_) return;
    stars_ = stars;
    if (rowCount() > 0 && columnCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CoefficientTableModel::setDigits(int digits)
{
    digits = std::clamp(digits, 0, 8);
    if (digits == digits_) return;
    digits_ = digits;
    if (rowCount() > 0 && columnCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CoefficientTableModel::rebuild()
{
    terms_.clear();
    for (const CoefficientSeries& s : std::as_const(series_))
        for (const CoefficientPoint& p : s.points)
            if (std::none_of(terms_.begin(), terms_.end(), [&](const Term& t) { return t.term == p.term; }))
                terms_.push_back({p.term, p.label});

    fitRows_.clear();
    const auto shown = facts_.mid(0, series_.size());
    auto any = [&](auto has) { return std::any_of(shown.begin(), shown.end(), has); };
    if (any([](const FitFacts& f) { return f.nobs > 0; })) fitRows_ << Fit::Observations;
    if (any([](const FitFacts& f) { return std::isfinite(f.r2); })) fitRows_ << Fit::R2;
    if (any([](const FitFacts& f) { return std::isfinite(f.r2Within); })) fitRows_ << Fit::R2Within;
    if (any([](const FitFacts& f) { return f.firstStageF.has_value(); })) fitRows_ << Fit::FirstStageF;
    if (any([](const FitFacts& f) { return !f.fixedEffects.isEmpty(); })) fitRows_ << Fit::FixedEffects;
}

int CoefficientTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(terms_.size() + fitRows_.size());
}

int CoefficientTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(series_.size());
}

const CoefficientPoint* CoefficientTableModel::point(int row, int column) const
{
    const QString& term = terms_[row].term;
    for (const CoefficientPoint& p : series_[column].points)
        if (p.term == term) return &p;
    return nullptr;
}

QVariant CoefficientTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    if (role == Qt::TextAlignmentRole) return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    if (isFitRow(index.row())) return fitData(fitRows_[index.row() - termCount()], index.column(), role);
    return coefficientData(index.row(), index.column(), role);
}

QVariant CoefficientTableModel::coefficientData(int row, int column, int role) const
{
    if (role == TermRole) return terms_[row].term;
    const CoefficientPoint* p = point(row, column);
    if (!p) return {};
    const QString estimate = formatCoefficient(p->estimate, digits_) % (stars_ ? significanceStars(p->p) : QString());
    const QString se = u'(' % formatCoefficient(p->stdError, digits_) % u')';
    switch (role) {
        case Qt::DisplayRole:
            return QString(estimate % u'\n' % se);
        case EstimateTextRole:
            return estimate;
        case StdErrorTextRole:
            return se;
        case EstimateRole:
            return p->estimate;
        case StdErrorRole:
            return p->stdError;
        case PValueRole:
            return p->p;
        case Qt::ToolTipRole:
            return tr("%1: estimate %2, standard error %3, 95% CI [%4, %5], p = %6")
                .arg(p->term, formatCoefficient(p->estimate, digits_ + 2), formatCoefficient(p->stdError, digits_ + 2),
                     formatCoefficient(p->ciLow, digits_ + 2), formatCoefficient(p->ciHigh, digits_ + 2),
                     QString::number(p->p, 'g', 3));
        default:
            return {};
    }
}

QVariant CoefficientTableModel::fitData(Fit fit, int column, int role) const
{
    if (column >= facts_.size()) return {};
    const FitFacts& f = facts_[column];
    if (role == Qt::ToolTipRole && fit == Fit::FixedEffects) return f.fixedEffects.join(u'\n');
    if (role != Qt::DisplayRole) return {};
    switch (fit) {
        case Fit::Observations:
            return f.nobs > 0 ? QLocale(QLocale::English).toString(f.nobs) : QString();
        case Fit::R2:
            return std::isfinite(f.r2) ? QString::number(f.r2, 'f', std::max(digits_, 3)) : QString();
        case Fit::R2Within:
            return std::isfinite(f.r2Within) ? QString::number(f.r2Within, 'f', std::max(digits_, 3)) : QString();
        case Fit::FirstStageF:
            return f.firstStageF ? QString::number(*f.firstStageF, 'f', 2) : QString();
        case Fit::FixedEffects: {
            // "unit (367 levels)" → "unit": the levels are in the tooltip and the fit facts.
            QStringList names;
            for (const QString& fe : f.fixedEffects) names << fe.section(u" ("_s, 0, 0);
            return names.join(u", "_s);
        }
    }
    return {};
}

QString CoefficientTableModel::fitName(Fit fit)
{
    switch (fit) {
        case Fit::Observations:
            return tr("Observations");
        case Fit::R2:
            return tr("R²");
        case Fit::R2Within:
            return tr("Within R²");
        case Fit::FirstStageF:
            return tr("First-stage F");
        case Fit::FixedEffects:
            return tr("Fixed effects");
    }
    return {};
}

QVariant CoefficientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount() || role != Qt::DisplayRole) return {};
        return series_[section].name;
    }
    if (section < 0 || section >= rowCount()) return {};
    if (isFitRow(section))
        return role == Qt::DisplayRole ? QVariant(fitName(fitRows_[section - termCount()])) : QVariant();
    const Term& t = terms_[section];
    switch (role) {
        case Qt::DisplayRole:
            return t.label.isEmpty() ? t.term : t.label;
        case Qt::ToolTipRole:
        case TermRole:
            return t.term;
        default:
            return {};
    }
}

}  // namespace aitocracy::gui
