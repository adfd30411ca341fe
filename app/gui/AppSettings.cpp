#include "AppSettings.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace aitocracy::gui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kRegressionLayout = QStringLiteral("regression/layout");
const QString kRegressionSpec = QStringLiteral("regression/spec");
const QString kRecent = QStringLiteral("projects/recent");
const QString kLast = QStringLiteral("projects/last");

// Header sets are keyed by a hash of their names in order: headers may hold any
// character, which QSettings keys do not allow.
QString headerKey(const QString& kind, const std::vector<std::string>& header)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const std::string& name : header) {
        hash.addData(QByteArrayView(name.data(), static_cast<qsizetype>(name.size())));
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QStringLiteral("columnMappings/") + kind + QLatin1Char('/') + QString::fromLatin1(hash.result().toHex());
}

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.absoluteFilePath() : path;
}

QString cleaningKey(const QString& projectPath)
{
    const QByteArray hash = QCryptographicHash::hash(canonical(projectPath).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("unrestCleaning/") + QString::fromLatin1(hash.toHex());
}
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

QByteArray AppSettings::regressionLayout() const
{
    return settings_.value(kRegressionLayout).toByteArray();
}
void AppSettings::setRegressionLayout(const QByteArray& state)
{
    settings_.setValue(kRegressionLayout, state);
}

QString AppSettings::regressionSpec() const
{
    return settings_.value(kRegressionSpec).toString();
}
void AppSettings::setRegressionSpec(const QString& json)
{
    settings_.setValue(kRegressionSpec, json);
}

QStringList AppSettings::recentProjects() const
{
    return settings_.value(kRecent).toStringList();
}
void AppSettings::addRecentProject(const QString& path)
{
    QStringList list = recentProjects();
    const QString file = canonical(path);
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > kMaxRecent) list.removeLast();
    settings_.setValue(kRecent, list);
}
void AppSettings::removeRecentProject(const QString& path)
{
    QStringList list = recentProjects();
    list.removeAll(path);
    list.removeAll(canonical(path));
    settings_.setValue(kRecent, list);
}

void AppSettings::clearRecentProjects()
{
    settings_.remove(kRecent);
}

QString AppSettings::lastProject() const
{
    return settings_.value(kLast).toString();
}
void AppSettings::setLastProject(const QString& path)
{
    settings_.setValue(kLast, path.isEmpty() ? path : canonical(path));
}

std::map<std::string, std::string> AppSettings::columnMapping(const QString& kind,
                                                              const std::vector<std::string>& header) const
{
    std::map<std::string, std::string> mapping;
    const QVariantMap stored = settings_.value(headerKey(kind, header)).toMap();
    for (auto it = stored.begin(); it != stored.end(); ++it) mapping[it.key().toStdString()] = it.value().toString().toStdString();
    return mapping;
}
void AppSettings::setColumnMapping(const QString& kind, const std::vector<std::string>& header,
                                   const std::map<std::string, std::string>& mapping)
{
    QVariantMap stored;
    for (const auto& [field, column] : mapping) stored.insert(QString::fromStdString(field), QString::fromStdString(column));
    settings_.setValue(headerKey(kind, header), stored);
}

QVariantMap AppSettings::unrestCleaning(const QString& projectPath) const
{
    return settings_.value(cleaningKey(projectPath)).toMap();
}
void AppSettings::setUnrestCleaning(const QString& projectPath, const QVariantMap& switches)
{
    settings_.setValue(cleaningKey(projectPath), switches);
}

}  // namespace aitocracy::gui
