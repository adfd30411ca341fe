#pragma once
// The main window only composes: the map in the centre, the map colour dock (controls,
// time slider, legend), a status bar (hovered unit, cursor coordinates, selection size)
// and the File / View / Help menus.
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
class MapLegend;
class MapView;
class SelectionModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `settings` (may be null: nothing is restored or saved) must outlive the window.
    explicit MainWindow(AppSettings* settings = nullptr, QWidget* parent = nullptr);

    // The window title names the project and says when its data are simulated; the map
    // says so too.
    void setProject(const QString& path, bool simulated);
    void setUnits(std::shared_ptr<const core::UnitSet> units);
    // Shown in place of the map when no units could be loaded.
    void showLoadFailure(const QString& message);

    [[nodiscard]] MapView* mapView() const { return map_; }
    [[nodiscard]] SelectionModel* selectionModel() const { return selection_; }
    [[nodiscard]] ChoroplethControls* choroplethControls() const { return controls_; }
    [[nodiscard]] MapLegend* mapLegend() const { return legend_; }

public Q_SLOTS:
    // The seam for the panel builder: the panel the map colours (null: none, the map
    // colour controls are disabled).
    void setPanel(std::shared_ptr<const core::Panel> panel);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createMapDock();
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
    QLabel* hoverLabel_ = nullptr;
    QLabel* coordLabel_ = nullptr;
    QLabel* selectionLabel_ = nullptr;
};

}  // namespace aitocracy::gui
