#include "ProjectSession.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "AppSettings.h"
#include "LogCategories.h"
#include "UnitLoader.h"
#include "store/ProjectCopy.h"

namespace aitocracy::gui {

ProjectSession::ProjectSession(AppSettings* settings, QObject* parent)
    : QObject(parent), settings_(settings), loader_(new UnitLoader(this))
{
    connect(loader_, &UnitLoader::projectOpened, this, &ProjectSession::onProjectOpened);
    connect(loader_, &UnitLoader::loaded, this, &ProjectSession::onUnitsLoaded);
    connect(loader_, &UnitLoader::failed, this, [this](const QString& message, const QString& hint) {
        Q_EMIT statusMessage(QString());
        Q_EMIT openFailed(requested_, message, hint);
    });
    connect(&copyWatcher_, &QFutureWatcher<core::Result<void>>::finished, this, &ProjectSession::onCopied);
}

bool ProjectSession::isLoading() const
{
    return loader_->isBusy();
}

void ProjectSession::openProject(const QString& path)
{
    requested_ = path;
    Q_EMIT statusMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    loader_->loadProject(path);
}

void ProjectSession::openBuiltinMap()
{
    requested_.clear();
    loader_->loadBuiltin();
}

// UnitLoader reports a project just before its units, and only when they loaded.
void ProjectSession::onProjectOpened(const QString& path, bool simulated)
{
    path_ = path;
    if (settings_) {
        settings_->addRecentProject(path);
        settings_->setLastProject(path);
    }
    qCInfo(lcApp) << "opened project" << path << (simulated ? "(simulated)" : "");
    Q_EMIT projectOpened(path, simulated);
}

void ProjectSession::onUnitsLoaded(std::shared_ptr<const core::UnitSet> units)
{
    if (requested_.isEmpty()) {  // the bare map: no project open any more
        path_.clear();
        if (settings_) settings_->setLastProject(QString());
        Q_EMIT projectOpened(QString(), false);
    }
    Q_EMIT statusMessage(QString());
    Q_EMIT unitsLoaded(std::move(units));
}

void ProjectSession::saveCopyAs(const QString& target, bool replace)
{
    if (path_.isEmpty()) {
        Q_EMIT saveFailed(target, tr("No project is open."));
        return;
    }
    if (isSaving()) {
        Q_EMIT saveFailed(target, tr("A copy is still being saved; try again when it is done."));
        return;
    }
    const QFileInfo open(path_), wanted(target);
    if (wanted.exists() && wanted.canonicalFilePath() == open.canonicalFilePath()) {
        Q_EMIT saveFailed(target, tr("%1 is the open project itself; choose another name.").arg(wanted.fileName()));
        return;
    }
    copyTarget_ = target;
    copyWatcher_.setFuture(QtConcurrent::run([from = path_.toStdString(), to = target.toStdString(), replace] {
        return core::copyProject(from, to, replace ? core::ExistingTarget::Replace : core::ExistingTarget::Refuse);
    }));
    Q_EMIT savingChanged(true);
    Q_EMIT statusMessage(tr("Saving a copy as %1…").arg(wanted.fileName()));
}

void ProjectSession::onCopied()
{
    const core::Result<void> copied = copyWatcher_.result();
    Q_EMIT savingChanged(false);
    Q_EMIT statusMessage(QString());
    if (!copied) {
        qCWarning(lcApp).noquote() << "saving a copy failed:" << QString::fromStdString(copied.error().describe());
        Q_EMIT saveFailed(copyTarget_, QString::fromStdString(copied.error().describe()));
        return;
    }
    openProject(copyTarget_);
}

}  // namespace aitocracy::gui
