#pragma once
// Loads the units to show (the built-in geography or a project's) on a worker thread
// and reports back on the GUI thread. A newer request supersedes an older one.
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "common/Error.h"
#include "geo/Unit.h"

namespace aitocracy::gui {

class UnitLoader : public QObject {
    Q_OBJECT
public:
    explicit UnitLoader(QObject* parent = nullptr);

    void loadBuiltin();
    void loadProject(const QString& path);
    [[nodiscard]] bool isBusy() const { return watcher_.isRunning(); }

Q_SIGNALS:
    // Before loaded(), for a project: its file and whether it holds a simulated world.
    void projectOpened(const QString& path, bool simulated);
    void loaded(std::shared_ptr<const aitocracy::core::UnitSet> units);
    // `message` says what failed; `hint` says what the user can do about it.
    void failed(const QString& message, const QString& hint);

private:
    void start(std::function<core::Result<core::UnitSet>()> work, QString hint);
    void onFinished();

    QFutureWatcher<core::Result<core::UnitSet>> watcher_;
    QString hint_;
    QString projectPath_;                       // empty for the built-in map
    std::shared_ptr<std::atomic<bool>> simulated_ = std::make_shared<std::atomic<bool>>(false);
};

}  // namespace aitocracy::gui
