#include "FitFactsView.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

FitFactsView::FitFactsView(QWidget* parent) : QWidget(parent), empty_(new QLabel(this)), form_(new QFormLayout)
{
    empty_->setText(tr("No estimate yet"));
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setForegroundRole(QPalette::PlaceholderText);
    form_->setContentsMargins(0, 0, 0, 0);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form_->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (int row = 0; row < RowCount; ++row) {
        auto* value = new QLabel(this);
        value->setTextFormat(Qt::PlainText);  // a formula may hold "<"
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        values_[row] = value;
        form_->addRow(rowName(static_cast<Row>(row)), value);
    }
    formula_ = values_[Formula];
    formula_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    formula_->setCursor(Qt::IBeamCursor);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(empty_);
    layout->addLayout(form_);
    layout->addStretch(1);
    clear();
}

QString FitFactsView::rowName(Row row)
{
    switch (row) {
        case Model:
            return tr("Model");
        case Observations:
            return tr("Observations");
        case Dropped:
            return tr("Dropped");
        case FixedEffects:
            return tr("Fixed effects");
        case Clusters:
            return tr("Clusters");
        case R2:
            return tr("R²");
        case R2Within:
            return tr("Within R²");
        case FirstStageF:
            return tr("First-stage F");
        case Collinear:
            return tr("Dropped as collinear");
        case Time:
            return tr("Compute time");
        case Formula:
            return tr("Formula");
        case RowCount:
            break;
    }
    return {};
}

void FitFactsView::show(Row row, const QString& value)
{
    values_[row]->setText(value);
    form_->setRowVisible(row, true);
}

void FitFactsView::clear()
{
    facts_.reset();
    for (int row = 0; row < RowCount; ++row) {
        values_[row]->clear();
        form_->setRowVisible(row, false);
    }
    empty_->show();
}

void FitFactsView::setFacts(const FitFacts& f)
{
    facts_ = f;
    empty_->hide();
    const QLocale english(QLocale::English);  // "17,322": grouped the same in both languages
    auto ratio = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 4) : u"—"_s; };

    show(Model, f.model);
    show(Observations, english.toString(f.nobs));
    // Each reason on its own line, so a reader sees why N is smaller than the panel.
    QStringList dropped;
    if (f.droppedMissing > 0) dropped << tr("missing values: %1").arg(english.toString(f.droppedMissing));
    if (f.droppedExcluded > 0) dropped << tr("excluded by the sample: %1").arg(english.toString(f.droppedExcluded));
    if (f.droppedSingletons > 0) dropped << tr("singletons: %1").arg(english.toString(f.droppedSingletons));
    if (f.droppedFeAllZero > 0) dropped << tr("all-zero outcome: %1").arg(english.toString(f.droppedFeAllZero));
    show(Dropped, dropped.isEmpty() ? tr("none") : dropped.join(u'\n'));
    show(FixedEffects, f.fixedEffects.isEmpty() ? tr("none") : f.fixedEffects.join(u'\n'));
    show(Clusters, f.clusters.isEmpty() ? tr("none") : f.clusters.join(u'\n'));
    show(R2, ratio(f.r2));
    show(R2Within, ratio(f.r2Within));
    if (f.firstStageF)
        show(FirstStageF, QString::number(*f.firstStageF, 'f', 2));
    else
        form_->setRowVisible(FirstStageF, false);
    if (!f.collinearDropped.isEmpty())
        show(Collinear, f.collinearDropped.join(u", "_s));
    else
        form_->setRowVisible(Collinear, false);
    show(Time, tr("%1 ms").arg(f.elapsedMs, 0, 'f', 1));
    show(Formula, f.formula);
}

QString FitFactsView::text() const
{
    if (!facts_) return empty_->text();
    QStringList lines;
    for (int row = 0; row < RowCount; ++row)
        if (form_->isRowVisible(row))
            lines << rowName(static_cast<Row>(row)) % u'\t' % values_[row]->text().replace(u'\n', u"; "_s);
    return lines.join(u'\n');
}

}  // namespace aitocracy::gui
