#pragma once
// One keyword set of the classification rules as an editable list: add a keyword (typed
// below the list), remove the selected ones, edit one in place (double-click). The list
// does not change itself: it reports the keywords as the user wants them
// (keywordsEdited), and shows what setKeywords gives it, so that every edit can pass
// through the undo stack.
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace aitocracy::gui {

class KeywordList : public QWidget {
    Q_OBJECT
public:
    // `description` says where the keywords are looked for and what a match means.
    explicit KeywordList(const QString& description, QWidget* parent = nullptr);

    void setKeywords(const QStringList& keywords);
    [[nodiscard]] const QStringList& keywords() const { return keywords_; }
    // Removes `keyword` as the Remove button does (tests, scripted edits).
    void removeKeyword(const QString& keyword);
    void addKeyword(const QString& keyword);

Q_SIGNALS:
    void keywordsEdited(const QStringList& keywords);

private:
    void addTyped();
    void removeSelected();
    void itemEdited(int row, const QString& text);

    QStringList keywords_;
    QListWidget* list_;
    QLineEdit* entry_;
    QPushButton* add_;
    QPushButton* remove_;
};

}  // namespace aitocracy::gui
