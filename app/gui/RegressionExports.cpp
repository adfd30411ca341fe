#include "RegressionExports.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include "RegressionSeries.h"
#include "panel/FirmPanel.h"
#include "panel/PanelEstimationData.h"
#include "report/CoefficientTable.h"
#include "scripts/ReplicationScript.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

namespace {

// The translation context of this file's texts.
class Text {
    Q_DECLARE_TR_FUNCTIONS(RegressionExports)
};

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);  // written beside, renamed into place: never half a file
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Text::tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

}  // namespace

QString coefficientTableText(const Outcomes& outcomes, bool latex)
{
    std::vector<std::string> titles;
    std::vector<core::report::TableColumn> columns;
    titles.reserve(outcomes.size());
    for (const auto& o : outcomes) titles.push_back(shortName(o->spec).toStdString());
    for (std::size_t i = 0; i < outcomes.size(); ++i) columns.push_back({titles[i], &outcomes[i]->result});
    const core::report::TableOptions options;
    return QString::fromStdString(latex ? core::report::latexTable(columns, options) : core::report::csvTable(columns, options));
}

QString saveCoefficientTable(const Outcomes& outcomes, bool latex, const QString& path)
{
    return writeFile(path, coefficientTableText(outcomes, latex).toUtf8());
}

QString writeReplicationFolder(const core::reg::RegressionSpec& spec, const core::Panel& panel, const QString& projectPath,
                               const core::PanelOptions& cleaning, core::scripts::ScriptLanguage language, const QString& folder)
{
    core::est::PanelData data;
    if (spec.analysis == core::reg::Analysis::ContractsInnovation) {
        auto store = core::ProjectStore::open(projectPath.toStdString());
        if (!store) return QString::fromStdString(store.error().describe());
        auto firms = core::buildFirmPanel(*store, cleaning);
        if (!firms) return QString::fromStdString(firms.error().describe());
        data = std::move(*firms);
    } else {
        data = core::toEstimationData(panel);
    }
    auto prepared = core::reg::prepareSpecOn(spec, data);
    if (!prepared) return QString::fromStdString(prepared.error().describe());
    auto written = core::scripts::writeReplicationScript(data, prepared->formula, prepared->options, language, folder.toStdString());
    return written ? QString() : QString::fromStdString(written.error().describe());
}

QString saveSpecFile(const core::reg::RegressionSpec& spec, const QString& path)
{
    return writeFile(path, QByteArray::fromStdString(core::reg::specToJson(spec)));
}

std::optional<core::reg::RegressionSpec> loadSpecFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Could not read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    auto spec = core::reg::specFromJson(file.readAll().toStdString());
    if (!spec) {
        *error = Text::tr("%1: %2").arg(path, QString::fromStdString(spec.error().message));
        return std::nullopt;
    }
    return *spec;
}

}  // namespace aitocracy::gui
