#include "UnitSource.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <map>
#include <sstream>

#include "geo/BuiltinGeography.h"
#include "store/ProjectStore.h"

namespace aitocracy::cli {

core::Result<core::UnitSet> loadUnits(const std::string& projectPath)
{
    if (projectPath.empty()) return core::loadBuiltinGeography();
    auto store = core::ProjectStore::open(projectPath);
    if (!store) return std::unexpected(store.error());
    return store->loadUnits();
}

core::Result<core::ProjectStore> openOrCreateProject(const std::string& path)
{
    if (std::filesystem::exists(path)) return core::ProjectStore::open(path);
    auto units = core::loadBuiltinGeography();
    if (!units) return std::unexpected(units.error());
    return core::ProjectStore::create(path, *units, "builtin");
}

void addFormatOption(CLI::App& command, Format& format)
{
    const std::map<std::string, Format> formats{{"json", Format::json}, {"text", Format::text}};
    command.add_option("--format", format, "json or text")
        ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
}

core::Result<std::optional<core::TextEncoding>> parseEncodingOption(const std::string& text)
{
    if (text.empty()) return std::optional<core::TextEncoding>();
    const auto encoding = core::encodingFromName(text);
    if (!encoding) return core::fail("usage", "--encoding: expected utf-8 or gb18030 (gbk), got " + text);
    return encoding;
}

core::Result<void> parseColumnMap(const std::string& text, std::map<std::string, std::string>& into)
{
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');) {
        if (item.empty()) continue;
        const auto eq = item.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == item.size())
            return core::fail("usage", "--map: expected field=column pairs separated by commas, got \"" + item + "\"");
        into[item.substr(0, eq)] = item.substr(eq + 1);
    }
    return core::ok();
}

}  // namespace aitocracy::cli
