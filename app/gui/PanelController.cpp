#include "PanelController.h"

#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <mutex>

#include "WorkerStore.h"
#include "common/CancelToken.h"
#include "panel/PanelCache.h"

namespace aitocracy::gui {

// What the builds share: the open project, the cache, and the token of the latest request.
struct PanelController::Worker {
    std::mutex mutex;  // guards cancel; the store and cache are used by one job at a time
    WorkerStore project;
    core::PanelCache cache;
    core::CancelToken cancel;
};

namespace {

struct BuildResult {
    int generation = 0;
    std::shared_ptr<const core::Panel> panel;
    QString error;
    bool cancelled = false;
    bool empty = false;  // the project holds no dated rows yet
};

}  // namespace

PanelController::PanelController(QObject* parent)
    : QObject(parent), worker_(std::make_shared<Worker>()), pool_(new QThreadPool(this))
{
    pool_->setMaxThreadCount(1);
}

PanelController::~PanelController()
{
    {
        std::lock_guard lock(worker_->mutex);
        worker_->cancel.cancel();
    }
    pool_->waitForDone();
}

void PanelController::setProject(const QString& path)
{
    path_ = path;
    rebuild();
}

void PanelController::setPeriod(core::PeriodKind period)
{
    if (period == options_.period) return;
    options_.period = period;
    rebuild();
}

QVariantMap PanelController::cleaningToMap(const core::PanelOptions& o)
{
    return {{QStringLiteral("drop_repeats"), o.dropMergedReports},
            {QStringLiteral("protests_only"), !o.unrestRootCodes.empty()},
            {QStringLiteral("root_events_only"), o.rootEventsOnly},
            {QStringLiteral("min_sources"), qint64(o.minSources)},
            {QStringLiteral("min_articles"), qint64(o.minArticles)}};
}

core::PanelOptions PanelController::cleaningFromMap(const QVariantMap& switches)
{
    core::PanelOptions o;
    o.dropMergedReports = switches.value(QStringLiteral("drop_repeats"), o.dropMergedReports).toBool();
    if (!switches.value(QStringLiteral("protests_only"), true).toBool()) o.unrestRootCodes.clear();
    o.rootEventsOnly = switches.value(QStringLiteral("root_events_only"), o.rootEventsOnly).toBool();
    o.minSources = std::max<qint64>(0, switches.value(QStringLiteral("min_sources"), 0).toLongLong());
    o.minArticles = std::max<qint64>(0, switches.value(QStringLiteral("min_articles"), 0).toLongLong());
    return o;
}

void PanelController::setCleaning(const core::PanelOptions& options)
{
    core::PanelOptions next = options_;
    next.unrestRootCodes = options.unrestRootCodes;
    next.dropMergedReports = options.dropMergedReports;
    next.rootEventsOnly = options.rootEventsOnly;
    next.minSources = options.minSources;
    next.minArticles = options.minArticles;
    if (next == options_) return;
    options_ = std::move(next);
    Q_EMIT cleaningChanged(options_);
    rebuild();
}

void PanelController::waitForDone()
{
    pool_->waitForDone();
}

void PanelController::rebuild()
{
    const int generation = ++generation_;
    core::CancelToken cancel;
    {
        std::lock_guard lock(worker_->mutex);
        worker_->cancel.cancel();  // the older request, if it still runs
        worker_->cancel = cancel;
    }
    if (path_.isEmpty()) {
        Q_EMIT panelReady(nullptr);
        return;
    }
    if (pending_++ == 0) Q_EMIT busyChanged(true);
    const core::PanelOptions options = options_;
    const std::string path = path_.toStdString();
    auto worker = worker_;
    QPointer<PanelController> self(this);
    auto future = QtConcurrent::run(pool_, [worker, path, options, cancel, generation]() -> BuildResult {
        BuildResult out;
        out.generation = generation;
        if (cancel.cancelled()) return out.cancelled = true, out;
        auto store = worker->project.open(path);
        if (!store) return out.error = QString::fromStdString(store.error().describe()), out;
        auto panel = worker->cache.get(**store, options, &cancel);
        if (!panel) {
            out.cancelled = panel.error().code == "cancelled";
            out.empty = panel.error().code == "empty";
            out.error = QString::fromStdString(panel.error().describe());
            return out;
        }
        out.panel = *panel;
        return out;
    });
    future.then(this, [self](const BuildResult& r) {
        if (!self) return;
        if (--self->pending_ == 0) Q_EMIT self->busyChanged(false);
        if (r.generation != self->generation_ || r.cancelled) return;  // a newer request is on its way
        if (r.empty) {
            Q_EMIT self->panelReady(nullptr);
            Q_EMIT self->projectEmpty();
        } else if (!r.error.isEmpty())
            Q_EMIT self->buildFailed(r.error);
        else
            Q_EMIT self->panelReady(r.panel);
    });
}

}  // namespace aitocracy::gui
