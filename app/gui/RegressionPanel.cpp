#include "RegressionPanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QDataStream>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "CoefficientPlot.h"
#include "CoefficientTableModel.h"
#include "FigureDialog.h"
#include "FigureExport.h"
#include "FitFactsView.h"
#include "RegressionController.h"
#include "RegressionExports.h"
#include "RegressionForm.h"
#include "RegressionSeries.h"
#include "SelectionModel.h"
#include "SpecEditCommand.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kDragDebounceMs = 30;  // while a slider is dragged: estimate when it rests this long

}  // namespace

RegressionPanel::RegressionPanel(SelectionModel* selection, QWidget* parent)
    : QWidget(parent),
      selection_(selection),
      controller_(new RegressionController(this)),
      form_(new RegressionForm(this)),
      plot_(new CoefficientPlot(this)),
      tableModel_(new CoefficientTableModel(this)),
      table_(new QTableView(this)),
      facts_(new FitFactsView(this)),
      undo_(new QUndoStack(this)),
      debounce_(new QTimer(this))
{
    setObjectName(u"regressionPanel"_s);
    debounce_->setSingleShot(true);
    debounce_->setInterval(kDragDebounceMs);
    connect(debounce_, &QTimer::timeout, this, [this] { controller_->request(applied_); });

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Narrow minimums: the panel shares the window with the map and must not force it wider.
    scroll->setMinimumWidth(220);
    plot_->setMinimumSize(240, 160);
    table_->setMinimumWidth(160);

    table_->setObjectName(u"coefficientTable"_s);
    table_->setModel(tableModel_);
    table_->setAlternatingRowColors(true);
    // Estimate over (SE): two lines. A fixed height rather than sizing rows to their
    // contents, which measures every cell again on each estimate.
    table_->verticalHeader()->setDefaultSectionSize(2 * table_->fontMetrics().lineSpacing() + 6);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* factsScroll = new QScrollArea(this);  // a low dock scrolls the facts instead of squeezing their rows
    factsScroll->setWidget(facts_);
    factsScroll->setWidgetResizable(true);
    factsScroll->setFrameShape(QFrame::NoFrame);
    factsScroll->setMinimumWidth(160);
    results_ = new QSplitter(Qt::Vertical, this);
    results_->addWidget(table_);
    results_->addWidget(factsScroll);
    results_->setStretchFactor(0, 3);
    results_->setStretchFactor(1, 2);

    split_ = new QSplitter(Qt::Horizontal, this);
    split_->setObjectName(u"regressionSplitter"_s);
    split_->addWidget(scroll);
    split_->addWidget(plot_);
    split_->addWidget(results_);
    split_->setStretchFactor(0, 0);
    split_->setStretchFactor(1, 3);
    split_->setStretchFactor(2, 2);
    split_->setChildrenCollapsible(false);
    split_->setSizes({370, 460, 330});  // form, plot, table: the form needs room for its rows, the table for a few columns

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolBar());
    layout->addWidget(split_, 1);

    connect(form_, &RegressionForm::specEdited, this,
            [this](const core::reg::RegressionSpec& next, const QString& what, int mergeKey) {
                undo_->push(new SpecEditCommand(applied_, next, what, mergeKey, [this](const auto& s) { applySpec(s); }));
            });
    connect(form_, &RegressionForm::sliderDragging, this, [this](bool dragging) {
        dragging_ = dragging;
        if (!dragging && debounce_->isActive()) {
            debounce_->stop();
            controller_->request(applied_);
        }
    });
    connect(form_, &RegressionForm::leaveOutSelectionToggled, this, &RegressionPanel::updateExclusions);
    if (selection_)
        connect(selection_, &SelectionModel::selectionChanged, this, [this] {
            if (form_->leavesOutSelection()) updateExclusions();
        });
    connect(controller_, &RegressionController::resultReady, this, &RegressionPanel::showOutcome);
    connect(controller_, &RegressionController::failed, this, &RegressionPanel::showFailure);
    connect(controller_, &RegressionController::busyChanged, plot_, &CoefficientPlot::setBusy);
    connect(controller_, &RegressionController::specificationsListed, this, [this](const auto& saved) { saved_ = saved; });
    connect(controller_, &RegressionController::storeFailed, this, [this](const QString& message) {
        Q_EMIT statusMessage(tr("The project's specifications: %1").arg(message));
    });
    plot_->setMessage(tr("Waiting for the panel…"));
}

