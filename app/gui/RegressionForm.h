#pragma once
// The regression panel's form: one page of controls over a core::reg::RegressionSpec
// (analysis template, outcome, treatment, design, leads and lags, controls, fixed effects,
// clustering, sample, IV) showing only what the chosen analysis uses, and the formula the
// specification runs. It never estimates: every user edit is reported as a new spec
// (specEdited), which the panel turns into an undoable command; setSpec shows a spec
// without reporting it.
#include <QStringList>
#include <QWidget>

#include "regression/RegressionSpec.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QSlider;
class QSpinBox;

namespace aitocracy::gui {

class FormulaEdit;

class RegressionForm : public QWidget {
    Q_OBJECT
public:
    explicit RegressionForm(QWidget* parent = nullptr);

    void setSpec(const core::reg::RegressionSpec& spec);
    [[nodiscard]] const core::reg::RegressionSpec& spec() const { return spec_; }

    // The prefecture panel's columns (controls, instruments, shocks, formula completion).
    void setPanelColumns(const QStringList& columns);
    void setPeriods(const QStringList& labels);
    // The formula the current specification runs (templates), read-only.
    void setRunningFormula(const QString& formula);
    // Underlines the free formula at `column` (1-based; 0: the whole text) and says why;
    // an empty message clears it.
    void setFormulaError(const QString& message, int column);
    // Whether the prefectures selected on the map are left out of the sample.
    [[nodiscard]] bool leavesOutSelection() const;
    void setLeaveOutSelection(bool on);

    // Merge keys of continuous edits: consecutive edits with the same key are one undo step.
    enum MergeKey { NoMerge = -1, LeadsKey = 1, LagsKey, ThresholdKey, FormulaKey, ReferenceKey };

Q_SIGNALS:
    // `what` names the edit for the undo history ("Lags: 4").
    void specEdited(const aitocracy::core::reg::RegressionSpec& spec, const QString& what, int mergeKey);
    void leaveOutSelectionToggled(bool on);
    // A slider is being dragged (the panel debounces its edits until released).
    void sliderDragging(bool dragging);

private:
    QWidget* buildTemplateBox();
    QWidget* buildDesignBox();
    QWidget* buildModelBox();
    QWidget* buildControlsBox();
    QWidget* buildFixedEffectsBox();
    QWidget* buildSampleBox();
    void edit(const core::reg::RegressionSpec& next, const QString& what, int mergeKey = NoMerge);
    void showSpec();
    void updateVisibility();
    void fillColumnLists();
    [[nodiscard]] QStringList checkedItems(const QListWidget* list) const;

    core::reg::RegressionSpec spec_;
    QStringList columns_;
    bool showing_ = false;  // setSpec is filling the widgets: their signals are not edits

    QComboBox* analysis_;
    QComboBox* outcome_;
    QComboBox* treatment_;
    QDoubleSpinBox* threshold_;
    QComboBox* design_;
    QSlider* leads_;
    QLabel* leadsValue_;
    QSlider* lags_;
    QLabel* lagsValue_;
    QSpinBox* reference_;
    QCheckBox* bin_;
    QComboBox* shock_;
    QComboBox* software_;
    QComboBox* model_;
    FormulaEdit* formula_;
    QLabel* formulaError_;
    QLabel* runningFormula_;
    QListWidget* controls_;
    QCheckBox* iv_;
    QListWidget* instruments_;
    QCheckBox* unitFe_;
    QCheckBox* periodFe_;
    QCheckBox* provincePeriodFe_;
    QComboBox* cluster_;
    QComboBox* firstPeriod_;
    QComboBox* lastPeriod_;
    QCheckBox* leaveOut_;
    QLabel* leftOut_;
    QGroupBox* treatmentBox_;
    QGroupBox* designBox_;
    QGroupBox* modelBox_;
    QGroupBox* controlsBox_;
    QGroupBox* ivBox_;
    QGroupBox* feBox_;
    QGroupBox* sampleBox_;
    QWidget* outcomeRow_;
    QWidget* referenceRow_;
    QWidget* shockRow_;
    QWidget* softwareRow_;
};

}  // namespace aitocracy::gui
