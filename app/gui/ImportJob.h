#pragma once
// Runs one import in the background: the importer on a one-thread pool with its own
// ProjectStore, its progress polled five times a second for the progress strip, a cancel
// that leaves the project exactly as it was (the importers are transactional), and the
// outcome (counts and the refused rows with their raw text, read back from the project)
// delivered on the GUI thread.
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include "ImportOutcome.h"
#include "ImportRequest.h"
#include "common/CancelToken.h"

class QThreadPool;
class QTimer;

namespace aitocracy::gui {

class ImportJob : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;  // cancels and waits

    // Starts importing into the project at `projectPath`; false when a job is running.
    bool start(const QString& projectPath, const ImportRequest& request);
    void cancel();
    [[nodiscard]] bool isRunning() const { return running_; }
    [[nodiscard]] core::TaskProgress progress() const { return cancel_.progress(); }
    [[nodiscard]] qint64 elapsedMs() const { return clock_.isValid() ? clock_.elapsed() : 0; }
    void waitForDone();

Q_SIGNALS:
    void progressChanged(const aitocracy::core::TaskProgress& progress, qint64 elapsedMs);
    void finished(const aitocracy::gui::ImportOutcome& outcome);

private:
    QThreadPool* pool_;
    QTimer* poll_;
    core::CancelToken cancel_;
    QElapsedTimer clock_;
    bool running_ = false;
};

}  // namespace aitocracy::gui
