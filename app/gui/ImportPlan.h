#pragma once
// What the import wizard decides, without its widgets: per file the kind (detected, or
// chosen), the encoding, the first rows, the column mapping (pre-filled from the mapping
// remembered for the same header), whether it takes part; what still blocks the start;
// and the imports to run (several GDELT files make one import).
#include <QCoreApplication>
#include <QStringList>
#include <optional>
#include <vector>

#include "ImportRequest.h"
#include "geo/UnitLayerIO.h"
#include "import/FilePreview.h"
#include "import/ImportKind.h"

namespace aitocracy::gui {

class AppSettings;

class ImportPlan {
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    struct File {
        QString path;
        std::optional<core::ImportKind> kind;
        QString reason;                              // why this kind (detector), or why none
        std::optional<core::TextEncoding> encoding;  // chosen by the user; unset: detected
        std::optional<core::FilePreview> preview;    // read by ensurePreview
        QString previewError;
        std::vector<core::FieldMapping> mapping;
        bool included = true;  // boundary files start out left out: they cannot be imported
    };

    // Detects each file's kind and reads the first rows of those that need a mapping.
    // `projectPath` empty: no project is open. `settings` may be null.
    ImportPlan(const QStringList& files, const QString& projectPath, AppSettings* settings);

    [[nodiscard]] int size() const { return static_cast<int>(files_.size()); }
    [[nodiscard]] const File& file(int index) const { return files_[std::size_t(index)]; }
    // Reads the first rows when not read yet (GDELT files are read only when shown: a
    // folder of days can hold thousands, and they have nothing to map).
    void ensurePreview(int index);
    void setKind(int index, core::ImportKind kind);
    // Reads the file again in `encoding`, keeping the columns chosen so far by name.
    void setEncoding(int index, std::optional<core::TextEncoding> encoding);
    void setColumn(int index, std::size_t field, std::optional<std::size_t> column);
    void setIncluded(int index, bool included);

    // Empty when the import can start, else why not (one line per problem);
    // `gdeltProblem`: what is wrong with the GDELT rules, if anything.
    [[nodiscard]] QStringList problems(const QString& gdeltProblem = {}) const;
    [[nodiscard]] std::vector<ImportRequest> requests(const core::GdeltSettings& gdelt) const;
    // Remembers the mapping of each file taking part, for its kind and header.
    void rememberMappings() const;
    // field → header name of the columns chosen.
    [[nodiscard]] std::map<std::string, std::string> columnMap(int index) const;

    // "name — kind"; size, rows and the time it should take.
    [[nodiscard]] QString label(int index) const;
    // For a GDELT file among several: also the total of all the GDELT files, imported together.
    [[nodiscard]] QString estimate(int index) const;

    // What reading file `index` (a boundary file) as units takes: its layer and its code /
    // name / name_en / province mapping; nullopt with `problem` set when it cannot be read yet.
    [[nodiscard]] std::optional<core::BoundaryFileOptions> boundaryOptions(int index, QString& problem) const;
    // Reads the boundaries and creates the project `projectPath` holding them; any thread.
    // Returns an error message, or empty.
    [[nodiscard]] static QString createProject(const core::BoundaryFileOptions& options, const QString& projectPath);
    void rememberBoundaryMapping(int index) const;

    static QString kindLabel(core::ImportKind kind);

private:
    [[nodiscard]] static QString durationText(double seconds);
    void loadPreview(File& file, const std::map<std::string, std::string>& keepMap);

    std::vector<File> files_;
    QString projectPath_;
    AppSettings* settings_;
};

}  // namespace aitocracy::gui
