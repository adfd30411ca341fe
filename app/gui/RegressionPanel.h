#pragma once
// The interactive regression panel: the specification form on the left, the coefficient
// plot, the coefficient table and the fit facts on the right. Every edit is one command
// on the panel's undo stack and is estimated at once off the GUI thread (continuous
// input — a slider being dragged, a formula being typed — briefly debounced); the plot
// keeps the last estimate until the new one arrives. Up to four specifications can be
// pinned beside the current one. The sample can leave out the prefectures selected on
// the shared map selection.
#include <QWidget>
#include <memory>

#include "RegressionOutcome.h"
#include "panel/Panel.h"
#include "regression/SavedSpec.h"
#include "scripts/ScriptSpec.h"

class QSplitter;
class QTableView;
class QTimer;
class QToolBar;
class QUndoStack;

namespace aitocracy::gui {

class CoefficientPlot;
class CoefficientTableModel;
class FitFactsView;
class RegressionController;
class RegressionForm;
class SelectionModel;

class RegressionPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxPinned = 4;

    explicit RegressionPanel(SelectionModel* selection, QWidget* parent = nullptr);

    // The project the firm panel, the truth and the saved specifications come from.
    void setProject(const QString& path);
    void setPanel(std::shared_ptr<const core::Panel> panel);

    [[nodiscard]] const core::reg::RegressionSpec& spec() const { return applied_; }
    // Applies `spec` as one undoable edit (what a user's edit does).
    void editSpec(const core::reg::RegressionSpec& spec, const QString& what);
    // The specification of the previous session: applied without an undo step, with no
    // prefectures left out.
    void restoreSpec(core::reg::RegressionSpec spec);

    // The sizes of the form, plot, table and facts areas, to restore the next session.
    [[nodiscard]] QByteArray saveLayout() const;
    void restoreLayout(const QByteArray& state);

    [[nodiscard]] QUndoStack* undoStack() const { return undo_; }
    [[nodiscard]] RegressionForm* form() const { return form_; }
    [[nodiscard]] CoefficientPlot* plot() const { return plot_; }
    [[nodiscard]] RegressionController* controller() const { return controller_; }
    [[nodiscard]] const std::shared_ptr<const RegressionOutcome>& current() const { return current_; }
    [[nodiscard]] int pinnedCount() const { return static_cast<int>(pinned_.size()); }

    void pinCurrent();
    void clearPins();
    // Written below exported figures (boundaries, "Simulated data").
    void setAttribution(const QString& text) { attribution_ = text; }
    void exportFigure();
    void saveTable();
    void copyTable(bool latex);
    void writeScript(core::scripts::ScriptLanguage language);
    void saveSpecToFile();
    void openSpecFromFile();
    // Saves the current specification and its result summary in the project under `name`.
    void saveSpecInProject(const QString& name);
    [[nodiscard]] const std::vector<core::reg::SavedSpec>& savedSpecs() const { return saved_; }

Q_SIGNALS:
    // The plot shows a new estimate (after it was repainted).
    void outcomeShown(std::shared_ptr<const aitocracy::gui::RegressionOutcome> outcome);
    void statusMessage(const QString& message);

private:
    void applySpec(const core::reg::RegressionSpec& spec);
    void requestEstimate();
    void showOutcome(std::shared_ptr<const RegressionOutcome> outcome);
    void showFailure(const QString& message, int column);
    void refreshViews();
    void updateExclusions();
    [[nodiscard]] QToolBar* buildToolBar();
    [[nodiscard]] std::vector<std::shared_ptr<const RegressionOutcome>> shownOutcomes() const;

    SelectionModel* selection_;
    RegressionController* controller_;
    RegressionForm* form_;
    CoefficientPlot* plot_;
    CoefficientTableModel* tableModel_;
    QTableView* table_;
    FitFactsView* facts_;
    QSplitter* split_ = nullptr;    // form | plot | results
    QSplitter* results_ = nullptr;  // table over facts
    QUndoStack* undo_;
    QTimer* debounce_;
    bool dragging_ = false;
    core::reg::RegressionSpec applied_;  // what the form shows and the last request asked for
    QString projectPath_, attribution_;
    std::shared_ptr<const core::Panel> panel_;
    std::shared_ptr<const RegressionOutcome> current_;
    std::vector<std::shared_ptr<const RegressionOutcome>> pinned_;
    std::vector<core::reg::SavedSpec> saved_;  // the project's, as last listed
};

}  // namespace aitocracy::gui