QToolBar* RegressionPanel::buildToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(u"regressionToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Short, fixed texts (the edit being undone is in the tooltip): a long edit name would
    // push the other buttons off the bar.
    auto* undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* redo = new QAction(tr("Redo"), this);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, undo_, &QUndoStack::undo);
    connect(redo, &QAction::triggered, undo_, &QUndoStack::redo);
    connect(undo_, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(undo_, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(undo_, &QUndoStack::undoTextChanged, undo, [undo](const QString& text) { undo->setToolTip(tr("Undo %1").arg(text)); });
    connect(undo_, &QUndoStack::redoTextChanged, redo, [redo](const QString& text) { redo->setToolTip(tr("Redo %1").arg(text)); });
    undo->setEnabled(false);
    redo->setEnabled(false);
    addAction(undo);
    addAction(redo);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();

    QAction* pin = bar->addAction(tr("Pin"), this, &RegressionPanel::pinCurrent);
    pin->setObjectName(u"pinAction"_s);
    pin->setToolTip(tr("Keep this estimate beside the next ones (up to %1)").arg(kMaxPinned));
    bar->addAction(tr("Clear pins"), this, &RegressionPanel::clearPins);
    bar->addSeparator();

    const auto menuButton = [this, bar](const QString& text, QMenu* menu) {
        auto* button = new QToolButton(bar);
        button->setText(text);
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        bar->addWidget(button);
    };
    auto* table = new QMenu(this);
    table->addAction(tr("Save Table (LaTeX or CSV)…"), this, &RegressionPanel::saveTable);
    table->addAction(tr("Copy as LaTeX"), this, [this] { copyTable(true); });
    table->addAction(tr("Copy as CSV"), this, [this] { copyTable(false); });
    menuButton(tr("Table"), table);
    bar->addAction(tr("Figure…"), this, &RegressionPanel::exportFigure);
    auto* script = new QMenu(this);
    using core::scripts::ScriptLanguage;
    script->addAction(tr("R (fixest)…"), this, [this] { writeScript(ScriptLanguage::Fixest); });
    script->addAction(tr("Stata (reghdfe)…"), this, [this] { writeScript(ScriptLanguage::Stata); });
    script->addAction(tr("Base R (lm)…"), this, [this] { writeScript(ScriptLanguage::BaseR); });
    menuButton(tr("Script"), script);
    auto* spec = new QMenu(this);
    spec->addAction(tr("Save Specification…"), this, &RegressionPanel::saveSpecToFile);
    spec->addAction(tr("Open Specification…"), this, &RegressionPanel::openSpecFromFile);
    spec->addSeparator();
    spec->addAction(tr("Save in Project…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save in the project"), tr("Name of the specification:"), QLineEdit::Normal,
                                                   shortName(applied_), &ok);
        if (ok && !name.trimmed().isEmpty()) saveSpecInProject(name.trimmed());
    });
    QMenu* open = spec->addMenu(tr("Open from Project"));
    open->setObjectName(u"savedSpecsMenu"_s);
    connect(open, &QMenu::aboutToShow, this, [this, open] {
        open->clear();
        if (saved_.empty()) open->addAction(tr("(none saved)"))->setEnabled(false);
        for (const auto& saved : saved_) {
            QString text = QString::fromStdString(saved.spec.name);
            if (saved.summary) text += tr(" (N = %1)").arg(saved.summary->nobs);
            open->addAction(text, this, [this, spec = saved.spec] { editSpec(spec, tr("Open %1").arg(QString::fromStdString(spec.name))); });
        }
    });
    menuButton(tr("Specification"), spec);
    return bar;
}

void RegressionPanel::setProject(const QString& path)
{
    projectPath_ = path;
    saved_.clear();
    controller_->setProject(path);
    if (!path.isEmpty()) controller_->listSpecifications();
}

