#pragma once
// The main window only composes: the map in the centre, the map colour dock (controls,
// time slider, legend), the timelines and the prefecture table below, all watching one
// selection and one panel (built by PanelController at the period chosen in the toolbar),
// the regression panel tabbed with them (its sample watches the same selection), a
// status bar (hovered unit, cursor coordinates, selection size, estimate times) and the
// File / View / Help menus (figure export among them).
#include <QMainWindow>
#include <memory>

#include "geo/Unit.h"
#include "panel/Panel.h"

class QDockWidget;
class QLabel;

namespace aitocracy::gui {

class AppSettings;
class ChoroplethControls;
class ChoroplethController;
class ImportController;
class MapLegend;
class MapView;
class PanelController;
class PrefectureTable;
class ProvenancePanel;
class RegressionPanel;
class SelectionModel;
class TimelineView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `settings` (may be null: nothing is restored or saved) must outlive the window.
    explicit MainWindow(AppSettings* settings = nullptr, QWidget* parent = nullptr);

    // The window title names the project and says when its data are simulated; the map
    // says so too.
    void setProject(const QString& path, bool simulated);
    // The open project's file; empty when only the built-in map is shown.
    [[nodiscard]] QString projectPath() const { return projectPath_; }
    void setUnits(std::shared_ptr<const core::UnitSet> units);
    // Shown in place of the map when no units could be loaded.
    void showLoadFailure(const QString& message);

    [[nodiscard]] MapView* mapView() const { return map_; }
    [[nodiscard]] SelectionModel* selectionModel() const { return selection_; }
    [[nodiscard]] ChoroplethControls* choroplethControls() const { return controls_; }
    [[nodiscard]] MapLegend* mapLegend() const { return legend_; }
    [[nodiscard]] TimelineView* timelineView() const { return timelines_; }
    [[nodiscard]] PrefectureTable* prefectureTable() const { return table_; }
    [[nodiscard]] PanelController* panelController() const { return panels_; }
    [[nodiscard]] RegressionPanel* regressionPanel() const { return regression_; }
    [[nodiscard]] QDockWidget* regressionDock() const { return regressionDock_; }
    [[nodiscard]] ImportController* importController() const { return imports_; }
    [[nodiscard]] ProvenancePanel* provenancePanel() const { return provenance_; }
    [[nodiscard]] QDockWidget* provenanceDock() const { return provenanceDock_; }

public Q_SLOTS:
    // The seam for the panel builder: the panel the map colours (null: none, the map
    // colour controls are disabled).
    void setPanel(std::shared_ptr<const core::Panel> panel);
    // The open project's data changed (an import, new rules): rebuild what is shown.
    void reloadProjectData();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // Files and folders dropped on the window go to the import wizard (local files only).
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createMapDock();
    void createDataDocks();
    void createPanelToolBar();
    void createRegressionDock();
    void createImport();
    void showRegression();
    void exportMapFigure();
    void exportTimelineFigure();
    // "Boundaries © … · Aitocracy Explorer", saying so when the data are simulated.
    [[nodiscard]] QString attributionText() const;
    void createStatusBar();
    void restoreWindow();
    void showHovered(const QString& code);
    void showSelectionSize();

    AppSettings* settings_;
    SelectionModel* selection_;
    MapView* map_;
    ChoroplethControls* controls_ = nullptr;
    MapLegend* legend_ = nullptr;
    ChoroplethController* choropleth_ = nullptr;
    QDockWidget* mapDock_ = nullptr;
    PanelController* panels_ = nullptr;
    TimelineView* timelines_ = nullptr;
    PrefectureTable* table_ = nullptr;
    QDockWidget* timelineDock_ = nullptr;
    QDockWidget* tableDock_ = nullptr;
    RegressionPanel* regression_ = nullptr;
    QDockWidget* regressionDock_ = nullptr;
    ImportController* imports_ = nullptr;
    ProvenancePanel* provenance_ = nullptr;
    QDockWidget* provenanceDock_ = nullptr;
    QLabel* hoverLabel_ = nullptr;
    QLabel* coordLabel_ = nullptr;
    QLabel* selectionLabel_ = nullptr;
    QString projectPath_;
    bool simulated_ = false;
    bool stateRestored_ = false, layoutSized_ = false;
};

}  // namespace aitocracy::gui
