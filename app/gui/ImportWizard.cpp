#include "ImportWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "GdeltSettingsEditor.h"
#include "contracts/ProjectRules.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

enum RulesPage { NoRules, GdeltRules, ContractRules, BoundaryNote };

constexpr core::ImportKind kKinds[] = {
    core::ImportKind::Gdelt,   core::ImportKind::Contracts,  core::ImportKind::Firms,     core::ImportKind::Software,
    core::ImportKind::Weather, core::ImportKind::Covariates, core::ImportKind::Boundaries};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString keywords(const QString& label, const std::vector<std::string>& words)
{
    if (words.empty()) return ImportWizard::tr("%1: none").arg(label);
    QStringList shown;
    for (std::size_t i = 0; i < words.size() && i < 6; ++i) shown << q(words[i]);
    if (words.size() > 6) shown << u"…"_s;
    return ImportWizard::tr("%1: %2 keywords (%3)").arg(label).arg(words.size()).arg(shown.join(u"、"_s));
}

QString rulesSummary(const QString& projectPath)
{
    if (projectPath.isEmpty()) return {};
    auto store = core::ProjectStore::open(projectPath.toStdString());
    if (!store) return q(store.error().describe());
    auto rules = core::loadProjectRules(store->handle());
    if (!rules) return q(rules.error().describe());
    return QStringList{ImportWizard::tr("Each contract is classified by the project's rules:"),
                       keywords(ImportWizard::tr("Public-security buyer"), rules->publicSecurityBuyer),
                       keywords(ImportWizard::tr("AI"), rules->ai),
                       keywords(ImportWizard::tr("Surveillance"), rules->surveillance),
                       keywords(ImportWizard::tr("Known AI firms"), rules->aiFirms),
                       keywords(ImportWizard::tr("Excluded"), rules->exclude)}
        .join(u'\n');
}

}  // namespace

ImportWizard::ImportWizard(const QStringList& files, const QString& projectPath, AppSettings* settings, QWidget* parent)
    : QDialog(parent), plan_(files, projectPath, settings)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import data"));
    buildUi(plan_.size() > 1);
    contractRules_->setText(rulesSummary(projectPath));
    setCurrentFile(0);
}

void ImportWizard::buildUi(bool severalFiles)
{
    files_ = new QListWidget(this);
    files_->setVisible(severalFiles);
    files_->setFixedWidth(260);
    files_->setTextElideMode(Qt::ElideMiddle);
    for (int i = 0; i < plan_.size(); ++i) {
        auto* item = new QListWidgetItem(plan_.label(i), files_);
        item->setToolTip(plan_.file(i).path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(plan_.file(i).included ? Qt::Checked : Qt::Unchecked);
    }
    connect(files_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != current_) setCurrentFile(row);
    });
    connect(files_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int row = files_->row(item);
        if (row >= 0 && plan_.file(row).included != (item->checkState() == Qt::Checked))
            setFileIncluded(row, item->checkState() == Qt::Checked);
    });

    kind_ = new QComboBox(this);
    kind_->setPlaceholderText(tr("Choose what the file holds"));
    for (const core::ImportKind k : kKinds) kind_->addItem(ImportPlan::kindLabel(k), static_cast<int>(k));
    connect(kind_, &QComboBox::currentIndexChanged, this, &ImportWizard::kindChosen);
    reason_ = new QLabel(this);
    reason_->setWordWrap(true);
    encoding_ = new QComboBox(this);
    encoding_->addItem(tr("Detect"));
    encoding_->addItem(u"UTF-8"_s, static_cast<int>(core::TextEncoding::Utf8));
    encoding_->addItem(u"GB18030 / GBK"_s, static_cast<int>(core::TextEncoding::Gb18030));
    connect(encoding_, &QComboBox::currentIndexChanged, this, &ImportWizard::encodingChosen);
    encodingInfo_ = new QLabel(this);
    encodingInfo_->setWordWrap(true);

    auto* top = new QFormLayout;
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(kind_);
    kindRow->addWidget(reason_, 1);
    top->addRow(tr("Kind:"), kindRow);
    auto* encodingRow = new QHBoxLayout;
    encodingRow->addWidget(encoding_);
    encodingRow->addWidget(encodingInfo_, 1);
    top->addRow(tr("Encoding:"), encodingRow);

    previewModel_ = new QStandardItemModel(this);
    preview_ = new QTableView(this);
    preview_->setModel(previewModel_);
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview_->setWordWrap(false);
    preview_->horizontalHeader()->setDefaultSectionSize(120);
    preview_->verticalHeader()->setDefaultSectionSize(preview_->fontMetrics().height() + 6);

    mappingBox_ = new QGroupBox(tr("Columns"), this);
    auto* mappingLayout = new QVBoxLayout(mappingBox_);
    mappingNote_ = new QLabel(mappingBox_);
    mappingNote_->setWordWrap(true);
    mappingLayout->addWidget(mappingNote_);
    mappingForm_ = new QFormLayout;
    mappingLayout->addLayout(mappingForm_);
    createProject_ = new QPushButton(tr("Create a New Project from These Boundaries…"), mappingBox_);
    createProject_->setAutoDefault(false);
    connect(createProject_, &QPushButton::clicked, this, &ImportWizard::chooseProjectFile);
    mappingLayout->addWidget(createProject_);
    mappingLayout->addStretch(1);

    auto* rulesBox = new QGroupBox(tr("Rules that will apply"), this);
    rules_ = new QStackedWidget(rulesBox);
    auto* noRules = new QLabel(tr("Every valid row is stored; rows that cannot be read are refused and reported with "
                                  "their line and reason. Rows the project already holds are counted as duplicates."),
                               rules_);
    noRules->setWordWrap(true);
    noRules->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    gdelt_ = new GdeltSettingsEditor(rules_);
    connect(gdelt_, &GdeltSettingsEditor::changed, this, &ImportWizard::updateProblems);
    contractRules_ = new QLabel(rules_);
    contractRules_->setWordWrap(true);
    contractRules_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    contractRules_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* boundaryNote = new QLabel(tr("The units of a project are fixed when it is created: a boundary file can only "
                                       "start a new project. Map its code and name fields, then create the project."),
                                    rules_);
    boundaryNote->setWordWrap(true);
    boundaryNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    rules_->insertWidget(NoRules, noRules);
    rules_->insertWidget(GdeltRules, gdelt_);
    rules_->insertWidget(ContractRules, contractRules_);
    rules_->insertWidget(BoundaryNote, boundaryNote);
    (new QVBoxLayout(rulesBox))->addWidget(rules_);

    auto* lower = new QHBoxLayout;
    lower->addWidget(mappingBox_, 1);
    lower->addWidget(rulesBox, 1);

    estimate_ = new QLabel(this);
    estimate_->setWordWrap(true);
    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    problem_->setStyleSheet(u"color: #b3261e;"_s);

    auto* buttons = new QDialogButtonBox(this);
    start_ = buttons->addButton(tr("Start Import"), QDialogButtonBox::AcceptRole);
    start_->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportWizard::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportWizard::reject);

    auto* right = new QVBoxLayout;
    right->addLayout(top);
    right->addWidget(preview_, 1);
    right->addLayout(lower);
    right->addWidget(estimate_);
    right->addWidget(problem_);
    right->addWidget(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(files_);
    layout->addLayout(right, 1);
    resize(1000, 720);
}

