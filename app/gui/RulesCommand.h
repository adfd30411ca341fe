#pragma once
// One undoable change of classification rules: an edit of the keyword sets in the rules
// editor, or the storing of rules in the project (undone by storing the earlier rules
// again). The command holds both rule sets and hands the one to take effect to `apply`.
#include <QUndoCommand>
#include <functional>

#include "contracts/ClassificationRules.h"

namespace aitocracy::gui {

class RulesCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const core::ClassificationRules&)>;

    RulesCommand(const QString& text, core::ClassificationRules before, core::ClassificationRules after, Apply apply);

    void undo() override;
    void redo() override;

private:
    core::ClassificationRules before_, after_;
    Apply apply_;
};

}  // namespace aitocracy::gui
