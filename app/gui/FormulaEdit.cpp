#include "FormulaEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QTimer>

namespace aitocracy::gui {

namespace {

constexpr int kPauseMs = 400;  // typing pause after which the formula is estimated

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.';
}

}  // namespace

FormulaEdit::FormulaEdit(QWidget* parent)
    : QPlainTextEdit(parent), completer_(new QCompleter(this)), names_(new QStringListModel(this)), pause_(new QTimer(this))
{
    setObjectName(QStringLiteral("formulaEdit"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true);
    completer_->setModel(names_);
    completer_->setWidget(this);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setCompletionMode(QCompleter::PopupCompletion);
    connect(completer_, qOverload<const QString&>(&QCompleter::activated), this, &FormulaEdit::insertCompletion);
    pause_->setSingleShot(true);
    pause_->setInterval(kPauseMs);
    connect(pause_, &QTimer::timeout, this, &FormulaEdit::emitNow);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        updateCompletion();
        if (toPlainText() != reported_) pause_->start();
    });
}

QSize FormulaEdit::sizeHint() const
{
    // Three lines: long formulas wrap instead of scrolling sideways.
    const int lines = 3;
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * lines + 2 * frameWidth() + 8};
}

void FormulaEdit::setVariables(const QStringList& names)
{
    names_->setStringList(names);
}

void FormulaEdit::setText(const QString& text)
{
    reported_ = text;
    const QSignalBlocker block(this);
    setPlainText(text);
    markError(marked_);
}

void FormulaEdit::markError(int column)
{
    marked_ = column;
    QList<QTextEdit::ExtraSelection> selections;
    const int length = toPlainText().size();
    if (column >= 0 && length > 0) {
        QTextEdit::ExtraSelection mark;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xc0, 0x20, 0x20));
        mark.cursor = QTextCursor(document());
        if (column == 0) {
            mark.cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        } else {
            // The parser's column counts UTF-8 bytes of ASCII formulas: characters here.
            const int start = std::min(column - 1, length - 1);
            int end = start + 1;
            while (end < length && isNameChar(toPlainText().at(end)) && isNameChar(toPlainText().at(start))) ++end;
            mark.cursor.setPosition(start);
            mark.cursor.setPosition(end, QTextCursor::KeepAnchor);
        }
        selections.append(mark);
    }
    setExtraSelections(selections);
}

QString FormulaEdit::wordBeforeCursor() const
{
    const QString text = toPlainText();
    int start = textCursor().position();
    const int end = start;
    while (start > 0 && isNameChar(text.at(start - 1))) --start;
    return text.mid(start, end - start);
}

void FormulaEdit::updateCompletion()
{
    const QString prefix = wordBeforeCursor();
    if (!hasFocus() || prefix.size() < 2) {
        completer_->popup()->hide();
        return;
    }
    completer_->setCompletionPrefix(prefix);
    if (completer_->completionCount() == 0 ||
        (completer_->completionCount() == 1 && completer_->currentCompletion() == prefix)) {
        completer_->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(completer_->popup()->sizeHintForColumn(0) + completer_->popup()->verticalScrollBar()->sizeHint().width());
    completer_->complete(rect);
}

void FormulaEdit::insertCompletion(const QString& name)
{
    QTextCursor cursor = textCursor();
    const int typed = static_cast<int>(wordBeforeCursor().size());
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, typed);
    cursor.insertText(name);
    setTextCursor(cursor);
    completer_->popup()->hide();
}

void FormulaEdit::keyPressEvent(QKeyEvent* event)
{
    if (completer_->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
            insertCompletion(completer_->popup()->currentIndex().isValid() ? completer_->popup()->currentIndex().data().toString()
                                                                            : completer_->currentCompletion());
            return;
        case Qt::Key_Escape:
            completer_->popup()->hide();
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emitNow();  // one line: Enter runs the formula instead of breaking the line
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void FormulaEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (!completer_->popup()->isVisible()) emitNow();
}

void FormulaEdit::emitNow()
{
    pause_->stop();
    const QString text = toPlainText().simplified();
    if (text == reported_) return;
    reported_ = text;
    Q_EMIT formulaEdited(text);
}

}  // namespace aitocracy::gui
