#include "store/ProjectCopy.h"

#include "store/FilePublish.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <filesystem>
#include <system_error>

namespace aitocracy::core {

namespace fs = std::filesystem;

Result<void> copyProject(const std::string& from, const std::string& to, ExistingTarget existing)
{
    std::error_code ec;
    const bool targetExists = fs::exists(fs::symlink_status(to, ec));
    if (targetExists && fs::equivalent(from, to, ec))
        return fail("same", "a project cannot be copied onto itself", to);
    if (targetExists && existing == ExistingTarget::Refuse)
        return fail("exists", fs::path(to).filename().string() + " already exists", to);
    // Opening checks that `from` is a project (and brings an older one up to date), so
    // that the copy is one this program can open.
    auto source = ProjectStore::open(from);
    if (!source) return std::unexpected(std::move(source.error()));

    const std::string copying = to + ".copying";
    removeDatabaseFiles(copying);  // left behind by a copy that was killed
    auto vacuum = Statement::prepare(source->handle(), "VACUUM INTO ?");
    if (!vacuum) return std::unexpected(std::move(vacuum.error()));
    if (auto written = vacuum->bindText(1, copying).run(); !written) {
        removeDatabaseFiles(copying);
        return fail("io", "cannot write the copy: " + written.error().message, to);
    }
    removeDatabaseSideFiles(to);  // they belong to the file being replaced, or to none
    if (existing == ExistingTarget::Refuse) {
        if (auto moved = publishNew(copying, to); !moved) {
            removeDatabaseFiles(copying);
            return moved;
        }
        return ok();
    }
    fs::rename(copying, to, ec);
    if (ec) {
        removeDatabaseFiles(copying);
        return fail("io", "cannot move the copy into place: " + ec.message(), to);
    }
    return ok();
}

}  // namespace aitocracy::core