void ImportWizard::setCurrentFile(int index)
{
    if (index < 0 || index >= fileCount()) return;
    current_ = index;
    if (files_->currentRow() != index) files_->setCurrentRow(index);
    showFile();
}

void ImportWizard::setFileIncluded(int index, bool included)
{
    if (index < 0 || index >= fileCount()) return;
    plan_.setIncluded(index, included);
    QListWidgetItem* item = files_->item(index);
    if ((item->checkState() == Qt::Checked) != included) item->setCheckState(included ? Qt::Checked : Qt::Unchecked);
    updateProblems();
}

void ImportWizard::showFile()
{
    plan_.ensurePreview(current_);
    const ImportPlan::File& e = plan_.file(current_);
    const QSignalBlocker blockKind(kind_), blockEncoding(encoding_);
    kind_->setCurrentIndex(e.kind ? kind_->findData(static_cast<int>(*e.kind)) : -1);
    reason_->setText(e.reason);
    const bool text = e.kind && *e.kind != core::ImportKind::Boundaries &&
                      !(e.preview && !e.preview->headerInFile && e.preview->delimiter == '\t');
    encoding_->setEnabled(text);
    encoding_->setCurrentIndex(e.encoding ? encoding_->findData(static_cast<int>(*e.encoding)) : 0);
    if (e.preview && text)
        encodingInfo_->setText(
            tr("Read as %1 (%2)")
                .arg(QString::fromUtf8(core::encodingName(e.preview->encoding)), q(e.preview->encodingReason)));
    else
        encodingInfo_->clear();
    showPreview(e);
    showMapping(e);
    showRules(e);
    estimate_->setText(plan_.estimate(current_));
    updateProblems();
}

void ImportWizard::showPreview(const ImportPlan::File& e)
{
    previewModel_->clear();
    if (!e.preview) return;
    QStringList header;
    for (const auto& h : e.preview->header) header << q(h);
    previewModel_->setColumnCount(static_cast<int>(header.size()));
    previewModel_->setHorizontalHeaderLabels(header);
    for (const auto& row : e.preview->rows) {
        QList<QStandardItem*> items;
        for (const auto& cell : row) items << new QStandardItem(q(cell));
        previewModel_->appendRow(items);
    }
}

