#pragma once
// What the regression panel writes: the coefficient table (LaTeX or CSV, one column per
// shown specification), the replication folder of the current specification, and the
// specification itself as JSON. Each returns an empty string on success, else what went
// wrong, naming the file.
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "RegressionOutcome.h"
#include "panel/Panel.h"
#include "panel/PanelBuilder.h"
#include "scripts/ScriptSpec.h"

namespace aitocracy::gui {

using Outcomes = std::vector<std::shared_ptr<const RegressionOutcome>>;

[[nodiscard]] QString coefficientTableText(const Outcomes& outcomes, bool latex);
[[nodiscard]] QString saveCoefficientTable(const Outcomes& outcomes, bool latex, const QString& path);

// The panel CSV, its SHA-256 and a script in `folder` (which must not exist yet). The
// innovation analysis reads the project's firm panel (unrest counted by `cleaning`, as the
// prefecture panel); the others `panel`.
[[nodiscard]] QString writeReplicationFolder(const core::reg::RegressionSpec& spec, const core::Panel& panel, const QString& projectPath,
                                             const core::PanelOptions& cleaning,
                                             core::scripts::ScriptLanguage language, const QString& folder);

[[nodiscard]] QString saveSpecFile(const core::reg::RegressionSpec& spec, const QString& path);
[[nodiscard]] std::optional<core::reg::RegressionSpec> loadSpecFile(const QString& path, QString* error);

}  // namespace aitocracy::gui
