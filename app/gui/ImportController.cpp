#include "ImportController.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

#include "ImportJob.h"
#include "ImportProgressStrip.h"
#include "ImportReportView.h"
#include "ImportWizard.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

ImportController::ImportController(QWidget* window, AppSettings* settings)
    : QObject(window),
      window_(window),
      settings_(settings),
      job_(new ImportJob(this)),
      strip_(new ImportProgressStrip(window)),
      importAction_(new QAction(tr("&Import Data…"), this))
{
    importAction_->setShortcut(Qt::CTRL | Qt::Key_I);
    importAction_->setToolTip(tr("Import GDELT files, contracts, firms, weather or covariates into the project"));
    connect(importAction_, &QAction::triggered, this, &ImportController::chooseFiles);
    connect(job_, &ImportJob::progressChanged, strip_, &ImportProgressStrip::update);
    connect(job_, &ImportJob::finished, this, &ImportController::jobFinished);
    connect(strip_, &ImportProgressStrip::cancelRequested, this, &ImportController::cancel);
}

ImportWizard* ImportController::wizard() const
{
    return wizard_;
}

ImportReportView* ImportController::lastReport() const
{
    return report_;
}

void ImportController::setProject(const QString& path)
{
    project_ = path;
}

QStringList ImportController::localFiles(const QMimeData* mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls()) return out;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile())) out << url.toLocalFile();
    return out;
}

QStringList ImportController::expandFolders(const QStringList& paths)
{
    QStringList out;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            out << path;
            continue;
        }
        for (const QFileInfo& f : QDir(path).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
            out << f.absoluteFilePath();
    }
    return out;
}

void ImportController::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        window_, tr("Import data"), QString(),
        tr("Data files (*.csv *.tsv *.txt *.zip *.CSV *.gpkg *.shp *.geojson *.json);;All files (*)"));
    if (!files.isEmpty()) importFiles(files);
}

void ImportController::importFiles(const QStringList& paths)
{
    const QStringList files = expandFolders(paths);
    if (files.isEmpty()) return;
    if (wizard_) {
        wizard_->raise();
        return;
    }
    const bool boundaryFile = std::ranges::any_of(files, [](const QString& f) {
        const QString suffix = QFileInfo(f).suffix().toLower();
        return suffix == u"shp" || suffix == u"gpkg" || suffix == u"geojson" || suffix == u"json" || suffix == u"kml" ||
               suffix == u"gml" || suffix == u"fgb";
    });
    if (project_.isEmpty() && !boundaryFile) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("No project is open"),
                                    tr("Data are imported into a project. Create one (from the built-in map, or from a "
                                       "boundary file dropped here) or open one, then import the files again."),
                                    QMessageBox::Ok, window_);
        box->setObjectName(u"noProjectMessage"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);  // the wizard reads the files' first rows
    auto* wizard = new ImportWizard(files, project_, settings_, window_);
    QApplication::restoreOverrideCursor();
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::projectCreated, this, &ImportController::projectCreated);
    connect(wizard, &QDialog::accepted, this, [this, wizard] { run(wizard->requests()); });
    wizard_ = wizard;
    wizard->open();
}

void ImportController::run(std::vector<ImportRequest> requests)
{
    for (auto& r : requests) queue_.push_back(std::move(r));
    if (!job_->isRunning()) startNext();
}

void ImportController::cancel()
{
    queue_.clear();
    job_->cancel();
}

void ImportController::startNext()
{
    if (queue_.empty() || project_.isEmpty()) return;
    ImportRequest request = std::move(queue_.front());
    queue_.pop_front();
    const QString kind = ImportPlan::kindLabel(request.kind);
    const QString title = request.files.size() == 1
                              ? tr("%1 (%2)").arg(QFileInfo(request.files.front()).fileName(), kind)
                              : tr("%1 files (%2)").arg(request.files.size()).arg(kind);
    runningProject_ = project_;
    strip_->begin(title);
    job_->start(project_, request);
}

void ImportController::jobFinished(const ImportOutcome& outcome)
{
    switch (outcome.status) {
        case ImportStatus::Ok:
            strip_->finish(tr("Imported: %1").arg(outcome.title));
            break;
        case ImportStatus::Cancelled:
            strip_->finish(tr("Import cancelled: the project is unchanged"));
            break;
        case ImportStatus::Failed:
            strip_->finish(tr("Import failed: %1").arg(outcome.error));
            break;
    }
    if (outcome.status == ImportStatus::Ok && runningProject_ == project_) Q_EMIT projectDataChanged();
    if (outcome.status != ImportStatus::Cancelled) showReport(outcome);
    Q_EMIT importFinished(outcome);
    startNext();
}

// One report window, a tab per import: a folder of GDELT days, contracts and weather
// dropped together give one window to read, not a stack of them.
void ImportController::showReport(const ImportOutcome& outcome)
{
    if (!reportTabs_) {
        auto* dialog = new QDialog(window_);
        dialog->setObjectName(u"importReport"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Import report"));
        reportTabs_ = new QTabWidget(dialog);
        reportTabs_->setDocumentMode(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(reportTabs_, 1);
        layout->addWidget(buttons);
        dialog->resize(900, 600);
    }
    auto* view = new ImportReportView(reportTabs_);
    view->setOutcome(outcome);
    reportTabs_->setCurrentIndex(reportTabs_->addTab(view, outcome.title));
    QWidget* dialog = reportTabs_->window();
    dialog->show();
    dialog->raise();
    report_ = view;
}

}  // namespace aitocracy::gui
