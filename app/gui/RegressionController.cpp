#include "RegressionController.h"

#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <chrono>
#include <mutex>

#include "common/CancelToken.h"
#include "estimation/EstimationSession.h"
#include "panel/FirmPanel.h"
#include "panel/PanelEstimationData.h"
#include "sim/DemoConfig.h"
#include "regression/TrueValues.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

namespace {

struct JobResult {
    int generation = 0;
    std::shared_ptr<const RegressionOutcome> outcome;
    QString error;
    int column = 0;
    bool cancelled = false;
};

// The column a parser message points at ("… at column 9 …"), 0 when none.
int columnOf(const std::string& message)
{
    const std::string key = "at column ";
    const auto at = message.find(key);
    if (at == std::string::npos) return 0;
    int column = 0;
    for (std::size_t i = at + key.size(); i < message.size() && message[i] >= '0' && message[i] <= '9'; ++i)
        column = column * 10 + (message[i] - '0');
    return column;
}

}  // namespace

// What the jobs share. Everything but `mutex`/`cancel` is used by one job at a time (the
// pool has one thread).
struct RegressionController::Worker {
    std::mutex mutex;
    core::CancelToken cancel;  // the newest request's

    std::shared_ptr<const core::Panel> panel;
    int panelVersion = -1;
    std::optional<core::est::EstimationSession> prefectures;
    int sessionVersion = -1;

    std::string projectPath;
    core::PanelOptions cleaning;  // which events count as unrest in the firm panel
    std::optional<core::ProjectStore> store;
    std::optional<core::est::EstimationSession> firms;
    std::optional<core::sim::DemoConfig> truth;
    bool projectRead = false;

    // Opens the project once per path and reads what the analyses need from it.
    core::Result<void> readProject(const core::CancelToken* stop, bool needFirms)
    {
        if (!projectRead) {
            store.reset();
            firms.reset();
            truth.reset();
            if (!projectPath.empty()) {
                auto opened = core::ProjectStore::open(projectPath);
                if (!opened) return std::unexpected(opened.error());
                store.emplace(std::move(*opened));
                if (auto info = store->info(); info && !info->truthJson.empty())
                    if (auto config = core::sim::DemoConfig::fromJson(info->truthJson)) truth = *config;
            }
            projectRead = true;
        }
        if (needFirms && !firms) {
            if (!store) return core::fail("usage", "the innovation analysis needs a project with firms and software output");
            auto built = core::buildFirmPanel(*store, cleaning, stop);
            if (!built) return std::unexpected(built.error());
            firms.emplace(std::move(*built));
        }
        return {};
    }

    core::est::EstimationSession* sessionFor(const core::reg::RegressionSpec& spec)
    {
        if (spec.analysis == core::reg::Analysis::ContractsInnovation) return firms ? &*firms : nullptr;
        if (!panel) return nullptr;
        if (sessionVersion != panelVersion) {
            prefectures.emplace(core::toEstimationData(*panel));
            sessionVersion = panelVersion;
        }
        return &*prefectures;
    }
};

RegressionController::RegressionController(QObject* parent)
    : QObject(parent), worker_(std::make_shared<Worker>()), pool_(new QThreadPool(this))
{
    pool_->setMaxThreadCount(1);
}

RegressionController::~RegressionController()
{
    {
        std::lock_guard lock(worker_->mutex);
        worker_->cancel.cancel();
    }
    pool_->waitForDone();
}

void RegressionController::setProject(const QString& path)
{
    auto worker = worker_;
    const std::string p = path.toStdString();
    // Jobs run in order on the one thread, so this takes effect before any later request.
    // Fire and forget: the job only sets state later jobs read.
    (void)QtConcurrent::run(pool_, [worker, p] {
        worker->projectPath = p;
        worker->projectRead = false;
    });
    if (last_) request(*last_);
}

void RegressionController::setCleaning(const core::PanelOptions& cleaning)
{
    if (cleaning == cleaning_) return;
    cleaning_ = cleaning;
    auto worker = worker_;
    // In order with the jobs, like setProject: the next innovation estimate rebuilds the firm panel.
    (void)QtConcurrent::run(pool_, [worker, cleaning] {
        worker->cleaning = cleaning;
        worker->firms.reset();
    });
    if (last_ && last_->analysis == core::reg::Analysis::ContractsInnovation) request(*last_);
}

