#include "scripts/ReplicationScript.h"

#include <filesystem>
#include <fstream>

#include "common/Sha256.h"
#include "scripts/BaseRScript.h"
#include "scripts/FixestScript.h"
#include "scripts/PanelCsvText.h"
#include "scripts/StataScript.h"

namespace aitocracy::core::scripts {
namespace {

namespace fs = std::filesystem;

Result<std::string> scriptText(const ScriptSpec& spec, ScriptLanguage language)
{
    switch (language) {
        case ScriptLanguage::Fixest:
            return fixestScript(spec);
        case ScriptLanguage::Stata:
            return stataScript(spec);
        case ScriptLanguage::BaseR:
            return baseRScript(spec);
    }
    return fail("usage", "unknown script language");
}

const char* scriptName(ScriptLanguage language)
{
    switch (language) {
        case ScriptLanguage::Fixest:
            return "replicate_fixest.R";
        case ScriptLanguage::Stata:
            return "replicate.do";
        case ScriptLanguage::BaseR:
            return "replicate_base.R";
    }
    return "replicate";
}

Result<void> writeText(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    if (!out) return fail("io", "cannot write the file", path.string());
    return ok();
}

}  // namespace

Result<ScriptLanguage> parseScriptLanguage(const std::string& text)
{
    if (text == "r") return ScriptLanguage::Fixest;
    if (text == "stata") return ScriptLanguage::Stata;
    if (text == "base-r") return ScriptLanguage::BaseR;
    return fail("usage", "--lang must be r, stata or base-r, not '" + text + "'");
}

Result<ScriptFiles> writeReplicationScript(const est::PanelData& panel, const std::string& formulaText,
                                           const est::EstimationOptions& options, ScriptLanguage language,
                                           const std::string& outDir)
{
    auto spec = resolveScriptSpec(panel, formulaText, options);
    if (!spec) return std::unexpected(spec.error());
    auto script = scriptText(*spec, language);
    if (!script) return std::unexpected(script.error());

    const fs::path target(outDir);
    std::error_code ec;
    if (fs::exists(target, ec)) return fail("io", "the output folder exists already (give a new one)", outDir);
    const fs::path staging = target.string() + ".partial";
    fs::remove_all(staging, ec);
    if (!fs::create_directories(staging, ec))
        return fail("io", "cannot create the folder: " + ec.message(), staging.string());

    const std::string csv = panelCsvText(panel, options.rowMask);
    Sha256 hash;
    hash.update(csv);
    ScriptFiles files;
    files.panelSha256 = hash.hexDigest();
    const std::pair<const char*, std::string> contents[] = {
        {"panel.csv", csv},
        {"panel.sha256", files.panelSha256 + "  panel.csv\n"},  // sha256sum -c panel.sha256
        {scriptName(language), *script},
    };
    for (const auto& [name, text] : contents) {
        if (auto written = writeText(staging / name, text); !written) {
            fs::remove_all(staging, ec);
            return std::unexpected(written.error());
        }
        files.files.push_back((target / name).string());
    }
    fs::rename(staging, target, ec);
    if (ec) {
        fs::remove_all(staging, ec);
        return fail("io", "cannot move the finished folder into place", outDir);
    }
    files.folder = target.string();
    files.script = (target / scriptName(language)).string();
    return files;
}

}  // namespace aitocracy::core::scripts
