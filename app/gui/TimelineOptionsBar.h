#pragma once
// The small toolbar above the timelines: which series, the scope (all China, selected
// prefectures summed or as small multiples), log scale, moving average, amounts.
#include <QWidget>

#include "TimelineOptions.h"

class QCheckBox;
class QComboBox;
class QMenu;
class QSpinBox;
class QToolButton;

namespace aitocracy::gui {

class TimelineOptionsBar : public QWidget {
    Q_OBJECT
public:
    explicit TimelineOptionsBar(QWidget* parent = nullptr);

    // The count columns the panel has; keeps the ticks of those still offered and, when
    // none is left, ticks `defaults`.
    void setAvailableColumns(const QStringList& columns, const QStringList& defaults);
    [[nodiscard]] TimelineOptions options() const;
    void setOptions(const TimelineOptions& options);  // does not emit optionsChanged

Q_SIGNALS:
    void optionsChanged();
    void clearTimeRangeRequested();

private:
    void emitChanged();

    QToolButton* seriesButton_;
    QMenu* seriesMenu_;
    QComboBox* scope_;
    QCheckBox* amounts_;
    QCheckBox* log_;
    QSpinBox* average_;
    bool updating_ = false;
};

}  // namespace aitocracy::gui