void ImportWizard::showMapping(const ImportPlan::File& e)
{
    while (mappingForm_->rowCount() > 0) mappingForm_->removeRow(0);
    const bool boundaries = e.kind == core::ImportKind::Boundaries;
    createProject_->setVisible(boundaries);
    if (!e.kind || !e.preview) {
        mappingNote_->setText(e.previewError);
        return;
    }
    if (e.mapping.empty()) {
        mappingNote_->setText(
            tr("GDELT files have fixed layouts (57, 58 or 61 fields, decided per row): nothing to map."));
        return;
    }
    mappingNote_->setText(tr("Which column holds each field (* required):"));
    for (std::size_t i = 0; i < e.mapping.size(); ++i) {
        const core::FieldMapping& m = e.mapping[i];
        auto* combo = new QComboBox(mappingBox_);
        combo->setObjectName(u"map_"_s + q(m.field));
        combo->addItem(tr("(none)"));
        for (const auto& h : e.preview->header) combo->addItem(q(h));
        combo->setCurrentIndex(m.column ? static_cast<int>(*m.column) + 1 : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i](int index) {
            plan_.setColumn(current_, i, index > 0 ? std::optional<std::size_t>(std::size_t(index - 1)) : std::nullopt);
            updateProblems();
        });
        mappingForm_->addRow(m.required ? q(m.field) + u" *"_s : q(m.field), combo);
    }
}

QComboBox* ImportWizard::mappingCombo(const QString& field) const
{
    return mappingBox_->findChild<QComboBox*>(u"map_"_s + field);
}

void ImportWizard::showRules(const ImportPlan::File& e)
{
    if (!e.kind) return rules_->setCurrentIndex(NoRules);
    switch (*e.kind) {
        case core::ImportKind::Gdelt:
            rules_->setCurrentIndex(GdeltRules);
            break;
        case core::ImportKind::Contracts:
            rules_->setCurrentIndex(ContractRules);
            break;
        case core::ImportKind::Boundaries:
            rules_->setCurrentIndex(BoundaryNote);
            break;
        default:
            rules_->setCurrentIndex(NoRules);
            break;
    }
}

QStringList ImportWizard::problems() const
{
    return plan_.problems(gdelt_->problem());
}

void ImportWizard::updateProblems()
{
    const QStringList list = problems();
    problem_->setText(list.join(u'\n'));
    problem_->setVisible(!list.isEmpty());
    start_->setEnabled(list.isEmpty());
    if (current_ >= 0) {
        const ImportPlan::File& e = plan_.file(current_);
        if (e.kind == core::ImportKind::Boundaries) {
            const auto mapped = [&](const char* f) {
                return std::ranges::any_of(e.mapping, [&](const auto& m) { return m.field == f && m.column; });
            };
            createProject_->setEnabled(e.preview && mapped("code") && mapped("name"));
        }
        if (QListWidgetItem* item = files_->item(current_)) item->setText(plan_.label(current_));
    }
}

void ImportWizard::kindChosen(int index)
{
    if (index < 0) return;
    plan_.setKind(current_, static_cast<core::ImportKind>(kind_->itemData(index).toInt()));
    showFile();
}

void ImportWizard::encodingChosen(int index)
{
    const QVariant chosen = encoding_->itemData(index);
    plan_.setEncoding(current_,
                      chosen.isValid() ? std::optional(static_cast<core::TextEncoding>(chosen.toInt())) : std::nullopt);
    showFile();
}

std::vector<ImportRequest> ImportWizard::requests() const
{
    return plan_.requests(gdelt_->settings());
}

void ImportWizard::accept()
{
    if (!problems().isEmpty()) return;
    plan_.rememberMappings();
    QDialog::accept();
}

void ImportWizard::reject()
{
    if (!creating_) QDialog::reject();
}

void ImportWizard::chooseProjectFile()
{
    const ImportPlan::File& e = plan_.file(current_);
    const QString suggested = QFileInfo(e.path).dir().filePath(QFileInfo(e.path).completeBaseName() +
                                                               QString::fromUtf8(core::kProjectExtension));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New project from boundaries"), suggested,
                                     tr("Aitocracy projects (*%1)").arg(QString::fromUtf8(core::kProjectExtension)));
    if (!path.isEmpty()) createProjectFromBoundaries(path);
}

// Reading a national boundary layer and writing its outlines takes seconds: it runs on a
// worker while the wizard says so; the window stays responsive.
void ImportWizard::createProjectFromBoundaries(const QString& projectPath)
{
    QString problem;
    const auto options = plan_.boundaryOptions(current_, problem);
    if (!options) {
        showCreationFailure(problem);
        return;
    }
    const int file = current_;
    setCreating(true);
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, projectPath, file] {
        watcher->deleteLater();
        setCreating(false);
        if (const QString error = watcher->result(); !error.isEmpty()) {
            showCreationFailure(error);
            return;
        }
        plan_.rememberBoundaryMapping(file);
        Q_EMIT projectCreated(projectPath);
        QDialog::reject();  // nothing left to import: the new project opens instead
    });
    watcher->setFuture(QtConcurrent::run([options = *options, projectPath] { return ImportPlan::createProject(options, projectPath); }));
}

void ImportWizard::setCreating(bool creating)
{
    creating_ = creating;
    createProject_->setEnabled(!creating);
    kind_->setEnabled(!creating);
    problem_->setText(creating ? tr("Creating the project…") : QString());
    problem_->setVisible(creating);
}

void ImportWizard::showCreationFailure(const QString& message)
{
    problem_->setText(message);
    problem_->show();
    Q_EMIT projectCreationFailed(message);
}

}  // namespace aitocracy::gui
