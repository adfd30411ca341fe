#pragma once
// A temporary folder of new projects on one unit set, with files written beside them: what
// the importer tests start from.
#include <QTemporaryDir>
#include <QtGlobal>
#include <string>

#include "TestSupport.h"
#include "store/ProjectStore.h"

namespace aitocracy::test {

class ProjectFolder {
public:
    [[nodiscard]] bool isValid() const { return dir_.isValid(); }
    [[nodiscard]] std::string path(const std::string& name) const
    {
        return dir_.filePath(QString::fromStdString(name)).toStdString();
    }
    // Writes `bytes` to `name` in the folder; returns its path.
    std::string write(const std::string& name, const std::string& bytes) const
    {
        writeBytes(path(name), bytes);
        return path(name);
    }
    // A new project p1.aitocracy, p2.aitocracy, … holding `units`.
    core::ProjectStore newProject()
    {
        auto store = core::ProjectStore::create(path("p" + std::to_string(++projects_) + ".aitocracy"), units, "builtin");
        if (!store) qFatal("%s", store.error().describe().c_str());
        return std::move(*store);
    }

    core::UnitSet units;

private:
    QTemporaryDir dir_;
    int projects_ = 0;
};

}  // namespace aitocracy::test
