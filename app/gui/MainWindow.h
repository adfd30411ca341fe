#pragma once
// The main window only composes: the map in the centre, the map colour dock (controls,
// time slider, legend), the timelines and the prefecture table below, all watching one
// selection and one panel (built by PanelController at the period chosen in the toolbar),
// the regression panel tabbed with them (its sample watches the same selection), a
// status bar (hovered unit, cursor coordinates, selection size, estimate times) and the
// File / View / Help menus (projects and figure export among them). Projects are opened,
// closed and saved under another name through its ProjectSession.
#include <QMainWindow>
#include <memory>

#include "geo/Unit.h"
#include "panel/Panel.h"
#include "panel/PanelBuilder.h"

class QDockWidget;
class QLabel;

namespace aitocracy::gui {

class AppSettings;
class ChoroplethControls;
class ChoroplethController;
class DataQualityPanel;
class ImportController;
class MapLegend;
class MapView;
class PanelController;
class PrefectureTable;
class ProjectActions;
class ProjectSession;
class ProvenancePanel;
class RegressionPanel;
class RulesEditor;
class SelectionModel;
class TimelineView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `settings` (may be null: nothing is restored or saved) must outlive the window.
    explicit MainWindow(AppSettings* settings = nullptr, QWidget* parent = nullptr);

    // The window title names the project and says when its data are simulated; the map
    // says so too. An empty path: no project, the bare map.
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
    // Opens projects (File menu, start-up); its results reach setProject() and setUnits().
    [[nodiscard]] ProjectSession* projectSession() const { return session_; }
    [[nodiscard]] ProjectActions* projectActions() const { return projectActions_; }
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
    void createProjectSession();
    void createMenus();
    void createMapDock();
    void createDataDocks();
    void createPanelToolBar();
    void createRegressionDock();
    void createImport();
    void showRegression();
    void showRulesEditor();
    void cleaningChanged(const core::PanelOptions& options);
    void exportMapFigure();
    void exportTimelineFigure();
    // "Boundaries © … · Aitocracy Explorer", saying so when the data are simulated.
    [[nodiscard]] QString attributionText() const;
    // The map's banner when the data are simulated; empty otherwise.
    [[nodiscard]] QString simulatedBanner() const;
    void createStatusBar();
    void restoreWindow();
    void showHovered(const QString& code);
    void showSelectionSize();

    AppSettings* settings_;
    ProjectSession* session_ = nullptr;
    ProjectActions* projectActions_ = nullptr;
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
    DataQualityPanel* quality_ = nullptr;
    QDockWidget* qualityDock_ = nullptr;
    RulesEditor* rulesEditor_ = nullptr;  // made when first opened
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
