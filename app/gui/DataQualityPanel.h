#pragma once
// The "Data quality" dock: where the GDELT rows went (the funnel of core/panel/
// UnrestFunnel.h, at import and in the panel, with each step's share) and the switches
// of the unrest cleaning rules. A switch applies at once: the panel controller rebuilds
// the panel every view shows with the new rules, the funnel is worked out again in the
// background, and the panel's event count is shown with its change against the count
// before the switch.
#include <QWidget>
#include <optional>

#include "panel/PanelBuilder.h"
#include "panel/UnrestFunnel.h"

class QCheckBox;
class QLabel;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace aitocracy::gui {

class FunnelController;
class PanelController;

class DataQualityPanel : public QWidget {
    Q_OBJECT
public:
    // `panels` must outlive the panel; its options set the switches.
    explicit DataQualityPanel(PanelController* panels, QWidget* parent = nullptr);

    // The dock's title, translated in this class's context.
    [[nodiscard]] static QString title();

    // The funnel shown (none before the first answer or without a project).
    [[nodiscard]] const std::optional<core::UnrestFunnel>& funnel() const { return funnel_; }
    [[nodiscard]] bool isBusy() const;
    // The cleaning options the switches stand for.
    [[nodiscard]] core::PanelOptions cleaning() const;
    // "−1 234 events vs. before", empty when no switch has changed the count.
    [[nodiscard]] QString changeText() const;

public Q_SLOTS:
    // Works the funnel out again (the panel controller's project or data changed).
    void refresh();

private:
    void showSwitches(const core::PanelOptions& options);
    void applySwitches();
    void showFunnel(const QString& path, const core::PanelOptions& options, const core::UnrestFunnel& funnel);
    void showNoProject();
    void fillImportSteps(QTreeWidgetItem* root, const core::ImportSteps& s);
    void fillPanelSteps(QTreeWidgetItem* root, const core::StoredSteps& s);

    PanelController* panels_;
    FunnelController* funnels_;
    QCheckBox* dropRepeats_;
    QCheckBox* protestsOnly_;
    QCheckBox* rootOnly_;
    QSpinBox* minSources_;
    QSpinBox* minArticles_;
    QTreeWidget* tree_;
    QLabel* counted_;
    QLabel* change_;
    std::optional<core::UnrestFunnel> funnel_;
    // What the shown funnel was worked out for: a change of the options (same project)
    // shows the difference in the count.
    QString shownPath_;
    core::PanelOptions shownOptions_;
};

}  // namespace aitocracy::gui
