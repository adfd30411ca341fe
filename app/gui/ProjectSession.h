#pragma once
// The one place through which a project is opened, closed or saved under another name.
// Opening reads the units on a worker thread (UnitLoader); only when that succeeds does
// the session switch to the new project, so a file that is not a project, a damaged one
// or one from a newer version leaves the open project as it was. Every successful open
// puts the file at the front of the recent list and remembers it as the last project.
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

#include "common/Error.h"
#include "geo/Unit.h"

namespace aitocracy::gui {

class AppSettings;
class UnitLoader;

class ProjectSession : public QObject {
    Q_OBJECT
public:
    // `settings` (may be null: no recent list, nothing remembered) must outlive the session.
    explicit ProjectSession(AppSettings* settings, QObject* parent = nullptr);

    void openProject(const QString& path);
    // The built-in map without a project ("Close Project", or nothing else to open).
    void openBuiltinMap();
    // Copies the open project to `target` on a worker thread, then opens the copy.
    // `replace`: the user agreed to replace an existing file (never the open project).
    void saveCopyAs(const QString& target, bool replace);

    // The open project's file; empty for the bare map.
    [[nodiscard]] QString projectPath() const { return path_; }
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] bool isSaving() const { return copyWatcher_.isRunning(); }

Q_SIGNALS:
    // A project (empty path: the bare map) is now open; unitsLoaded() follows.
    void projectOpened(const QString& path, bool simulated);
    void unitsLoaded(std::shared_ptr<const aitocracy::core::UnitSet> units);
    // `path` empty: the built-in map. `message` says what failed, `hint` what to do.
    void openFailed(const QString& path, const QString& message, const QString& hint);
    void saveFailed(const QString& target, const QString& message);
    // A copy started (true) or ended, however it ended (false).
    void savingChanged(bool saving);
    // Short news for the status bar ("Opening …", "Saving a copy…").
    void statusMessage(const QString& message);

private:
    void onProjectOpened(const QString& path, bool simulated);
    void onUnitsLoaded(std::shared_ptr<const core::UnitSet> units);
    void onCopied();

    AppSettings* settings_;
    UnitLoader* loader_;
    QString path_;
    QString requested_;      // the file being opened; empty for the built-in map
    QString copyTarget_;
    QFutureWatcher<core::Result<void>> copyWatcher_;
};

}  // namespace aitocracy::gui
