#include "RulesEditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

#include "KeywordList.h"
#include "RulesCommand.h"
#include "RulesController.h"
#include "contracts/ContractClass.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

using Member = std::vector<std::string> core::ClassificationRules::*;
constexpr Member kMembers[5] = {&core::ClassificationRules::publicSecurityBuyer, &core::ClassificationRules::ai,
                                &core::ClassificationRules::surveillance, &core::ClassificationRules::aiFirms,
                                &core::ClassificationRules::exclude};

QStringList toList(const std::vector<std::string>& keywords)
{
    QStringList list;
    for (const auto& k : keywords) list << QString::fromStdString(k);
    return list;
}

std::vector<std::string> fromList(const QStringList& list)
{
    std::vector<std::string> keywords;
    for (const QString& k : list) keywords.push_back(k.toStdString());
    return keywords;
}

QString count(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

QString signedCount(std::int64_t n)
{
    return n == 0 ? u"0"_s : (n < 0 ? u"\u2212"_s : u"+"_s) % count(n < 0 ? -n : n);
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

RulesEditor::RulesEditor(QWidget* parent)
    : QWidget(parent, Qt::Window),
      controller_(new RulesController(this)),
      undo_(new QUndoStack(this)),
      debounce_(new QTimer(this)),
      sets_(new QListWidget(this)),
      stack_(new QStackedWidget(this)),
      counts_(new QTableWidget(4, 4, this)),
      summary_(new QLabel(this)),
      examples_(new QTableWidget(0, 4, this)),
      status_(new QLabel(this)),
      applyButton_(new QPushButton(tr("Apply"), this)),
      resetButton_(new QPushButton(tr("Reset to the Study's Defaults"), this)),
      history_(new QWidget(this))
{
    setObjectName(u"rulesEditor"_s);
    setWindowTitle(tr("Classification Rules"));
    const QString descriptions[5] = {
        tr("Looked for in the buyer's name: the buying agency is public security (police, political-legal "
           "committees, stability maintenance)."),
        tr("Looked for in the title: the contract buys AI (facial recognition, video analytics)."),
        tr("Looked for in the title: cameras and camera networks, without AI wording."),
        tr("Looked for in the supplier's name: a known AI firm, whatever the title says."),
        tr("Looked for in the title: vetoes the AI content (for noise in your own contracts)."),
    };
    sets_->setObjectName(u"keywordSets"_s);
    for (int s = 0; s < 5; ++s) {
        lists_[s] = new KeywordList(descriptions[s], stack_);
        stack_->addWidget(lists_[s]);
        sets_->addItem(QString());
        connect(lists_[s], &KeywordList::keywordsEdited, this,
                [this, s](const QStringList& keywords) { edit(static_cast<Set>(s), keywords); });
    }

    connect(sets_, &QListWidget::currentRowChanged, stack_, &QStackedWidget::setCurrentIndex);
    sets_->setCurrentRow(0);

    counts_->setObjectName(u"classCounts"_s);
    counts_->setWordWrap(false);
    counts_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    counts_->verticalHeader()->setDefaultSectionSize(counts_->fontMetrics().height() + 8);
    counts_->setHorizontalHeaderLabels({tr("Class"), tr("Now"), tr("With these rules"), tr("Change")});
    counts_->verticalHeader()->hide();
    counts_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    counts_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    counts_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    counts_->setFocusPolicy(Qt::NoFocus);
    counts_->setSelectionMode(QAbstractItemView::NoSelection);
    const QString classNames[4] = {tr("Public-security AI"), tr("Other AI"), tr("Surveillance"), tr("Other")};
    for (int r = 0; r < 4; ++r) counts_->setItem(r, 0, cell(classNames[r]));
    counts_->setFixedHeight(counts_->horizontalHeader()->sizeHint().height() +
                            4 * counts_->verticalHeader()->defaultSectionSize() + 2 * counts_->frameWidth());
    summary_->setObjectName(u"previewSummary"_s);
    summary_->setWordWrap(true);
    examples_->setObjectName(u"changedExamples"_s);
    examples_->setHorizontalHeaderLabels({tr("Title"), tr("Buyer"), tr("Now"), tr("Would be")});
    examples_->verticalHeader()->hide();
    examples_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    examples_->setWordWrap(false);
    examples_->verticalHeader()->setDefaultSectionSize(examples_->fontMetrics().height() + 8);
    examples_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    examples_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    examples_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    examples_->setColumnWidth(1, examples_->fontMetrics().horizontalAdvance(u"某某市公安局交通警察"_s));

    auto* preview = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewTitle = new QLabel(tr("Preview on the project's contracts"), preview);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    previewLayout->addWidget(previewTitle);
    previewLayout->addWidget(counts_);
    previewLayout->addWidget(summary_);
    previewLayout->addWidget(examples_, 1);

    auto* sets = new QWidget(this);
    auto* setsLayout = new QHBoxLayout(sets);
    setsLayout->setContentsMargins(0, 0, 0, 0);
    setsLayout->addWidget(sets_);
    setsLayout->addWidget(stack_, 1);
    auto* split = new QSplitter(this);
    split->addWidget(sets);
    split->addWidget(preview);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({540, 560});
    split->setChildrenCollapsible(false);

    auto* undoButton = new QPushButton(tr("Undo"), history_);
    auto* redoButton = new QPushButton(tr("Redo"), history_);
    undoButton->setObjectName(u"undoRules"_s);
    redoButton->setObjectName(u"redoRules"_s);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    auto* historyLayout = new QHBoxLayout(history_);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(undoButton);
    historyLayout->addWidget(redoButton);
    connect(undoButton, &QPushButton::clicked, undo_, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, undo_, &QUndoStack::redo);
    connect(undo_, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(undo_, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    connect(undo_, &QUndoStack::undoTextChanged, undoButton, &QPushButton::setToolTip);
    connect(undo_, &QUndoStack::redoTextChanged, redoButton, &QPushButton::setToolTip);
    auto addShortcut = [this](QPushButton* button, QKeySequence::StandardKey key) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, button, [button] {
            if (button->isEnabled() && button->isVisibleTo(button->window())) button->click();
        });
        addAction(action);
    };
    addShortcut(undoButton, QKeySequence::Undo);
    addShortcut(redoButton, QKeySequence::Redo);

    applyButton_->setObjectName(u"applyRules"_s);
    applyButton_->setToolTip(tr("Store these rules in the project and re-classify its contracts"));
    resetButton_->setObjectName(u"resetRules"_s);
    status_->setObjectName(u"rulesStatus"_s);
    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(history_);
    buttons->addWidget(resetButton_);
    buttons->addWidget(status_, 1);
    buttons->addWidget(applyButton_);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    debounce_->setSingleShot(true);
    debounce_->setInterval(250);
    connect(debounce_, &QTimer::timeout, this, [this] {
        if (stored_) controller_->preview(rules_);
    });
    connect(applyButton_, &QPushButton::clicked, this, &RulesEditor::apply);
    connect(resetButton_, &QPushButton::clicked, this, &RulesEditor::resetToDefaults);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    connect(controller_, &RulesController::rulesLoaded, this, [this](const core::ClassificationRules& rules) {
        stored_ = rules;
        status_->clear();
        showRules(rules);
    });
    connect(controller_, &RulesController::previewReady, this, &RulesEditor::showPreview);
    connect(controller_, &RulesController::previewingChanged, this, [this](bool busy) {
        if (busy) summary_->setText(tr("Working out the preview…"));
    });
    connect(controller_, &RulesController::applied, this,
            [this](const core::ClassificationRules& rules, const core::ReclassifyReport& report) { showApplied(rules, report.changed); });
    connect(controller_, &RulesController::applyingChanged, this, [this](bool busy) {
        if (busy) status_->setText(tr("Storing the rules and re-classifying the contracts…"));
        updateButtons();
    });
    connect(controller_, &RulesController::failed, this, [this](const QString& message) { status_->setText(message); });

    resize(1100, 660);
    setProject(QString());
}

QString RulesEditor::actionText() { return tr("Classification &Rules…"); }

KeywordList* RulesEditor::keywordList(Set set) const { return lists_[static_cast<int>(set)]; }

bool RulesEditor::isApplying() const { return controller_->isApplying(); }

void RulesEditor::setProject(const QString& path)
{
    undo_->clear();
    stored_.reset();
    preview_.reset();
    examples_->setRowCount(0);
    for (int r = 0; r < 4; ++r)
        for (int c = 1; c < 4; ++c) counts_->setItem(r, c, cell(QString(), true));
    summary_->clear();
    status_->setText(path.isEmpty() ? tr("No project is open.") : tr("Reading the project's rules…"));
    showRules(core::ClassificationRules::defaults());
    controller_->setProject(path);
}

void RulesEditor::showRules(const core::ClassificationRules& rules)
{
    rules_ = rules;
    const QString titles[5] = {tr("Public-security buyer"), tr("AI"), tr("Surveillance"), tr("AI firms"), tr("Exclude")};
    for (int s = 0; s < 5; ++s) {
        lists_[s]->setKeywords(toList(rules.*kMembers[s]));
        sets_->item(s)->setText(tr("%1 (%2)").arg(titles[s]).arg((rules.*kMembers[s]).size()));
    }
    // As wide as the longest name, which the counts change.
    sets_->setFixedWidth(sets_->sizeHintForColumn(0) + 2 * sets_->frameWidth() + 8);
    preview_.reset();
    debounce_->start();
    updateButtons();
}

void RulesEditor::edit(Set set, const QStringList& keywords)
{
    core::ClassificationRules after = rules_;
    after.*kMembers[static_cast<int>(set)] = fromList(keywords);
    if (after == rules_) return;
    const QString what = sets_->item(static_cast<int>(set))->text();
    undo_->push(new RulesCommand(tr("Edit %1").arg(what), rules_, after,
                                 [this](const core::ClassificationRules& r) { showRules(r); }));
}

void RulesEditor::resetToDefaults()
{
    const auto defaults = core::ClassificationRules::defaults();
    if (rules_ == defaults) return;
    undo_->push(new RulesCommand(tr("Reset to the study's defaults"), rules_, defaults,
                                 [this](const core::ClassificationRules& r) { showRules(r); }));
}

void RulesEditor::apply()
{
    if (!stored_ || isApplying() || rules_ == *stored_) return;
    undo_->push(new RulesCommand(tr("Apply the rules"), *stored_, rules_,
                                 [this](const core::ClassificationRules& r) { controller_->apply(r); }));
}

void RulesEditor::showPreview(const core::RulesPreview& p)
{
    if (debounce_->isActive()) return;  // the rules changed since: a newer preview comes
    preview_ = p;
    for (int r = 0; r < 4; ++r) {
        const std::string name(core::contractClassName(core::kContractClasses[static_cast<std::size_t>(r)]));
        const std::int64_t before = p.byClassBefore.at(name), after = p.byClassAfter.at(name);
        counts_->setItem(r, 1, cell(count(before), true));
        counts_->setItem(r, 2, cell(count(after), true));
        counts_->setItem(r, 3, cell(signedCount(after - before), true));
    }
    const auto className = [](const std::string& name) {
        const auto cls = core::contractClassFromName(name);
        const QString names[4] = {tr("Public-security AI"), tr("Other AI"), tr("Surveillance"), tr("Other")};
        return cls ? names[static_cast<int>(*cls)] : QString::fromStdString(name);
    };
    // Where the changed contracts go, the largest moves first.
    std::vector<std::pair<std::int64_t, QString>> moves;
    for (const auto& [fromTo, n] : p.transitions)
        moves.emplace_back(n, tr("%1 → %2: %3").arg(className(fromTo.first), className(fromTo.second), count(n)));
    std::stable_sort(moves.begin(), moves.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList lines;
    for (const auto& move : moves) lines << move.second;
    const auto shown = static_cast<std::int64_t>(p.examples.size());
    QString summary = p.changed == 0 ? tr("No contract would change class (%1 contracts).").arg(count(p.contracts))
                                     : tr("%1 of %2 contracts would change class: %3.")
                                           .arg(count(p.changed), count(p.contracts), lines.join(u"; "_s));
    if (shown < p.changed) summary += u" "_s % tr("The first %1 are listed below.").arg(count(shown));
    summary_->setText(summary);
    examples_->setRowCount(static_cast<int>(p.examples.size()));
    for (int r = 0; r < examples_->rowCount(); ++r) {
        const core::RulesExample& e = p.examples[static_cast<std::size_t>(r)];
        QTableWidgetItem* title = cell(QString::fromStdString(e.title));
        title->setToolTip(tr("%1\nContract %2, supplier %3")
                              .arg(QString::fromStdString(e.title), QString::fromStdString(e.contractId),
                                   QString::fromStdString(e.supplier)));
        examples_->setItem(r, 0, title);
        QTableWidgetItem* buyer = cell(QString::fromStdString(e.buyer));
        buyer->setToolTip(buyer->text());
        examples_->setItem(r, 1, buyer);
        examples_->setItem(r, 2, cell(className(e.before)));
        examples_->setItem(r, 3, cell(className(e.after)));
    }
}

void RulesEditor::showApplied(const core::ClassificationRules& rules, std::int64_t changed)
{
    stored_ = rules;
    status_->setText(tr("Rules stored; %1 contracts changed class.").arg(count(changed)));
    preview_.reset();
    debounce_->start();  // the classes changed: so does the preview
    updateButtons();
    Q_EMIT rulesApplied();
}

void RulesEditor::updateButtons()
{
    const bool applying = controller_->isApplying();
    applyButton_->setEnabled(stored_ && !applying && rules_ != *stored_);
    resetButton_->setEnabled(stored_ && rules_ != core::ClassificationRules::defaults());
    history_->setEnabled(!applying);
    sets_->setEnabled(stored_.has_value());
    stack_->setEnabled(stored_.has_value());
}

}  // namespace aitocracy::gui
