#include "FunnelController.h"

#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

#include "WorkerStore.h"

namespace aitocracy::gui {

// The open project; used by one job at a time (the pool has one thread).
struct FunnelController::Worker {
    WorkerStore project;
    std::atomic<int> latest{0};  // the newest request: queued older ones skip their work
};

namespace {

struct FunnelResult {
    int generation = 0;
    core::UnrestFunnel funnel;
    QString error;
};

}  // namespace

FunnelController::FunnelController(QObject* parent)
    : QObject(parent), worker_(std::make_shared<Worker>()), pool_(new QThreadPool(this))
{
    pool_->setMaxThreadCount(1);
}

FunnelController::~FunnelController() { pool_->waitForDone(); }

void FunnelController::waitForDone() { pool_->waitForDone(); }

void FunnelController::request(const QString& path, const core::PanelOptions& options)
{
    const int generation = ++generation_;
    worker_->latest = generation;
    if (path.isEmpty()) {
        Q_EMIT noProject();
        return;
    }
    if (pending_++ == 0) Q_EMIT busyChanged(true);
    auto worker = worker_;
    const std::string file = path.toStdString();
    auto future = QtConcurrent::run(pool_, [worker, file, options, generation]() -> FunnelResult {
        FunnelResult out;
        out.generation = generation;
        if (worker->latest != generation) return out;
        auto store = worker->project.open(file);
        if (!store) return out.error = QString::fromStdString(store.error().describe()), out;
        auto funnel = core::unrestFunnel(**store, options);
        if (!funnel) return out.error = QString::fromStdString(funnel.error().describe()), out;
        out.funnel = *funnel;
        return out;
    });
    QPointer<FunnelController> self(this);
    future.then(this, [self, path, options](const FunnelResult& r) {
        if (!self) return;
        if (--self->pending_ == 0) Q_EMIT self->busyChanged(false);
        if (r.generation != self->generation_) return;  // a newer request is on its way
        if (!r.error.isEmpty())
            Q_EMIT self->failed(r.error);
        else
            Q_EMIT self->funnelReady(path, options, r.funnel);
    });
}

}  // namespace aitocracy::gui
