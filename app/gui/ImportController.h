#pragma once
// The import flow of the main window: files dropped or chosen → ImportWizard (window-
// modal while choosing) → the imports run one after another in the background
// (ImportJob) with the progress strip in the status bar → on success the project's data
// are reloaded and the report opens in a non-modal window.
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <deque>

#include "ImportOutcome.h"
#include "ImportRequest.h"

class QAction;
class QTabWidget;
class QMimeData;
class QWidget;

namespace aitocracy::gui {

class AppSettings;
class ImportJob;
class ImportProgressStrip;
class ImportReportView;
class ImportWizard;

class ImportController : public QObject {
    Q_OBJECT
public:
    // `window` parents the wizard and the reports; `settings` may be null.
    ImportController(QWidget* window, AppSettings* settings);

    void setProject(const QString& path);
    [[nodiscard]] ImportProgressStrip* progressStrip() const { return strip_; }
    [[nodiscard]] ImportJob* job() const { return job_; }
    // File → Import Data… (Ctrl+I).
    [[nodiscard]] QAction* importAction() const { return importAction_; }
    [[nodiscard]] ImportWizard* wizard() const;          // the open wizard, or null
    [[nodiscard]] ImportReportView* lastReport() const;  // the last report shown, while open

    // Opens the wizard for these files and folders (a folder gives its files).
    void importFiles(const QStringList& paths);
    // File → Import Data…: a file chooser, then the wizard.
    void chooseFiles();
    // Queues imports into the open project and starts the first when idle.
    void run(std::vector<ImportRequest> requests);
    // Cancels the running import and drops the queued ones.
    void cancel();

    // The local files of a drag; empty when it holds none (then the drop is refused).
    static QStringList localFiles(const QMimeData* mime);
    // Files as given, folders replaced by their regular files sorted by name.
    static QStringList expandFolders(const QStringList& paths);

Q_SIGNALS:
    // An import committed: the project's data changed.
    void projectDataChanged();
    void importFinished(const aitocracy::gui::ImportOutcome& outcome);
    // The wizard created a project from a boundary file: the window should open it.
    void projectCreated(const QString& path);

private:
    void startNext();
    void jobFinished(const ImportOutcome& outcome);
    void showReport(const ImportOutcome& outcome);

    QWidget* window_;
    AppSettings* settings_;
    QString project_;
    QString runningProject_;
    ImportJob* job_;
    ImportProgressStrip* strip_;
    QAction* importAction_;
    QPointer<ImportWizard> wizard_;
    QPointer<ImportReportView> report_;
    QPointer<QTabWidget> reportTabs_;  // the open report window's tabs
    std::deque<ImportRequest> queue_;
};

}  // namespace aitocracy::gui
