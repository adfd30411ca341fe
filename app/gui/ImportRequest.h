#pragma once
// One import the wizard asks for: a kind, its file (several GDELT files go into one
// importGdelt call), and the user's choices from the wizard.
#include <QStringList>
#include <map>
#include <optional>
#include <string>

#include "import/GdeltSettings.h"
#include "import/ImportKind.h"
#include "tabular/TextEncoding.h"

namespace aitocracy::gui {

struct ImportRequest {
    core::ImportKind kind = core::ImportKind::Contracts;
    QStringList files;
    std::optional<core::TextEncoding> encoding;    // unset: the importer detects it
    std::map<std::string, std::string> columnMap;  // field → header name
    core::GdeltSettings gdelt;                     // GDELT only
    quint64 bytes = 0;                             // of all files, for the progress strip
};

}  // namespace aitocracy::gui
