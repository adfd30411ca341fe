#include "TimeSlider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace aitocracy::gui {

namespace {
constexpr double kSpeeds[] = {0.5, 1, 2, 4, 8};  // periods per second
constexpr int kDefaultSpeed = 2;                 // 2 periods per second
}  // namespace

TimeSlider::TimeSlider(QWidget* parent)
    : QWidget(parent),
      firstSlider_(new QSlider(Qt::Horizontal, this)),
      lastSlider_(new QSlider(Qt::Horizontal, this)),
      playButton_(new QToolButton(this)),
      speed_(new QComboBox(this)),
      rangeMode_(new QCheckBox(tr("Range of periods"), this)),
      label_(new QLabel(this))
{
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    playButton_->setToolTip(tr("Play through the periods"));
    for (double s : kSpeeds) speed_->addItem(tr("%1 per second").arg(s), s);
    speed_->setCurrentIndex(kDefaultSpeed);
    speed_->setToolTip(tr("Periods per second while playing"));
    rangeMode_->setToolTip(tr("Colour the map by the sum or mean over several periods"));
    firstSlider_->setToolTip(tr("Period shown (first period of the range)"));
    lastSlider_->setToolTip(tr("Last period of the range"));
    lastSlider_->setVisible(false);
    label_->setAlignment(Qt::AlignCenter);
    QFont bold = label_->font();
    bold.setBold(true);
    label_->setFont(bold);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_, 0, 0, 1, 3);
    layout->addWidget(firstSlider_, 1, 0, 1, 3);
    layout->addWidget(lastSlider_, 2, 0, 1, 3);
    layout->addWidget(playButton_, 3, 0);
    layout->addWidget(speed_, 3, 1);
    layout->addWidget(rangeMode_, 4, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(firstSlider_, &QSlider::valueChanged, this, &TimeSlider::sliderMoved);
    connect(lastSlider_, &QSlider::valueChanged, this, &TimeSlider::sliderMoved);
    connect(rangeMode_, &QCheckBox::toggled, this, &TimeSlider::setRangeMode);
    connect(playButton_, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(speed_, &QComboBox::currentIndexChanged, this,
            [this] { setPeriodsPerSecond(speed_->currentData().toDouble()); });
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (!step()) pause();
    });
    setPeriodsPerSecond(kSpeeds[kDefaultSpeed]);
    setPeriods({});
}

void TimeSlider::setPeriods(const QStringList& labels)
{
    pause();
    labels_ = labels;
    const int max = std::max(0, static_cast<int>(labels.size()) - 1);
    {
        const QSignalBlocker a(firstSlider_), b(lastSlider_), c(rangeMode_);
        firstSlider_->setRange(0, max);
        lastSlider_->setRange(0, max);
        firstSlider_->setValue(max);
        lastSlider_->setValue(max);
        rangeMode_->setChecked(false);
        lastSlider_->setVisible(false);
    }
    setEnabled(!labels.isEmpty());
    updateLabel();
}

int TimeSlider::first() const
{
    return firstSlider_->value();
}

int TimeSlider::last() const
{
    return isRangeMode() ? lastSlider_->value() : firstSlider_->value();
}

bool TimeSlider::isRangeMode() const
{
    return rangeMode_->isChecked();
}

QString TimeSlider::rangeText() const
{
    if (labels_.isEmpty()) return {};
    const QString a = labels_.value(first()), b = labels_.value(last());
    return first() == last() ? a : tr("%1 – %2").arg(a, b);
}

void TimeSlider::setRange(int first, int last)
{
    if (last < first) std::swap(first, last);
    {
        const QSignalBlocker a(firstSlider_), b(lastSlider_), c(rangeMode_);
        if (first != last) {
            rangeMode_->setChecked(true);
            lastSlider_->setVisible(true);
        }
        firstSlider_->setValue(first);
        lastSlider_->setValue(last);
    }
    sliderMoved();
}

void TimeSlider::setRangeMode(bool on)
{
    {
        const QSignalBlocker c(rangeMode_), b(lastSlider_);
        rangeMode_->setChecked(on);
        lastSlider_->setVisible(on);
        lastSlider_->setValue(std::max(lastSlider_->value(), firstSlider_->value()));
    }
    sliderMoved();
}

void TimeSlider::setPeriodsPerSecond(double speed)
{
    timer_.setInterval(static_cast<int>(1000 / speed));
}

bool TimeSlider::step()
{
    if (last() >= lastSlider_->maximum()) return false;
    {
        const QSignalBlocker a(firstSlider_), b(lastSlider_);
        firstSlider_->setValue(firstSlider_->value() + 1);
        lastSlider_->setValue(lastSlider_->value() + 1);
    }
    sliderMoved();
    return true;
}

void TimeSlider::play()
{
    if (labels_.size() < 2) return;
    if (last() >= lastSlider_->maximum()) {  // at the end: start over, keeping the range's width
        const int width = last() - first();
        setRange(0, width);
    }
    timer_.start();
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    playButton_->setToolTip(tr("Pause"));
    Q_EMIT playingChanged(true);
}

void TimeSlider::pause()
{
    if (!timer_.isActive()) return;
    timer_.stop();
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    playButton_->setToolTip(tr("Play through the periods"));
    Q_EMIT playingChanged(false);
}

void TimeSlider::sliderMoved()
{
    // In range mode the two handles may not cross: the one not moved follows.
    if (isRangeMode() && lastSlider_->value() < firstSlider_->value()) {
        const QSignalBlocker a(firstSlider_), b(lastSlider_);
        if (sender() == lastSlider_)
            firstSlider_->setValue(lastSlider_->value());
        else
            lastSlider_->setValue(firstSlider_->value());
    }
    updateLabel();
    if (!labels_.isEmpty()) Q_EMIT rangeChanged(first(), last());
}

void TimeSlider::updateLabel()
{
    label_->setText(labels_.isEmpty() ? tr("No periods") : rangeText());
}

}  // namespace aitocracy::gui
