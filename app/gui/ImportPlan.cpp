#include "ImportPlan.h"

#include <filesystem>

#include <QFileInfo>
#include <QLocale>
#include <algorithm>

#include "AppSettings.h"
#include "ImportOutcome.h"
#include "geo/UnitLayerIO.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

// Typical speeds of the importers, only to tell the user whether an import takes seconds
// or minutes. Measured with aitocracy-cli on the demonstration world's raw files on a
// busy two-core machine: 137,410 GDELT rows (48 MB, every row a kept CH protest, the
// slowest case) in 1.33 s; 300,000 contracts (42 MB, GB18030) in 0.81 s; 1,072,374
// weather rows in 3.4 s.
constexpr double kGdeltRowsPerSecond = 100'000;
constexpr double kContractRowsPerSecond = 350'000;
constexpr double kTableRowsPerSecond = 300'000;
constexpr std::size_t kPreviewRows = 50;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString kindName(core::ImportKind kind)
{
    return QString::fromUtf8(core::importKindName(kind));
}

}  // namespace

ImportPlan::ImportPlan(const QStringList& files, const QString& projectPath, AppSettings* settings)
    : projectPath_(projectPath), settings_(settings)
{
    for (const QString& path : files) {
        File f;
        f.path = path;
        auto detected = core::detectImportKind(path.toStdString());
        if (detected) {
            f.kind = detected->kind;
            f.reason = q(detected->reason);
        } else {
            f.reason = q(detected.error().describe());
        }
        if (f.kind && *f.kind != core::ImportKind::Gdelt) loadPreview(f, {});
        f.included = f.kind != core::ImportKind::Boundaries;
        files_.push_back(std::move(f));
    }
}

QString ImportPlan::kindLabel(core::ImportKind kind)
{
    return ImportSummary::kindLabel(kindName(kind));
}

void ImportPlan::loadPreview(File& f, const std::map<std::string, std::string>& keepMap)
{
    f.preview.reset();
    f.previewError.clear();
    f.mapping.clear();
    if (!f.kind) return;
    auto preview = core::previewFile(f.path.toStdString(), *f.kind, f.encoding, kPreviewRows);
    if (!preview) {
        f.previewError = q(preview.error().describe());
        return;
    }
    f.preview = std::move(*preview);
    std::map<std::string, std::string> map;
    if (settings_) map = settings_->columnMapping(kindName(*f.kind), f.preview->header);
    for (const auto& [field, column] : keepMap) map[field] = column;
    f.mapping = core::mapImportColumns(*f.kind, f.preview->header, map);
}

void ImportPlan::ensurePreview(int index)
{
    File& f = files_[std::size_t(index)];
    if (f.kind && !f.preview && f.previewError.isEmpty()) loadPreview(f, {});
}

void ImportPlan::setKind(int index, core::ImportKind kind)
{
    File& f = files_[std::size_t(index)];
    if (f.kind == kind) return;
    f.kind = kind;
    f.reason = tr("chosen by you");
    loadPreview(f, {});
}

void ImportPlan::setEncoding(int index, std::optional<core::TextEncoding> encoding)
{
    File& f = files_[std::size_t(index)];
    const auto keep = columnMap(index);
    f.encoding = encoding;
    loadPreview(f, keep);
}

void ImportPlan::setColumn(int index, std::size_t field, std::optional<std::size_t> column)
{
    File& f = files_[std::size_t(index)];
    if (field < f.mapping.size()) f.mapping[field].column = column;
}

void ImportPlan::setIncluded(int index, bool included)
{
    files_[std::size_t(index)].included = included;
}

std::map<std::string, std::string> ImportPlan::columnMap(int index) const
{
    const File& f = files_[std::size_t(index)];
    std::map<std::string, std::string> out;
    if (!f.preview) return out;
    for (const auto& m : f.mapping)
        if (m.column && *m.column < f.preview->header.size()) out[m.field] = f.preview->header[*m.column];
    return out;
}

QStringList ImportPlan::problems(const QString& gdeltProblem) const
{
    QStringList out;
    bool anyImport = false, anyGdelt = false;
    for (const File& f : files_) {
        if (!f.included) continue;
        const QString name = QFileInfo(f.path).fileName();
        if (!f.kind) {
            out << tr("Choose what %1 holds (%2)").arg(name, f.reason);
            continue;
        }
        if (*f.kind == core::ImportKind::Boundaries) continue;
        anyImport = true;
        anyGdelt = anyGdelt || *f.kind == core::ImportKind::Gdelt;
        if (!f.previewError.isEmpty()) {
            out << tr("%1 cannot be read: %2").arg(name, f.previewError);
            continue;
        }
        QStringList missing;
        for (const auto& m : f.mapping)
            if (m.required && !m.column) missing << q(m.field);
        if (!missing.isEmpty()) out << tr("Cannot start: map %1 (%2)").arg(missing.join(u", "_s), name);
    }
    if (anyGdelt && !gdeltProblem.isEmpty()) out << tr("Cannot start: %1").arg(gdeltProblem);
    if (anyImport && projectPath_.isEmpty())
        out << tr("No project is open: create or open one first (a boundary file can start a new one).");
    if (!anyImport && out.isEmpty()) {
        const bool boundaries =
            std::ranges::any_of(files_, [](const File& f) { return f.kind == core::ImportKind::Boundaries; });
        out << (boundaries
                    ? tr("Boundary files start a new project: use “Create a New Project from These Boundaries…”.")
                    : tr("Nothing to import."));
    }
    return out;
}