void RegressionPanel::setPanel(std::shared_ptr<const core::Panel> panel)
{
    panel_ = std::move(panel);
    QStringList columns, periods;
    if (panel_) {
        for (const auto& c : panel_->columns) columns << QString::fromStdString(c.name);
        for (const auto& p : panel_->periodLabels) periods << QString::fromStdString(p);
    }
    form_->setPanelColumns(columns);
    form_->setPeriods(periods);
    controller_->setPanel(panel_);
    if (!controller_->lastRequest()) applySpec(applied_);  // the first panel: estimate the default specification
}

void RegressionPanel::editSpec(const core::reg::RegressionSpec& spec, const QString& what)
{
    if (spec == applied_) return;
    undo_->push(new SpecEditCommand(applied_, spec, what, RegressionForm::NoMerge, [this](const auto& s) { applySpec(s); }));
}

void RegressionPanel::restoreSpec(core::reg::RegressionSpec spec)
{
    // The prefectures left out were the map selection's, which does not outlive a session.
    spec.excludedUnits.clear();
    applySpec(spec);
}

// Both splitters' states in one array: the horizontal one's length first.
QByteArray RegressionPanel::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << split_->saveState() << results_->saveState();
    return state;
}

void RegressionPanel::restoreLayout(const QByteArray& state)
{
    if (state.isEmpty()) return;
    QDataStream in(state);
    QByteArray split, results;
    in >> split >> results;
    if (in.status() != QDataStream::Ok) return;
    split_->restoreState(split);
    results_->restoreState(results);
}

void RegressionPanel::applySpec(const core::reg::RegressionSpec& spec)
{
    applied_ = spec;
    if (form_->spec() != spec) form_->setSpec(spec);
    requestEstimate();
}

void RegressionPanel::requestEstimate()
{
    if (!panel_) return;
    if (dragging_) {
        debounce_->start();
        return;
    }
    debounce_->stop();
    controller_->request(applied_);
}

void RegressionPanel::showOutcome(std::shared_ptr<const RegressionOutcome> outcome)
{
    current_ = std::move(outcome);
    plot_->setMessage(QString());
    table_->setEnabled(true);
    facts_->setEnabled(true);
    form_->setFormulaError(QString(), 0);
    form_->setRunningFormula(QString::fromStdString(current_->prepared.formula));
    refreshViews();
    Q_EMIT statusMessage(tr("Estimated in %1 ms · N = %2").arg(current_->computeMs, 0, 'f', 1).arg(current_->result.nobs));
    Q_EMIT outcomeShown(current_);
}

void RegressionPanel::showFailure(const QString& message, int column)
{
    form_->setFormulaError(message, column);
    plot_->setMessage(message);
    // The table and facts still describe the last estimate: greyed until a new one arrives.
    table_->setEnabled(false);
    facts_->setEnabled(false);
    Q_EMIT statusMessage(tr("Not estimated: %1").arg(message));
}

std::vector<std::shared_ptr<const RegressionOutcome>> RegressionPanel::shownOutcomes() const
{
    std::vector<std::shared_ptr<const RegressionOutcome>> out;
    if (current_) out.push_back(current_);
    out.insert(out.end(), pinned_.begin(), pinned_.end());
    return out;
}

void RegressionPanel::refreshViews()
{
    QVector<CoefficientSeries> plotted, tabled;
    QVector<FitFacts> facts;
    for (std::size_t i = 0; i < pinned_.size() + 1; ++i) {
        const auto& o = i == 0 ? current_ : pinned_[i - 1];
        if (!o) continue;
        const QString name = i == 0 ? tr("Current: %1").arg(shortName(o->spec)) : tr("Pin %1: %2").arg(i).arg(shortName(o->spec));
        plotted.append(coefficientSeries(*o, name));
        facts.append(fitFacts(*o));
        tabled.append(tableSeries(*o, name));
    }
    if (current_) {
        plot_->setXLabel(axisLabel(*current_));
        plot_->setXTickLabels(tickLabels(*current_));
        plot_->setEventLine(current_->prepared.referenceX ? std::optional<double>(-0.5) : std::nullopt);
        plot_->setTrueValues(trueValues(*current_));
        facts_->setFacts(fitFacts(*current_));
    }
    plot_->setSeries(plotted);
    tableModel_->setSeries(tabled);
    tableModel_->setFitFacts(facts);
}

