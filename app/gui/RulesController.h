#pragma once
// The rules editor's background work on the open project: reading its classification
// rules, previewing edited rules (core::previewProjectRules) and storing them with the
// contracts re-classified (core::setProjectRules). One worker thread, so a preview asked
// for while rules are being stored reads the project after they are. A newer preview
// cancels an older one and only the newest is reported; stores are never cancelled.
#include <QObject>
#include <QString>
#include <memory>

#include "contracts/ClassificationRules.h"
#include "contracts/ProjectRules.h"
#include "contracts/RulesPreview.h"

class QThreadPool;

namespace aitocracy::gui {

class RulesController : public QObject {
    Q_OBJECT
public:
    explicit RulesController(QObject* parent = nullptr);
    ~RulesController() override;

    // Reads the project's rules (rulesLoaded); empty: none.
    void setProject(const QString& path);
    [[nodiscard]] const QString& projectPath() const { return path_; }
    void preview(const core::ClassificationRules& rules);
    void apply(const core::ClassificationRules& rules);
    [[nodiscard]] bool isPreviewing() const { return previews_ > 0; }
    [[nodiscard]] bool isApplying() const { return applies_ > 0; }
    // Waits for the queued work (tests, shutdown).
    void waitForDone();

Q_SIGNALS:
    void rulesLoaded(const aitocracy::core::ClassificationRules& rules);
    void previewReady(const aitocracy::core::RulesPreview& preview);
    void applied(const aitocracy::core::ClassificationRules& rules, const aitocracy::core::ReclassifyReport& report);
    void failed(const QString& message);
    void previewingChanged(bool busy);
    void applyingChanged(bool busy);

private:
    struct Worker;

    QString path_;
    std::shared_ptr<Worker> worker_;  // shared with the jobs, which may outlive a request
    QThreadPool* pool_;
    int previewGeneration_ = 0;
    int previews_ = 0, applies_ = 0;
};

}  // namespace aitocracy::gui