std::vector<ImportRequest> ImportPlan::requests(const core::GdeltSettings& gdeltSettings) const
{
    std::vector<ImportRequest> out;
    ImportRequest gdelt;
    gdelt.kind = core::ImportKind::Gdelt;
    gdelt.gdelt = gdeltSettings;
    for (int i = 0; i < size(); ++i) {
        const File& f = files_[std::size_t(i)];
        if (!f.included || !f.kind || *f.kind == core::ImportKind::Boundaries) continue;
        const quint64 bytes = f.preview ? f.preview->bytes : quint64(QFileInfo(f.path).size());
        if (*f.kind == core::ImportKind::Gdelt) {
            gdelt.files << f.path;
            gdelt.bytes += bytes;
            continue;
        }
        ImportRequest r;
        r.kind = *f.kind;
        r.files << f.path;
        r.encoding = f.encoding;
        r.columnMap = columnMap(i);
        r.bytes = bytes;
        out.push_back(std::move(r));
    }
    if (!gdelt.files.isEmpty()) out.insert(out.begin(), std::move(gdelt));
    return out;
}

void ImportPlan::rememberMappings() const
{
    if (!settings_) return;
    for (int i = 0; i < size(); ++i) {
        const File& f = files_[std::size_t(i)];
        if (f.included && f.kind && f.preview && !f.mapping.empty())
            settings_->setColumnMapping(kindName(*f.kind), f.preview->header, columnMap(i));
    }
}

QString ImportPlan::label(int index) const
{
    const File& f = files_[std::size_t(index)];
    const QString name = QFileInfo(f.path).fileName();
    return f.kind ? tr("%1 — %2").arg(name, kindLabel(*f.kind)) : tr("%1 — not recognised").arg(name);
}

QString ImportPlan::estimate(int index) const
{
    const File& f = files_[std::size_t(index)];
    if (!f.preview || !f.kind) return {};
    const QLocale locale;
    const auto rows = f.preview->estimatedRows;
    const QString rowsText = f.preview->rowCountExact ? tr("%1 rows").arg(locale.toString(rows))
                                                      : tr("about %1 rows").arg(locale.toString(rows));
    QString text = tr("%1, %2").arg(locale.formattedDataSize(qint64(f.preview->bytes)), rowsText);
    if (*f.kind == core::ImportKind::Boundaries) return text;
    const double rate = *f.kind == core::ImportKind::Gdelt       ? kGdeltRowsPerSecond
                        : *f.kind == core::ImportKind::Contracts ? kContractRowsPerSecond
                                                                 : kTableRowsPerSecond;
    if (*f.kind == core::ImportKind::Gdelt) {
        // GDELT files are imported together: the estimate is for all of them, their rows
        // scaled from this file's bytes per row (the others are not read before the import).
        qint64 bytes = 0;
        int count = 0;
        for (const File& other : files_)
            if (other.included && other.kind == core::ImportKind::Gdelt) {
                bytes += QFileInfo(other.path).size();
                ++count;
            }
        if (count > 1 && f.preview->bytes > 0) {
            const auto allRows = qint64(double(rows) * double(bytes) / double(f.preview->bytes));
            return tr("This file: %1. All %2 GDELT files: %3, about %4 rows; estimated time %5")
                .arg(text)
                .arg(count)
                .arg(locale.formattedDataSize(bytes), locale.toString(allRows), durationText(double(allRows) / rate));
        }
    }
    return tr("%1; estimated time %2").arg(text, durationText(double(rows) / rate));
}

QString ImportPlan::durationText(double seconds)
{
    return seconds < 1    ? tr("under a second")
           : seconds < 90 ? tr("about %1 s").arg(qRound(seconds))
                          : tr("about %1 min").arg(qRound(seconds / 60));
}

std::optional<core::BoundaryFileOptions> ImportPlan::boundaryOptions(int index, QString& problem) const
{
    const File& f = files_[std::size_t(index)];
    if (f.kind != core::ImportKind::Boundaries || !f.preview) {
        problem = tr("This is not a boundary file.");
        return std::nullopt;
    }
    const std::map<std::string, std::string> map = columnMap(index);
    const auto field = [&map](const char* name) { return map.contains(name) ? map.at(name) : std::string(); };
    core::BoundaryFileOptions options;
    options.path = f.path.toStdString();
    options.layer = f.preview->layer;
    options.codeField = field("code");
    options.nameField = field("name");
    options.nameEnField = field("name_en");
    options.provinceField = field("province");
    if (options.codeField.empty() || options.nameField.empty()) {
        problem = tr("Cannot start: map code and name");
        return std::nullopt;
    }
    return options;
}

QString ImportPlan::createProject(const core::BoundaryFileOptions& options, const QString& projectPath)
{
    auto imported = core::readBoundaryFile(options);
    if (!imported) return q(imported.error().describe());
    auto store = core::ProjectStore::create(projectPath.toStdString(), imported->units,
                                            std::filesystem::path(options.path).filename().string());
    if (!store) return q(store.error().describe());
    return {};
}

void ImportPlan::rememberBoundaryMapping(int index) const
{
    const File& f = files_[std::size_t(index)];
    if (settings_ && f.preview) settings_->setColumnMapping(kindName(core::ImportKind::Boundaries), f.preview->header, columnMap(index));
}

}  // namespace aitocracy::gui
