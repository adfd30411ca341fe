#pragma once
// Steps through a panel's periods: a slider (two in range mode: first and last period),
// play/pause, and a speed. Playing moves the period (or the whole range) one step per
// tick and stops at the end; pressing play at the end starts over.
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace aitocracy::gui {

class TimeSlider : public QWidget {
    Q_OBJECT
public:
    explicit TimeSlider(QWidget* parent = nullptr);

    // Period labels ("2016Q1", …); resets to the last period, single mode, paused.
    void setPeriods(const QStringList& labels);
    [[nodiscard]] int first() const;
    [[nodiscard]] int last() const;
    [[nodiscard]] bool isRangeMode() const;
    [[nodiscard]] bool isPlaying() const { return timer_.isActive(); }
    [[nodiscard]] QString rangeText() const;  // "2016Q1" or "2016Q1 – 2017Q4"

    void setRange(int first, int last);  // also switches to range mode when they differ
    void setRangeMode(bool on);
    void setPeriodsPerSecond(double speed);
    // One step forward (what a tick of play does); false at the end.
    bool step();

public Q_SLOTS:
    void play();
    void pause();

Q_SIGNALS:
    void rangeChanged(int first, int last);
    void playingChanged(bool playing);

private:
    void sliderMoved();
    void updateLabel();

    QStringList labels_;
    QSlider* firstSlider_;
    QSlider* lastSlider_;
    QToolButton* playButton_;
    QComboBox* speed_;
    QCheckBox* rangeMode_;
    QLabel* label_;
    QTimer timer_;
    bool settingRange_ = false;
};

}  // namespace aitocracy::gui
