#pragma once
// The map colour controls: variable, classification scheme, number of classes (or custom
// breaks), palette (marked colour-blind / grayscale safe), sum or mean over a range, and
// the time slider. Emits the whole spec on every change; without a panel everything is
// disabled, with a tooltip saying why.
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "ChoroplethSpec.h"
#include "panel/Panel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace aitocracy::gui {

class TimeSlider;

class ChoroplethControls : public QWidget {
    Q_OBJECT
public:
    explicit ChoroplethControls(QWidget* parent = nullptr);

    // Fills the variable list and the periods (null: no data, all disabled).
    void setPanel(std::shared_ptr<const core::Panel> panel);
    [[nodiscard]] ChoroplethSpec spec() const;
    [[nodiscard]] TimeSlider* timeSlider() const { return time_; }
    [[nodiscard]] QComboBox* variableBox() const { return variable_; }
    [[nodiscard]] QComboBox* schemeBox() const { return scheme_; }
    [[nodiscard]] QComboBox* paletteBox() const { return palette_; }
    [[nodiscard]] QSpinBox* classesBox() const { return classes_; }
    [[nodiscard]] QComboBox* aggregationBox() const { return aggregation_; }
    [[nodiscard]] QLineEdit* customBreaksEdit() const { return custom_; }

    // A problem to show under the controls (empty: none).
    void showProblem(const QString& text);

Q_SIGNALS:
    void specChanged(const aitocracy::gui::ChoroplethSpec& spec);

private:
    [[nodiscard]] int initialVariable(const QString& chosen) const;
    void fillPalettes();
    void showPaletteFlags();
    void schemeChanged();
    void emitSpec();
    // The custom breaks typed in; nullopt when they do not parse as numbers.
    [[nodiscard]] std::optional<std::vector<double>> customBreaks() const;

    std::shared_ptr<const core::Panel> panel_;
    QComboBox* variable_;
    QComboBox* scheme_;
    QSpinBox* classes_;
    QLineEdit* custom_;
    QComboBox* palette_;
    QLabel* paletteFlags_;
    QComboBox* aggregation_;
    TimeSlider* time_;
    QLabel* problem_;
};

}  // namespace aitocracy::gui
