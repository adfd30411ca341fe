#pragma once
// Builds the open project's prefecture × period panel off the GUI thread and hands it to
// the views (map colours, timelines, prefecture table). Panels are cached (core::PanelCache),
// so switching the period back is instant; a newer request cancels an older one. The
// project is opened once, on the worker, and kept for later builds.
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <memory>

#include "panel/Panel.h"
#include "panel/PanelBuilder.h"

class QThreadPool;

namespace aitocracy::gui {

class PanelController : public QObject {
    Q_OBJECT
public:
    explicit PanelController(QObject* parent = nullptr);
    ~PanelController() override;

    // Builds the panel of the project at `path` (empty: none) at the current period.
    void setProject(const QString& path);
    void setPeriod(core::PeriodKind period);
    // The unrest cleaning rules of `options` (root codes, repeated reports, root events,
    // minimum sources and articles; its period and span are ignored): every view gets
    // the panel cleaned this way. Kept for the session, across projects.
    void setCleaning(const core::PanelOptions& options);
    // The cleaning switches as settings keep them (AppSettings::unrestCleaning), and back:
    // keys missing from `switches` take the study's defaults.
    [[nodiscard]] static QVariantMap cleaningToMap(const core::PanelOptions& options);
    [[nodiscard]] static core::PanelOptions cleaningFromMap(const QVariantMap& switches);
    // The options the panels are built with (period and cleaning).
    [[nodiscard]] const core::PanelOptions& options() const { return options_; }
    // Builds again (from the cache when the project's data did not change).
    void refresh() { rebuild(); }
    [[nodiscard]] const QString& projectPath() const { return path_; }
    [[nodiscard]] core::PeriodKind period() const { return options_.period; }
    [[nodiscard]] bool isBusy() const { return pending_ > 0; }
    // Waits for the running build (tests, shutdown).
    void waitForDone();

Q_SIGNALS:
    void panelReady(std::shared_ptr<const aitocracy::core::Panel> panel);
    void buildFailed(const QString& message);
    // The project holds nothing dated to build a panel of (a new project): after panelReady(nullptr).
    void projectEmpty();
    void busyChanged(bool busy);
    // setCleaning changed the switches (before the rebuild they cause).
    void cleaningChanged(const aitocracy::core::PanelOptions& options);

private:
    struct Worker;
    void rebuild();

    QString path_;
    core::PanelOptions options_;
    std::shared_ptr<Worker> worker_;  // shared with the jobs, which may outlive a request
    QThreadPool* pool_;               // one thread: builds run one after another
    int generation_ = 0;
    int pending_ = 0;
};

}  // namespace aitocracy::gui
