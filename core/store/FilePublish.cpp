#include "store/FilePublish.h"

#include <filesystem>
#include <system_error>

namespace aitocracy::core {

namespace fs = std::filesystem;

void removeDatabaseFiles(const std::string& path)
{
    std::error_code ec;
    fs::remove(path, ec);
    removeDatabaseSideFiles(path);
}

void removeDatabaseSideFiles(const std::string& path)
{
    std::error_code ec;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) fs::remove(path + suffix, ec);
}

Result<void> publishNew(const std::string& from, const std::string& to)
{
    // A hard link fails when the target exists, where a rename would overwrite it.
    std::error_code ec;
    fs::create_hard_link(from, to, ec);
    if (!ec) {
        fs::remove(from, ec);
        return ok();
    }
    if (ec == std::errc::file_exists) return fail("exists", fs::path(to).filename().string() + " already exists", to);
    // The file system has no hard links (FAT, some network shares): check, then rename.
    if (fs::exists(fs::symlink_status(to, ec)))
        return fail("exists", fs::path(to).filename().string() + " already exists", to);
    fs::rename(from, to, ec);
    if (ec) return fail("io", "cannot move the new project into place: " + ec.message(), to);
    return ok();
}

}  // namespace aitocracy::core
