#pragma once
// One user edit of the regression specification, undoable. Edits of one continuous control
// in a row (dragging the lag slider, typing a threshold) merge into one step, so undo goes
// back to where the drag started rather than through every value it passed.
#include <QUndoCommand>
#include <functional>

#include "regression/RegressionSpec.h"

namespace aitocracy::gui {

class SpecEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const core::reg::RegressionSpec&)>;

    // `apply` shows and estimates a specification; it is called by redo() (also when the
    // command is pushed) and undo(). `mergeKey` < 0: never merged.
    SpecEditCommand(core::reg::RegressionSpec before, core::reg::RegressionSpec after, const QString& text, int mergeKey, Apply apply);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override { return mergeKey_; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    core::reg::RegressionSpec before_, after_;
    int mergeKey_;
    Apply apply_;
};

}  // namespace aitocracy::gui
