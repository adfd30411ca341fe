#pragma once
// Typed facade over QSettings: every persisted preference has one getter and one
// setter here, so keys and defaults live in one place.
#include <QByteArray>
#include <QSettings>
#include <QString>

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

    void sync() { settings_.sync(); }

private:
    QSettings settings_;
};

}  // namespace aitocracy::gui
