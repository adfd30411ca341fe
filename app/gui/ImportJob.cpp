#include "ImportJob.h"

#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "import/ContractImporter.h"
#include "import/GdeltImporter.h"
#include "import/TableImport.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

namespace {

constexpr int kPollMs = 200;

// The refused rows as the project stored them (with their raw text), per import record.
void readRejected(const core::ProjectStore& store, std::int64_t importId, const QString& file, ImportOutcome& out)
{
    auto rows = store.rejectedRows(importId);
    if (!rows) return;
    for (const auto& r : *rows) out.rejected.push_back(ImportSummary::rejectedRow(r, file));
}

QString fileName(const std::string& path)
{
    return QFileInfo(QString::fromStdString(path)).fileName();
}

template <typename T>
bool failed(const core::Result<T>& r, ImportOutcome& out)
{
    if (r) return false;
    out.status = r.error().code == "cancelled" ? ImportStatus::Cancelled : ImportStatus::Failed;
    out.error = QString::fromStdString(r.error().describe());
    return true;
}

// Runs `request` on the job's worker: its own store, the importer, the outcome.
ImportOutcome runImport(const std::string& projectPath, const ImportRequest& request, const core::CancelToken& cancel)
{
    ImportOutcome out;
    const QString kind = QString::fromUtf8(core::importKindName(request.kind));
    out.title = request.files.size() == 1
                    ? ImportSummary::tr("%1 — %2").arg(ImportSummary::kindLabel(kind),
                                                       QFileInfo(request.files.front()).fileName())
                    : ImportSummary::tr("%1 — %2 files").arg(ImportSummary::kindLabel(kind)).arg(request.files.size());
    auto store = core::ProjectStore::open(projectPath);
    if (failed(store, out)) return out;
    if (request.kind == core::ImportKind::Gdelt) {
        std::vector<std::string> paths;
        for (const QString& f : request.files) paths.push_back(f.toStdString());
        auto report = core::importGdelt(*store, paths, request.gdelt, &cancel);
        if (failed(report, out)) return out;
        out.counts = ImportSummary::gdeltCounts(report->total);
        for (const auto& f : report->files) readRejected(*store, f.importId, fileName(f.file), out);
    } else if (request.kind == core::ImportKind::Contracts) {
        core::ContractImportOptions options;
        options.encoding = request.encoding;
        options.columnMap = request.columnMap;
        auto report = core::importContracts(*store, request.files.front().toStdString(), options, &cancel);
        if (failed(report, out)) return out;
        out.counts = ImportSummary::contractCounts(*report);
        readRejected(*store, report->importId, fileName(report->file), out);
    } else if (const auto table = core::tableKindOf(request.kind)) {
        core::TableImportOptions options;
        options.encoding = request.encoding;
        options.columnMap = request.columnMap;
        auto report = core::importTable(*store, *table, request.files.front().toStdString(), options, &cancel);
        if (failed(report, out)) return out;
        out.counts = ImportSummary::tableCounts(*report);
        readRejected(*store, report->importId, fileName(report->file), out);
    } else {
        out.status = ImportStatus::Failed;
        out.error = ImportSummary::tr(
            "Boundary files cannot be imported into a project: its units are fixed when it is created.");
    }
    return out;
}

}  // namespace

ImportJob::ImportJob(QObject* parent) : QObject(parent), pool_(new QThreadPool(this)), poll_(new QTimer(this))
{
    pool_->setMaxThreadCount(1);
    poll_->setInterval(kPollMs);
    connect(poll_, &QTimer::timeout, this, [this] { Q_EMIT progressChanged(progress(), elapsedMs()); });
}

ImportJob::~ImportJob()
{
    cancel_.cancel();
    pool_->waitForDone();
}

bool ImportJob::start(const QString& projectPath, const ImportRequest& request)
{
    if (running_) return false;
    running_ = true;
    cancel_ = core::CancelToken();
    clock_.start();
    poll_->start();
    QPointer<ImportJob> self(this);
    auto future = QtConcurrent::run(pool_, [path = projectPath.toStdString(), request, cancel = cancel_] {
        return runImport(path, request, cancel);
    });
    future.then(this, [self](const ImportOutcome& outcome) {
        if (!self) return;
        self->poll_->stop();
        self->running_ = false;
        Q_EMIT self->progressChanged(self->progress(), self->elapsedMs());
        Q_EMIT self->finished(outcome);
    });
    return true;
}

void ImportJob::cancel()
{
    cancel_.cancel();
}

void ImportJob::waitForDone()
{
    pool_->waitForDone();
}

}  // namespace aitocracy::gui
