#pragma once
// Makes a new project file on a worker thread: an empty project holding the built-in
// prefecture map, or a copy of the demonstration world (the one setup built, or built
// now when there is none: about ten seconds, with its steps reported and cancellable).
// The file appears only when complete; a cancelled or failed creation leaves nothing.
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

#include "common/Error.h"

namespace aitocracy::gui {

enum class NewProjectKind { BuiltinMap, DemoWorld };

class ProjectCreator : public QObject {
    Q_OBJECT
public:
    explicit ProjectCreator(QObject* parent = nullptr);
    ~ProjectCreator() override;  // cancels work still running (it then ends by itself)

    // The ready-made demonstration world copied for NewProjectKind::DemoWorld when the
    // file exists (default: core::sim::defaultDemoProjectPath()).
    void setDemoSource(const QString& path) { demoSource_ = path; }

    // `path` must not exist. Ignored while busy.
    void start(NewProjectKind kind, const QString& path);
    void cancel();
    [[nodiscard]] bool isBusy() const { return watcher_.isRunning(); }

    // The step running now, for people ("Simulating the weather…"), and how far the work
    // has come: steps done out of the steps it takes (0 of 0 when it cannot tell).
    [[nodiscard]] QString stepText() const;
    [[nodiscard]] int stepsDone() const;
    [[nodiscard]] int stepsTotal() const;

Q_SIGNALS:
    void progressChanged();
    void created(const QString& path);
    void failed(const QString& message);
    void cancelled();

private:
    struct Shared;
    void poll();
    void onFinished();

    QString demoSource_;
    QString path_;
    std::shared_ptr<Shared> shared_;
    int shownStep_ = -1;
    QTimer poller_;
    QFutureWatcher<core::Result<void>> watcher_;
};

}  // namespace aitocracy::gui
