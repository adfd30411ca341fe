#include "KeywordList.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

KeywordList::KeywordList(const QString& description, QWidget* parent)
    : QWidget(parent),
      list_(new QListWidget(this)),
      entry_(new QLineEdit(this)),
      add_(new QPushButton(tr("Add"), this)),
      remove_(new QPushButton(tr("Remove"), this))
{
    auto* about = new QLabel(description, this);
    about->setWordWrap(true);
    list_->setObjectName(u"keywords"_s);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    entry_->setObjectName(u"newKeyword"_s);
    entry_->setPlaceholderText(tr("New keyword"));
    add_->setObjectName(u"addKeyword"_s);
    remove_->setObjectName(u"removeKeyword"_s);
    remove_->setEnabled(false);
    entry_->setMinimumWidth(entry_->fontMetrics().horizontalAdvance(entry_->placeholderText()) + 24);
    auto* removeKey = new QAction(list_);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    list_->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &KeywordList::removeSelected);
    auto* layout = new QGridLayout(this);
    layout->addWidget(about, 0, 0, 1, 3);
    layout->addWidget(list_, 1, 0, 1, 3);
    layout->addWidget(entry_, 2, 0);
    layout->addWidget(add_, 2, 1);
    layout->addWidget(remove_, 2, 2);
    layout->setColumnStretch(0, 1);

    connect(add_, &QPushButton::clicked, this, &KeywordList::addTyped);
    connect(entry_, &QLineEdit::returnPressed, this, &KeywordList::addTyped);
    connect(remove_, &QPushButton::clicked, this, &KeywordList::removeSelected);
    connect(list_, &QListWidget::itemSelectionChanged, this,
            [this] { remove_->setEnabled(!list_->selectedItems().isEmpty()); });
    // Later, not inside the list's own signal: the edit refills the list.
    connect(list_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        QTimer::singleShot(0, this, [this, row = list_->row(item), text = item->text()] { itemEdited(row, text); });
    });
}

void KeywordList::setKeywords(const QStringList& keywords)
{
    keywords_ = keywords;
    const QSignalBlocker block(list_);
    list_->clear();
    for (const QString& k : keywords) {
        auto* item = new QListWidgetItem(k, list_);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    remove_->setEnabled(false);
}

void KeywordList::addKeyword(const QString& keyword)
{
    const QString k = keyword.trimmed();
    if (k.isEmpty() || keywords_.contains(k)) return;
    Q_EMIT keywordsEdited(QStringList(keywords_) << k);
}

void KeywordList::removeKeyword(const QString& keyword)
{
    QStringList after = keywords_;
    if (after.removeAll(keyword) > 0) Q_EMIT keywordsEdited(after);
}

void KeywordList::addTyped()
{
    addKeyword(entry_->text());
    entry_->clear();
}

void KeywordList::removeSelected()
{
    QStringList after = keywords_;
    for (const QListWidgetItem* item : list_->selectedItems()) after.removeAll(item->text());
    if (after.size() != keywords_.size()) Q_EMIT keywordsEdited(after);
}

void KeywordList::itemEdited(int row, const QString& text)
{
    const QString k = text.trimmed();
    QStringList after = keywords_;
    // An emptied keyword is removed; one that repeats another is merged into it.
    if (k.isEmpty() || (after.contains(k) && after.indexOf(k) != row))
        after.removeAt(row);
    else
        after[row] = k;
    if (after != keywords_)
        Q_EMIT keywordsEdited(after);
    else
        setKeywords(keywords_);  // show the keyword as it was (trimmed, or unchanged)
}

}  // namespace aitocracy::gui
