#include "UnitLoader.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "LogCategories.h"
#include "geo/BuiltinGeography.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

UnitLoader::UnitLoader(QObject* parent) : QObject(parent)
{
    connect(&watcher_, &QFutureWatcher<core::Result<core::UnitSet>>::finished, this, &UnitLoader::onFinished);
}

void UnitLoader::loadBuiltin()
{
    projectPath_.clear();
    start([] { return core::loadBuiltinGeography(); },
          tr("The built-in map is made on this computer from open data packages. Run ./run.sh (or "
             "scripts/setup.sh) in the Aitocracy Explorer source folder to build it, then start the program again."));
}

void UnitLoader::loadProject(const QString& path)
{
    projectPath_ = path;
    simulated_ = std::make_shared<std::atomic<bool>>(false);
    start(
        [file = path.toStdString(), simulated = simulated_]() -> core::Result<core::UnitSet> {
            auto store = core::ProjectStore::open(file);
            if (!store) return std::unexpected(store.error());
            auto flag = store->meta("simulated");
            *simulated = flag && flag->value_or("0") == "1";
            return store->loadUnits();
        },
        tr("Check that %1 is an Aitocracy Explorer project file.").arg(path));
}

void UnitLoader::start(std::function<core::Result<core::UnitSet>()> work, QString hint)
{
    hint_ = std::move(hint);
    watcher_.setFuture(QtConcurrent::run([work = std::move(work)] {
        QElapsedTimer timer;
        timer.start();
        auto result = work();
        qCInfo(lcApp) << "units loaded in" << timer.elapsed() << "ms";
        return result;
    }));
}

void UnitLoader::onFinished()
{
    if (watcher_.future().resultCount() == 0) return;
    core::Result<core::UnitSet> result = watcher_.future().takeResult();  // no copy of the outlines
    if (!result) {
        const QString message = QString::fromStdString(result.error().describe());
        qCWarning(lcApp).noquote() << "loading units failed:" << message;
        Q_EMIT failed(message, hint_);
        return;
    }
    if (result->units.empty()) {
        Q_EMIT failed(tr("The map has no units."), hint_);
        return;
    }
    if (!projectPath_.isEmpty()) Q_EMIT projectOpened(projectPath_, *simulated_);
    Q_EMIT loaded(std::make_shared<const core::UnitSet>(std::move(*result)));
}

}  // namespace aitocracy::gui
