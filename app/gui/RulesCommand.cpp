#include "RulesCommand.h"

namespace aitocracy::gui {

RulesCommand::RulesCommand(const QString& text, core::ClassificationRules before, core::ClassificationRules after, Apply apply)
    : QUndoCommand(text), before_(std::move(before)), after_(std::move(after)), apply_(std::move(apply))
{
}

void RulesCommand::undo() { apply_(before_); }

void RulesCommand::redo() { apply_(after_); }

}  // namespace aitocracy::gui