void RegressionPanel::pinCurrent()
{
    if (!current_) return;
    if (static_cast<int>(pinned_.size()) == kMaxPinned) pinned_.erase(pinned_.begin());  // the oldest pin makes room
    pinned_.push_back(current_);
    refreshViews();
}

void RegressionPanel::clearPins()
{
    pinned_.clear();
    refreshViews();
}

void RegressionPanel::updateExclusions()
{
    core::reg::RegressionSpec next = applied_;
    next.excludedUnits.clear();
    if (form_->leavesOutSelection() && selection_)
        for (const QString& code : selection_->selectedCodes()) next.excludedUnits.push_back(code.toStdString());
    std::sort(next.excludedUnits.begin(), next.excludedUnits.end());
    editSpec(next, tr("Leave out %1 prefectures").arg(next.excludedUnits.size()));
}

void RegressionPanel::exportFigure()
{
    if (!current_) return;
    FigureDialog dialog(tr("Export the coefficient plot"), shortName(current_->spec), this);
    if (dialog.exec() != QDialog::Accepted) return;
    FigureSpec spec = dialog.spec();
    spec.attribution = attribution_;
    const QString error = gui::exportFigure(
        [this](QPainter& painter, const QRectF& area, const FigureStyle& style) { plot_->paintFigure(painter, area, style); }, spec,
        dialog.path());
    Q_EMIT statusMessage(error.isEmpty() ? tr("Saved %1").arg(dialog.path()) : error);
}

void RegressionPanel::saveTable()
{
    if (!current_) return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the coefficient table"), u"estimates.tex"_s,
                                                      tr("LaTeX table (*.tex);;CSV table (*.csv)"), &filter);
    if (path.isEmpty()) return;
    const bool latex = !path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    const QString error = saveCoefficientTable(shownOutcomes(), latex, path);
    Q_EMIT statusMessage(error.isEmpty() ? tr("Saved %1").arg(path) : error);
}

void RegressionPanel::copyTable(bool latex)
{
    if (!current_) return;
    QApplication::clipboard()->setText(coefficientTableText(shownOutcomes(), latex));
    Q_EMIT statusMessage(latex ? tr("Copied the table as LaTeX") : tr("Copied the table as CSV"));
}

void RegressionPanel::writeScript(core::scripts::ScriptLanguage language)
{
    if (!current_ || !panel_) return;
    const QString folder = QFileDialog::getSaveFileName(this, tr("New folder for the replication script"), u"replication"_s);
    if (folder.isEmpty()) return;
    const QString error = writeReplicationFolder(applied_, *panel_, projectPath_, controller_->cleaning(), language, folder);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Replication script"), error);
    Q_EMIT statusMessage(error.isEmpty() ? tr("Wrote %1").arg(folder) : error);
}

void RegressionPanel::saveSpecToFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the specification"), u"specification.json"_s, tr("Specification (*.json)"));
    if (path.isEmpty()) return;
    const QString error = saveSpecFile(applied_, path);
    Q_EMIT statusMessage(error.isEmpty() ? tr("Saved %1").arg(path) : error);
}

void RegressionPanel::saveSpecInProject(const QString& name)
{
    core::reg::SavedSpec saved;
    saved.spec = applied_;
    saved.spec.name = name.toStdString();
    if (current_ && current_->spec == applied_) saved.summary = core::reg::summarize(current_->result);
    controller_->saveSpecification(saved);
    Q_EMIT statusMessage(tr("Saved “%1” in the project").arg(name));
}

void RegressionPanel::openSpecFromFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a specification"), QString(), tr("Specification (*.json)"));
    if (path.isEmpty()) return;
    QString error;
    const auto spec = loadSpecFile(path, &error);
    if (!spec) {
        QMessageBox::warning(this, tr("Open a specification"), error);
        return;
    }
    editSpec(*spec, tr("Open %1").arg(QFileInfo(path).fileName()));
}

}  // namespace aitocracy::gui
