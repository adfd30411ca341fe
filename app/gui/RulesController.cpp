#include "RulesController.h"

#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <mutex>
#include <optional>

#include "WorkerStore.h"
#include "common/CancelToken.h"

namespace aitocracy::gui {

// The open project (used by one job at a time: the pool has one thread) and the token of
// the newest preview.
struct RulesController::Worker {
    WorkerStore project;
    std::mutex mutex;  // guards previewCancel
    core::CancelToken previewCancel;
};

namespace {

template <typename T>
struct Answer {
    int generation = 0;
    std::optional<T> value;
    QString error;
    bool cancelled = false;
};

}  // namespace

RulesController::RulesController(QObject* parent)
    : QObject(parent), worker_(std::make_shared<Worker>()), pool_(new QThreadPool(this))
{
    pool_->setMaxThreadCount(1);
}

RulesController::~RulesController()
{
    {
        std::lock_guard lock(worker_->mutex);
        worker_->previewCancel.cancel();
    }
    pool_->waitForDone();
}

void RulesController::waitForDone() { pool_->waitForDone(); }

void RulesController::setProject(const QString& path)
{
    path_ = path;
    if (path.isEmpty()) return;
    auto worker = worker_;
    const std::string file = path.toStdString();
    auto future = QtConcurrent::run(pool_, [worker, file]() -> Answer<core::ClassificationRules> {
        Answer<core::ClassificationRules> out;
        auto store = worker->project.open(file);
        if (!store) return out.error = QString::fromStdString(store.error().describe()), out;
        auto rules = core::loadProjectRules((*store)->handle());
        if (!rules) return out.error = QString::fromStdString(rules.error().describe()), out;
        out.value = std::move(*rules);
        return out;
    });
    QPointer<RulesController> self(this);
    future.then(this, [self, path](const Answer<core::ClassificationRules>& r) {
        if (!self || path != self->path_) return;  // another project was opened since
        if (!r.error.isEmpty())
            Q_EMIT self->failed(r.error);
        else
            Q_EMIT self->rulesLoaded(*r.value);
    });
}

void RulesController::preview(const core::ClassificationRules& rules)
{
    if (path_.isEmpty()) return;
    const int generation = ++previewGeneration_;
    core::CancelToken cancel;
    {
        std::lock_guard lock(worker_->mutex);
        worker_->previewCancel.cancel();  // the older preview, if it still runs or waits
        worker_->previewCancel = cancel;
    }
    if (previews_++ == 0) Q_EMIT previewingChanged(true);
    auto worker = worker_;
    const std::string file = path_.toStdString();
    auto future = QtConcurrent::run(pool_, [worker, file, rules, cancel, generation]() -> Answer<core::RulesPreview> {
        Answer<core::RulesPreview> out;
        out.generation = generation;
        if (cancel.cancelled()) return out.cancelled = true, out;
        auto store = worker->project.open(file);
        if (!store) return out.error = QString::fromStdString(store.error().describe()), out;
        auto preview = core::previewProjectRules(**store, rules, 50, &cancel);
        if (!preview) {
            out.cancelled = preview.error().code == "cancelled";
            out.error = QString::fromStdString(preview.error().describe());
            return out;
        }
        out.value = std::move(*preview);
        return out;
    });
    QPointer<RulesController> self(this);
    future.then(this, [self](const Answer<core::RulesPreview>& r) {
        if (!self) return;
        if (--self->previews_ == 0) Q_EMIT self->previewingChanged(false);
        if (r.generation != self->previewGeneration_ || r.cancelled) return;
        if (!r.error.isEmpty())
            Q_EMIT self->failed(r.error);
        else
            Q_EMIT self->previewReady(*r.value);
    });
}

void RulesController::apply(const core::ClassificationRules& rules)
{
    if (path_.isEmpty()) return;
    if (applies_++ == 0) Q_EMIT applyingChanged(true);
    auto worker = worker_;
    const std::string file = path_.toStdString();
    auto future = QtConcurrent::run(pool_, [worker, file, rules]() -> Answer<core::ReclassifyReport> {
        Answer<core::ReclassifyReport> out;
        auto store = worker->project.open(file);
        if (!store) return out.error = QString::fromStdString(store.error().describe()), out;
        auto report = core::setProjectRules(**store, rules);
        if (!report) return out.error = QString::fromStdString(report.error().describe()), out;
        out.value = std::move(*report);
        return out;
    });
    QPointer<RulesController> self(this);
    future.then(this, [self, rules, path = path_](const Answer<core::ReclassifyReport>& r) {
        if (!self) return;
        if (--self->applies_ == 0) Q_EMIT self->applyingChanged(false);
        if (path != self->path_) return;  // stored in a project no longer being edited
        if (!r.error.isEmpty())
            Q_EMIT self->failed(r.error);
        else
            Q_EMIT self->applied(rules, *r.value);
    });
}

}  // namespace aitocracy::gui
