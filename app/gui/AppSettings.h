#pragma once
// Typed facade over QSettings: every persisted preference has one getter and one
// setter here, so keys and defaults live in one place.
#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <map>
#include <string>
#include <vector>

namespace aitocracy::gui {

class AppSettings {
public:
    AppSettings();                                 // the user's settings file (organisation/application name)
    explicit AppSettings(const QString& iniPath);  // an explicit file, for tests

    // "zh_CN", "en" or empty (follow the system locale).
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& language);

    // QWidget::saveGeometry() of the main window; empty when never saved.
    [[nodiscard]] QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

    // QMainWindow::saveState() (docks, toolbars).
    [[nodiscard]] QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);

    // RegressionPanel::saveLayout() and the last specification (specToJson), restored on start.
    [[nodiscard]] QByteArray regressionLayout() const;
    void setRegressionLayout(const QByteArray& state);
    [[nodiscard]] QString regressionSpec() const;
    void setRegressionSpec(const QString& json);

    // Project files opened or created, the most recent first (at most kMaxRecent, no
    // duplicates); addRecentProject moves a path to the front.
    static constexpr int kMaxRecent = 10;
    [[nodiscard]] QStringList recentProjects() const;
    void addRecentProject(const QString& path);
    void removeRecentProject(const QString& path);
    void clearRecentProjects();

    // The project open when the program last closed (reopened on start); empty: none.
    [[nodiscard]] QString lastProject() const;
    void setLastProject(const QString& path);

    // The column mapping (field → header name) the user chose for files of `kind`
    // ("contracts", "firms", …) with exactly this header, so the same export from the same
    // portal maps itself next time. Empty when never chosen.
    [[nodiscard]] std::map<std::string, std::string> columnMapping(const QString& kind,
                                                                   const std::vector<std::string>& header) const;
    void setColumnMapping(const QString& kind, const std::vector<std::string>& header,
                          const std::map<std::string, std::string>& mapping);

    // The data-quality switches last used with the project at `projectPath` (keys
    // "drop_repeats", "protests_only", "root_events_only", "min_sources", "min_articles");
    // empty when never changed there.
    [[nodiscard]] QVariantMap unrestCleaning(const QString& projectPath) const;
    void setUnrestCleaning(const QString& projectPath, const QVariantMap& switches);

    void sync() { settings_.sync(); }

private:
    QSettings settings_;
};

}  // namespace aitocracy::gui
