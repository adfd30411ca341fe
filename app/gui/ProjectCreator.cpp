#include "ProjectCreator.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

#include "LogCategories.h"
#include "common/CancelToken.h"
#include "geo/BuiltinGeography.h"
#include "sim/DemoWorld.h"
#include "store/FilePublish.h"
#include "store/ProjectCopy.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

namespace {

// The steps, in the order the work takes them.
enum Step { kLoadingMap, kWritingEmpty, kCopyingDemo, kWeather, kCalibrating, kSimulating, kWritingDemo };

// buildDemoProject names its steps in English for the command line; the dialog shows its own words.
int demoStep(const std::string& step)
{
    if (step == "weather") return kWeather;
    if (step == "calibrating unrest") return kCalibrating;
    if (step == "unrest and procurement") return kSimulating;
    if (step == "writing the project") return kWritingDemo;
    return -1;
}

}  // namespace

struct ProjectCreator::Shared {
    core::CancelToken cancel;
    std::atomic<int> step{-1};
    std::atomic<int> done{0};
    int total = 0;  // set before the work starts
};

ProjectCreator::ProjectCreator(QObject* parent)
    : QObject(parent), demoSource_(QString::fromStdString(core::sim::defaultDemoProjectPath()))
{
    poller_.setInterval(100);
    connect(&poller_, &QTimer::timeout, this, &ProjectCreator::poll);
    connect(&watcher_, &QFutureWatcher<core::Result<void>>::finished, this, &ProjectCreator::onFinished);
}

ProjectCreator::~ProjectCreator()
{
    cancel();
}

void ProjectCreator::cancel()
{
    if (shared_) shared_->cancel.cancel();
}

void ProjectCreator::start(NewProjectKind kind, const QString& path)
{
    if (isBusy()) return;
    path_ = path;
    shared_ = std::make_shared<Shared>();
    shownStep_ = -1;
    const bool copyDemo = kind == NewProjectKind::DemoWorld && QFileInfo(demoSource_).isFile();
    shared_->total = kind == NewProjectKind::BuiltinMap ? 2 : copyDemo ? 0 : 5;
    auto work = [shared = shared_, kind, copyDemo, to = path.toStdString(), demo = demoSource_.toStdString()]() -> core::Result<void> {
        const auto enter = [&shared](int step) {
            shared->done.store(shared->step.load() < 0 ? 0 : shared->done.load() + 1);
            shared->step.store(step);
        };
        if (copyDemo) {
            enter(kCopyingDemo);
            return core::copyProject(demo, to);
        }
        enter(kLoadingMap);
        auto units = core::loadBuiltinGeography();
        if (!units) return std::unexpected(std::move(units.error()));
        if (kind == NewProjectKind::BuiltinMap) {
            enter(kWritingEmpty);
            auto store = core::ProjectStore::create(to, *units, "builtin");
            if (!store) return std::unexpected(std::move(store.error()));
            return core::ok();
        }
        auto built = core::sim::buildDemoProject(
            to, *units, core::sim::DemoConfig{},
            [&enter](const std::string& step) {
                if (const int s = demoStep(step); s >= 0) enter(s);
            },
            &shared->cancel);
        if (!built) return std::unexpected(std::move(built.error()));
        return core::ok();
    };
    watcher_.setFuture(QtConcurrent::run(std::move(work)));
    poller_.start();
    poll();
}

void ProjectCreator::poll()
{
    if (!shared_) return;
    const int step = shared_->step.load();
    if (step == shownStep_) return;
    shownStep_ = step;
    Q_EMIT progressChanged();
}

QString ProjectCreator::stepText() const
{
    switch (shared_ ? shared_->step.load() : -1) {
    case kLoadingMap: return tr("Reading the built-in map…");
    case kWritingEmpty: return tr("Writing the project…");
    case kCopyingDemo: return tr("Copying the demonstration world…");
    case kWeather: return tr("Simulating the weather…");
    case kCalibrating: return tr("Calibrating the unrest model…");
    case kSimulating: return tr("Simulating unrest and procurement…");
    case kWritingDemo: return tr("Writing the demonstration world…");
    default: return {};
    }
}

int ProjectCreator::stepsDone() const
{
    return shared_ ? shared_->done.load() : 0;
}

int ProjectCreator::stepsTotal() const
{
    return shared_ ? shared_->total : 0;
}

void ProjectCreator::onFinished()
{
    poller_.stop();
    const core::Result<void> result = watcher_.result();
    const bool wasCancelled = shared_->cancel.cancelled();
    if (result && wasCancelled) {  // finished before it looked at the token: undo it
        core::removeDatabaseFiles(path_.toStdString());
        Q_EMIT cancelled();
        return;
    }
    if (!result) {
        if (result.error().code == "cancelled") {
            Q_EMIT cancelled();
            return;
        }
        qCWarning(lcApp).noquote() << "creating a project failed:" << QString::fromStdString(result.error().describe());
        Q_EMIT failed(QString::fromStdString(result.error().describe()));
        return;
    }
    qCInfo(lcApp) << "created project" << path_;
    Q_EMIT created(path_);
}

}  // namespace aitocracy::gui
