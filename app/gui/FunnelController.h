#pragma once
// Works out the unrest funnel (core::unrestFunnel) of a project under given cleaning
// options off the GUI thread. One worker thread; the newest request wins: an answer that
// arrives after a newer request was made is dropped. The project is opened once, on the
// worker, and kept for later requests.
#include <QObject>
#include <QString>
#include <memory>

#include "panel/PanelBuilder.h"
#include "panel/UnrestFunnel.h"

class QThreadPool;

namespace aitocracy::gui {

class FunnelController : public QObject {
    Q_OBJECT
public:
    explicit FunnelController(QObject* parent = nullptr);
    ~FunnelController() override;

    // The funnel of the project at `path` under `options`; an empty path answers at once
    // with noProject().
    void request(const QString& path, const core::PanelOptions& options);
    [[nodiscard]] bool isBusy() const { return pending_ > 0; }
    // Waits for the running request (tests, shutdown).
    void waitForDone();

Q_SIGNALS:
    void funnelReady(const QString& path, const aitocracy::core::PanelOptions& options,
                     const aitocracy::core::UnrestFunnel& funnel);
    void noProject();
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    struct Worker;

    std::shared_ptr<Worker> worker_;  // shared with the jobs, which may outlive the controller's request
    QThreadPool* pool_;
    int generation_ = 0;
    int pending_ = 0;
};

}  // namespace aitocracy::gui
