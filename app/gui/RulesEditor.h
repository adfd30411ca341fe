#pragma once
// The classification rules editor, a window of its own beside the main window: the five
// keyword sets as editable lists, a live preview of what the edited rules would do to
// the project's contracts (counts per class now → then, and contracts that would change
// class), worked out in the background a moment after the last edit, and Apply, which
// stores the rules and re-classifies the contracts in the background, then reports
// rulesApplied so that the views reload. Keyword edits, a reset to the study's defaults
// and Apply itself are undoable (undoing Apply stores the earlier rules again).
#include <QWidget>
#include <optional>

#include "contracts/ClassificationRules.h"
#include "contracts/RulesPreview.h"

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;
class QUndoStack;

namespace aitocracy::gui {

class KeywordList;
class RulesController;

class RulesEditor : public QWidget {
    Q_OBJECT
public:
    explicit RulesEditor(QWidget* parent = nullptr);

    // The menu entry that opens the editor, translated in this class's context.
    [[nodiscard]] static QString actionText();

    // Edits the rules of the project at `path` (empty: none); forgets the undo history.
    void setProject(const QString& path);

    // The five lists: public-security buyer, AI, surveillance, AI firms, exclude.
    enum class Set { Buyer, Ai, Surveillance, Firms, Exclude };
    [[nodiscard]] KeywordList* keywordList(Set set) const;
    [[nodiscard]] const core::ClassificationRules& rules() const { return rules_; }
    // The rules stored in the project (as read, or as last applied).
    [[nodiscard]] const std::optional<core::ClassificationRules>& storedRules() const { return stored_; }
    // The preview of the edited rules, once worked out (none while edits wait for one).
    [[nodiscard]] const std::optional<core::RulesPreview>& preview() const { return preview_; }
    [[nodiscard]] bool isApplying() const;
    [[nodiscard]] QUndoStack* undoStack() const { return undo_; }

public Q_SLOTS:
    void apply();
    void resetToDefaults();

Q_SIGNALS:
    // The project's rules and contract classes changed.
    void rulesApplied();

private:
    void showRules(const core::ClassificationRules& rules);
    void edit(Set set, const QStringList& keywords);
    void showPreview(const core::RulesPreview& preview);
    void showApplied(const core::ClassificationRules& rules, std::int64_t changed);
    void updateButtons();

    RulesController* controller_;
    QUndoStack* undo_;
    QTimer* debounce_;
    QListWidget* sets_;  // the five sets' names; the current one's list is shown beside
    QStackedWidget* stack_;
    KeywordList* lists_[5];
    QTableWidget* counts_;
    QLabel* summary_;
    QTableWidget* examples_;
    QLabel* status_;
    QPushButton* applyButton_;
    QPushButton* resetButton_;
    QWidget* history_;  // the undo and redo buttons
    core::ClassificationRules rules_;
    std::optional<core::ClassificationRules> stored_;
    std::optional<core::RulesPreview> preview_;
};

}  // namespace aitocracy::gui
