#pragma once
// A one-line editor for a fixest formula: completes variable names as they are typed
// (Tab or Enter accepts), underlines the character an error points at with a red wave,
// and reports the text once typing pauses or on Enter.
#include <QPlainTextEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;
class QTimer;

namespace aitocracy::gui {

class FormulaEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit FormulaEdit(QWidget* parent = nullptr);

    void setVariables(const QStringList& names);
    [[nodiscard]] QString text() const { return toPlainText(); }
    void setText(const QString& text);  // does not emit formulaEdited
    // 1-based character to underline; 0 underlines the whole text; < 0 clears.
    void markError(int column);
    [[nodiscard]] int markedColumn() const { return marked_; }
    [[nodiscard]] QCompleter* completer() const { return completer_; }
    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void formulaEdited(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    [[nodiscard]] QString wordBeforeCursor() const;
    void insertCompletion(const QString& name);
    void updateCompletion();
    void emitNow();

    QCompleter* completer_;
    QStringListModel* names_;
    QTimer* pause_;
    QString reported_;
    int marked_ = -1;
};

}  // namespace aitocracy::gui
