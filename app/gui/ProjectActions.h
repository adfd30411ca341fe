#pragma once
// The project part of the File menu: New Project…, Open Project…, Open Recent ▸, Save
// As…, Close Project. It asks the user (dialogs) and hands the answer to the
// ProjectSession; failures the session reports are shown in a message box.
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace aitocracy::gui {

class AppSettings;
class ProjectSession;

class ProjectActions : public QObject {
    Q_OBJECT
public:
    // `settings` (may be null: no recent list) must outlive the actions; `window` is the
    // parent of the dialogs and message boxes.
    ProjectActions(ProjectSession* session, AppSettings* settings, QWidget* window);

    // New, Open, Open Recent, a separator, Save As, Close Project.
    void addTo(QMenu* menu);

    [[nodiscard]] QMenu* recentMenu() const { return recent_; }
    [[nodiscard]] QAction* saveAsAction() const { return saveAs_; }
    [[nodiscard]] QAction* closeAction() const { return close_; }

public Q_SLOTS:
    void newProject();
    void openProject();
    void saveProjectAs();
    // Rebuilds Open Recent from the settings (done each time the menu opens).
    void fillRecentMenu();

private:
    void showOpenFailure(const QString& path, const QString& message, const QString& hint);
    void showSaveFailure(const QString& target, const QString& message);
    void updateEnabled();

    ProjectSession* session_;
    AppSettings* settings_;
    QWidget* window_;
    QAction* new_;
    QAction* open_;
    QMenu* recent_;
    QAction* saveAs_;
    QAction* close_;
};

}  // namespace aitocracy::gui
