#include "TimelineOptionsBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>

#include "PanelColumnStyle.h"

namespace aitocracy::gui {

TimelineOptionsBar::TimelineOptionsBar(QWidget* parent)
    : QWidget(parent),
      seriesButton_(new QToolButton(this)),
      seriesMenu_(new QMenu(this)),
      scope_(new QComboBox(this)),
      amounts_(new QCheckBox(tr("Amounts"), this)),
      log_(new QCheckBox(tr("Log scale"), this)),
      average_(new QSpinBox(this))
{
    seriesButton_->setText(tr("Series"));
    seriesButton_->setMenu(seriesMenu_);
    seriesButton_->setPopupMode(QToolButton::InstantPopup);
    seriesButton_->setToolTip(tr("Which series to draw"));

    scope_->addItem(tr("All China"), QVariant::fromValue(static_cast<int>(TimelineScope::AllChina)));
    scope_->addItem(tr("Selected, summed"), QVariant::fromValue(static_cast<int>(TimelineScope::SelectedSummed)));
    scope_->addItem(tr("Selected, one chart each"),
                    QVariant::fromValue(static_cast<int>(TimelineScope::SelectedSmallMultiples)));
    scope_->setToolTip(tr("All of China, or the prefectures selected on the map or in the table"));

    amounts_->setToolTip(tr("Also draw the contract amounts of the shown classes (dashed, right axis)"));
    log_->setToolTip(tr("Logarithmic value axes; periods with zero are left out"));

    average_->setRange(1, 24);
    average_->setSpecialValueText(tr("Moving average: off"));
    average_->setPrefix(tr("Moving average: "));
    average_->setSuffix(tr(" periods"));
    average_->setToolTip(tr("Average each point with the periods before it"));

    auto* clearRange = new QToolButton(this);
    clearRange->setText(tr("All periods"));
    clearRange->setToolTip(tr("Clear the selected time range"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(seriesButton_);
    layout->addWidget(scope_);
    layout->addWidget(amounts_);
    layout->addWidget(log_);
    layout->addWidget(average_);
    layout->addWidget(clearRange);
    layout->addStretch(1);

    connect(scope_, &QComboBox::currentIndexChanged, this, &TimelineOptionsBar::emitChanged);
    connect(amounts_, &QCheckBox::toggled, this, &TimelineOptionsBar::emitChanged);
    connect(log_, &QCheckBox::toggled, this, &TimelineOptionsBar::emitChanged);
    connect(average_, &QSpinBox::valueChanged, this, &TimelineOptionsBar::emitChanged);
    connect(clearRange, &QToolButton::clicked, this, &TimelineOptionsBar::clearTimeRangeRequested);
}

void TimelineOptionsBar::setAvailableColumns(const QStringList& columns, const QStringList& defaults)
{
    const QStringList ticked = options().countColumns;
    const bool keep = std::ranges::any_of(ticked, [&](const QString& c) { return columns.contains(c); });
    updating_ = true;
    seriesMenu_->clear();
    for (const QString& column : columns) {
        QAction* action = seriesMenu_->addAction(PanelColumnStyle::label(column));
        action->setData(column);
        action->setCheckable(true);
        action->setChecked(keep ? ticked.contains(column) : defaults.contains(column));
        connect(action, &QAction::toggled, this, &TimelineOptionsBar::emitChanged);
    }
    updating_ = false;
}

TimelineOptions TimelineOptionsBar::options() const
{
    TimelineOptions o;
    for (const QAction* action : seriesMenu_->actions())
        if (action->isChecked()) o.countColumns << action->data().toString();
    o.showAmounts = amounts_->isChecked();
    o.scope = static_cast<TimelineScope>(scope_->currentData().toInt());
    o.logScale = log_->isChecked();
    o.movingAverage = average_->value();
    return o;
}

void TimelineOptionsBar::setOptions(const TimelineOptions& options)
{
    updating_ = true;
    for (QAction* action : seriesMenu_->actions())
        action->setChecked(options.countColumns.contains(action->data().toString()));
    amounts_->setChecked(options.showAmounts);
    scope_->setCurrentIndex(scope_->findData(static_cast<int>(options.scope)));
    log_->setChecked(options.logScale);
    average_->setValue(options.movingAverage);
    updating_ = false;
}

void TimelineOptionsBar::emitChanged()
{
    if (!updating_) Q_EMIT optionsChanged();
}

}  // namespace aitocracy::gui
