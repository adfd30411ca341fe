#include "SpecEditCommand.h"

namespace aitocracy::gui {

SpecEditCommand::SpecEditCommand(core::reg::RegressionSpec before, core::reg::RegressionSpec after, const QString& text, int mergeKey,
                                 Apply apply)
    : before_(std::move(before)), after_(std::move(after)), mergeKey_(mergeKey), apply_(std::move(apply))
{
    setText(text);
}

void SpecEditCommand::undo()
{
    apply_(before_);
}

void SpecEditCommand::redo()
{
    apply_(after_);
}

bool SpecEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SpecEditCommand*>(other);  // same id(): same class
    after_ = next->after_;
    setText(next->text());
    if (after_ == before_) setObsolete(true);  // dragged back to where it started
    return true;
}

}  // namespace aitocracy::gui
