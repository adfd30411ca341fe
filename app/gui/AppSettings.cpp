#include "AppSettings.h"

namespace aitocracy::gui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
}  // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString& iniPath) : settings_(iniPath, QSettings::IniFormat) {}

QString AppSettings::language() const
{
    return settings_.value(kLanguage).toString();
}
void AppSettings::setLanguage(const QString& language)
{
    settings_.setValue(kLanguage, language);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return settings_.value(kGeometry).toByteArray();
}
void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    settings_.setValue(kGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return settings_.value(kState).toByteArray();
}
void AppSettings::setMainWindowState(const QByteArray& state)
{
    settings_.setValue(kState, state);
}

}  // namespace aitocracy::gui
