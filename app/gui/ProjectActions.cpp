#include "ProjectActions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

#include "AppSettings.h"
#include "NewProjectDialog.h"
#include "ProjectSession.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

const QString kExtension = QString::fromLatin1(core::kProjectExtension);

// Window-modal but not blocking: the program goes on (a scripted run can still quit).
void showError(QWidget* parent, const QString& text, const QString& informative, const QString& details = {})
{
    auto* box = new QMessageBox(QMessageBox::Critical, ProjectActions::tr("Aitocracy Explorer"), text,
                                QMessageBox::Ok, parent);
    box->setObjectName(u"projectErrorBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(informative);
    if (!details.isEmpty()) box->setDetailedText(details);
    box->open();
}

QString filter()
{
    return ProjectActions::tr("Aitocracy projects (*%1)").arg(kExtension);
}

// The folder of the open project, else of the most recent one, else Documents.
QString startFolder(const ProjectSession* session, const AppSettings* settings)
{
    if (!session->projectPath().isEmpty()) return QFileInfo(session->projectPath()).absolutePath();
    if (settings && !settings->recentProjects().isEmpty()) {
        const QFileInfo recent(settings->recentProjects().constFirst());
        if (QFileInfo(recent.absolutePath()).isDir()) return recent.absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

}  // namespace

ProjectActions::ProjectActions(ProjectSession* session, AppSettings* settings, QWidget* window)
    : QObject(window), session_(session), settings_(settings), window_(window)
{
    new_ = new QAction(tr("&New Project…"), this);
    new_->setShortcut(QKeySequence::New);
    connect(new_, &QAction::triggered, this, &ProjectActions::newProject);
    open_ = new QAction(tr("&Open Project…"), this);
    open_->setShortcut(QKeySequence::Open);
    connect(open_, &QAction::triggered, this, &ProjectActions::openProject);
    recent_ = new QMenu(tr("Open &Recent"), window);
    recent_->setObjectName(u"recentProjectsMenu"_s);
    connect(recent_, &QMenu::aboutToShow, this, &ProjectActions::fillRecentMenu);
    saveAs_ = new QAction(tr("Save Project &As…"), this);
    // Desktops without a Save As key of their own (plain X11) get the common one.
    const QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    saveAs_->setShortcuts(saveAsKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)} : saveAsKeys);
    connect(saveAs_, &QAction::triggered, this, &ProjectActions::saveProjectAs);
    close_ = new QAction(tr("&Close Project"), this);
    close_->setShortcut(QKeySequence::Close);
    close_->setStatusTip(tr("Close the project and show the bare map"));
    connect(close_, &QAction::triggered, session_, &ProjectSession::openBuiltinMap);

    connect(session_, &ProjectSession::openFailed, this, &ProjectActions::showOpenFailure);
    connect(session_, &ProjectSession::saveFailed, this, &ProjectActions::showSaveFailure);
    connect(session_, &ProjectSession::projectOpened, this, &ProjectActions::updateEnabled);
    connect(session_, &ProjectSession::savingChanged, this, &ProjectActions::updateEnabled);
    fillRecentMenu();
    updateEnabled();
}

void ProjectActions::addTo(QMenu* menu)
{
    menu->addAction(new_);
    menu->addAction(open_);
    menu->addMenu(recent_);
    menu->addSeparator();
    menu->addAction(saveAs_);
    menu->addAction(close_);
}

void ProjectActions::newProject()
{
    NewProjectDialog dialog(window_);
    if (dialog.exec() == QDialog::Accepted) session_->openProject(dialog.createdPath());
}

void ProjectActions::openProject()
{
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open Project"), startFolder(session_, settings_),
                                                      filter() % u";;"_s % tr("All files (*)"));
    if (!path.isEmpty()) session_->openProject(path);
}

void ProjectActions::saveProjectAs()
{
    const QFileInfo open(session_->projectPath());
    QFileDialog dialog(window_, tr("Save Project As"), open.absolutePath(), filter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(kExtension.mid(1));  // the dialog asks before replacing a file, suffix included
    dialog.selectFile(tr("Copy of %1").arg(open.fileName()));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return;
    const QString target = dialog.selectedFiles().constFirst();
    session_->saveCopyAs(target, QFileInfo::exists(target));
}

void ProjectActions::fillRecentMenu()
{
    recent_->clear();
    const QStringList paths = settings_ ? settings_->recentProjects() : QStringList();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QFileInfo file(paths[i]);
        QString label = file.fileName().replace(u'&', u"&&"_s) % u"  —  "_s % QDir::toNativeSeparators(file.absolutePath());
        if (i < 9) label = u'&' % QString::number(i + 1) % u' ' % label;
        QAction* action = recent_->addAction(label);
        action->setData(paths[i]);
        if (file.isFile()) {
            connect(action, &QAction::triggered, session_, [this, path = paths[i]] { session_->openProject(path); });
        } else {  // moved or deleted since: shown so the user understands why it is gone from reach
            action->setText(tr("%1 (file not found)").arg(label));
            action->setEnabled(false);
        }
    }
    if (paths.isEmpty()) recent_->addAction(tr("No recent projects"))->setEnabled(false);
    recent_->addSeparator();
    QAction* clear = recent_->addAction(tr("&Clear Recent"), this, [this] {
        if (settings_) settings_->clearRecentProjects();
        fillRecentMenu();
    });
    clear->setEnabled(!paths.isEmpty());
}

void ProjectActions::showOpenFailure(const QString& path, const QString& message, const QString& hint)
{
    if (path.isEmpty()) {
        showError(window_, tr("The map could not be loaded."), hint, message);
        return;
    }
    const QString still = session_->projectPath().isEmpty()
                              ? QString()
                              : u"\n\n"_s % tr("%1 stays open.").arg(QFileInfo(session_->projectPath()).fileName());
    showError(window_, tr("%1 could not be opened.").arg(QFileInfo(path).fileName()), message % u"\n\n"_s % hint % still);
}

void ProjectActions::showSaveFailure(const QString& target, const QString& message)
{
    showError(window_, tr("The project could not be saved as %1.").arg(QFileInfo(target).fileName()), message);
}

void ProjectActions::updateEnabled()
{
    const bool open = !session_->projectPath().isEmpty();
    saveAs_->setEnabled(open && !session_->isSaving());
    close_->setEnabled(open);
}

}  // namespace aitocracy::gui