void RegressionController::setPanel(std::shared_ptr<const core::Panel> panel)
{
    const int version = ++panelVersion_;
    auto worker = worker_;
    (void)QtConcurrent::run(pool_, [worker, panel = std::move(panel), version] {
        worker->panel = panel;
        worker->panelVersion = version;
    });
    if (last_) request(*last_);
}

void RegressionController::saveSpecification(const core::reg::SavedSpec& saved)
{
    storeJob([saved](core::ProjectStore& store) { return core::reg::saveSpecification(store, saved); });
}

void RegressionController::listSpecifications()
{
    storeJob([](core::ProjectStore&) -> core::Result<void> { return {}; });
}

void RegressionController::storeJob(std::function<core::Result<void>(core::ProjectStore&)> job)
{
    struct Listed {
        std::vector<core::reg::SavedSpec> saved;
        QString error;
    };
    auto worker = worker_;
    QPointer<RegressionController> self(this);
    QtConcurrent::run(pool_, [worker, job]() -> Listed {
        Listed out;
        if (auto read = worker->readProject(nullptr, false); !read) return out.error = QString::fromStdString(read.error().message), out;
        if (!worker->store) return out.error = tr("No project is open."), out;
        if (auto done = job(*worker->store); !done) return out.error = QString::fromStdString(done.error().message), out;
        auto saved = core::reg::loadSpecifications(*worker->store);
        if (!saved) return out.error = QString::fromStdString(saved.error().message), out;
        out.saved = std::move(*saved);
        return out;
    }).then(this, [self](const Listed& listed) {
        if (!self) return;
        if (!listed.error.isEmpty())
            Q_EMIT self->storeFailed(listed.error);
        else
            Q_EMIT self->specificationsListed(listed.saved);
    });
}

void RegressionController::waitForDone()
{
    pool_->waitForDone();
}

void RegressionController::request(const core::reg::RegressionSpec& spec)
{
    last_ = spec;
    const int generation = ++generation_;
    core::CancelToken cancel;
    {
        std::lock_guard lock(worker_->mutex);
        worker_->cancel.cancel();  // the running estimate, if any
        worker_->cancel = cancel;
    }
    if (pending_++ == 0) Q_EMIT busyChanged(true);
    auto worker = worker_;
    QPointer<RegressionController> self(this);
    auto future = QtConcurrent::run(pool_, [worker, spec, cancel, generation]() -> JobResult {
        JobResult out;
        out.generation = generation;
        if (cancel.cancelled()) return out.cancelled = true, out;
        const auto started = std::chrono::steady_clock::now();
        const bool needFirms = spec.analysis == core::reg::Analysis::ContractsInnovation;
        if (auto read = worker->readProject(&cancel, needFirms); !read) {
            out.cancelled = read.error().code == "cancelled";
            out.error = QString::fromStdString(read.error().message);
            return out;
        }
        core::est::EstimationSession* session = worker->sessionFor(spec);
        if (!session) return out.error = tr("No panel yet: the project is still loading."), out;
        auto prepared = core::reg::prepareSpec(spec, session->panel());
        if (!prepared) {
            out.error = QString::fromStdString(prepared.error().message);
            out.column = columnOf(prepared.error().message);
            return out;
        }
        for (auto& column : prepared->derivedColumns) session->setColumn(column);
        auto result = session->run(prepared->formula, prepared->options, cancel);
        if (!result) {
            out.cancelled = result.error().code == "cancelled";
            out.error = QString::fromStdString(result.error().message);
            out.column = spec.analysis == core::reg::Analysis::Free ? columnOf(result.error().message) : 0;
            return out;
        }
        auto outcome = std::make_shared<RegressionOutcome>();
        outcome->spec = spec;
        outcome->prepared = std::move(*prepared);
        outcome->prepared.derivedColumns.clear();  // in the session now; the views need no copy
        outcome->result = std::move(*result);
        outcome->prepared.plotTerms = core::reg::plotTermsOf(outcome->prepared, outcome->result);
        if (worker->truth) outcome->truth = core::reg::trueValues(spec, *worker->truth);
        outcome->computeMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        out.outcome = std::move(outcome);
        return out;
    });
    future.then(this, [self](const JobResult& r) {
        if (!self) return;
        if (--self->pending_ == 0) Q_EMIT self->busyChanged(false);
        if (r.generation != self->generation_ || r.cancelled) return;  // a newer request is on its way
        if (r.outcome)
            Q_EMIT self->resultReady(r.outcome);
        else
            Q_EMIT self->failed(r.error, r.column);
    });
}

}  // namespace aitocracy::gui
