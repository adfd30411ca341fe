#pragma once
// Runs the regression panel's estimates off the GUI thread. The panel the map shows (and,
// for the innovation analysis, the project's firm × year panel) is held in an estimation
// session whose demeaned columns are cached, so a new lag or control demeans only what is
// new. The newest request wins: a request cancels the running one, and a result that
// arrives after a newer request was made is never shown.
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

#include "RegressionOutcome.h"
#include "panel/Panel.h"
#include "panel/PanelBuilder.h"
#include "regression/RegressionSpec.h"
#include "regression/SavedSpec.h"

class QThreadPool;

namespace aitocracy::core {
class ProjectStore;
}

namespace aitocracy::gui {

class RegressionController : public QObject {
    Q_OBJECT
public:
    explicit RegressionController(QObject* parent = nullptr);
    ~RegressionController() override;

    // The project (for the firm panel and a simulated world's truth); empty: none.
    void setProject(const QString& path);
    // The prefecture × period panel the views show (null: none). Re-estimates the last request.
    void setPanel(std::shared_ptr<const core::Panel> panel);
    // The unrest cleaning switches of the prefecture panel (PanelController::options()),
    // which the firm panel of the innovation analysis follows too.
    void setCleaning(const core::PanelOptions& cleaning);
    [[nodiscard]] const core::PanelOptions& cleaning() const { return cleaning_; }

    // Estimates `spec` now, cancelling whatever runs.
    void request(const core::reg::RegressionSpec& spec);
    [[nodiscard]] bool isBusy() const { return pending_ > 0; }
    [[nodiscard]] const std::optional<core::reg::RegressionSpec>& lastRequest() const { return last_; }
    // The project's saved specifications: saving (insert or replace by name) and listing run
    // on the worker too; both end in specificationsListed or storeFailed.
    void saveSpecification(const core::reg::SavedSpec& saved);
    void listSpecifications();

    // Waits for the running jobs (tests, shutdown).
    void waitForDone();

Q_SIGNALS:
    void resultReady(std::shared_ptr<const aitocracy::gui::RegressionOutcome> outcome);
    // `column`: 1-based character of the formula the message points at, 0 when none.
    void failed(const QString& message, int column);
    void busyChanged(bool busy);
    void specificationsListed(const std::vector<aitocracy::core::reg::SavedSpec>& saved);
    void storeFailed(const QString& message);

private:
    struct Worker;
    // Runs `job` on the worker (with the project open) and reports the saved specifications.
    void storeJob(std::function<core::Result<void>(core::ProjectStore&)> job);

    std::shared_ptr<Worker> worker_;  // shared with jobs, which may outlive a request
    QThreadPool* pool_;               // one thread: jobs run one after another
    core::PanelOptions cleaning_;     // as last set (the worker has its own copy)
    std::optional<core::reg::RegressionSpec> last_;
    int generation_ = 0;
    int pending_ = 0;
    int panelVersion_ = 0;
};

}  // namespace aitocracy::gui
