#include "ImportWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "AppSettings.h"
#include "GdeltSettingsEditor.h"
#include "ImportOutcome.h"
#include "contracts/ProjectRules.h"
#include "geo/UnitLayerIO.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

// Typical speeds of the importers, only to tell the user whether an import takes seconds
// or minutes. Measured with aitocracy-cli on the demonstration world's raw files on a
// busy two-core machine: 137,410 GDELT rows (48 MB, every row a kept CH protest, the
// slowest case) in 1.33 s; 300,000 contracts (42 MB, GB18030) in 0.81 s; 1,072,374
// weather rows in 3.4 s.
constexpr double kGdeltRowsPerSecond = 100'000;
constexpr double kContractRowsPerSecond = 350'000;
constexpr double kTableRowsPerSecond = 300'000;
constexpr std::size_t kPreviewRows = 50;

enum RulesPage { NoRules, GdeltRules, ContractRules, BoundaryNote };

constexpr core::ImportKind kKinds[] = {
    core::ImportKind::Gdelt,   core::ImportKind::Contracts,  core::ImportKind::Firms,     core::ImportKind::Software,
    core::ImportKind::Weather, core::ImportKind::Covariates, core::ImportKind::Boundaries};

QString kindLabel(core::ImportKind kind)
{
    return ImportSummary::kindLabel(QString::fromUtf8(core::importKindName(kind)));
}

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

QString durationText(double seconds)
{
    if (seconds < 1) return ImportWizard::tr("under a second");
    if (seconds < 90) return ImportWizard::tr("about %1 s").arg(qRound(seconds));
    return ImportWizard::tr("about %1 min").arg(qRound(seconds / 60));
}

}  // namespace

ImportWizard::ImportWizard(const QStringList& files, const QString& projectPath, AppSettings* settings, QWidget* parent)
    : QDialog(parent), projectPath_(projectPath), settings_(settings), rulesSummary_(rulesSummary(projectPath))
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import data"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QString& path : files) {
        Entry e;
        e.path = path;
        auto detected = core::detectImportKind(path.toStdString());
        if (detected) {
            e.kind = detected->kind;
            e.reason = q(detected->reason);
        } else {
            e.reason = q(detected.error().describe());
        }
        // A folder of GDELT days can hold thousands of files: theirs are read when shown
        // (they have nothing to map, so nothing else needs them).
        if (e.kind && *e.kind != core::ImportKind::Gdelt) loadPreview(e, {});
        e.included = e.kind != core::ImportKind::Boundaries;
        entries_.push_back(std::move(e));
    }
    QApplication::restoreOverrideCursor();
    buildUi(entries_.size() > 1);
    setCurrentFile(0);
}

void ImportWizard::buildUi(bool severalFiles)
{
    files_ = new QListWidget(this);
    files_->setVisible(severalFiles);
    files_->setFixedWidth(260);
    files_->setTextElideMode(Qt::ElideMiddle);
    for (const Entry& e : entries_) {
        auto* item = new QListWidgetItem(fileLabel(e), files_);
        item->setToolTip(e.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(e.included ? Qt::Checked : Qt::Unchecked);
    }
    connect(files_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != current_) setCurrentFile(row);
    });
    connect(files_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int row = files_->row(item);
        if (row >= 0 && entries_[std::size_t(row)].included != (item->checkState() == Qt::Checked))
            setFileIncluded(row, item->checkState() == Qt::Checked);
    });

    kind_ = new QComboBox(this);
    kind_->setPlaceholderText(tr("Choose what the file holds"));
    for (const core::ImportKind k : kKinds) kind_->addItem(kindLabel(k), static_cast<int>(k));
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
    contractRules_ = new QLabel(rulesSummary_, rules_);
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

QString ImportWizard::fileLabel(const Entry& e) const
{
    const QString name = QFileInfo(e.path).fileName();
    return e.kind ? tr("%1 — %2").arg(name, kindLabel(*e.kind)) : tr("%1 — not recognised").arg(name);
}

void ImportWizard::loadPreview(Entry& e, const std::map<std::string, std::string>& keepMap)
{
    e.preview.reset();
    e.previewError.clear();
    e.mapping.clear();
    if (!e.kind) return;
    auto preview = core::previewFile(e.path.toStdString(), *e.kind, e.encoding, kPreviewRows);
    if (!preview) {
        e.previewError = q(preview.error().describe());
        return;
    }
    e.preview = std::move(*preview);
    std::map<std::string, std::string> map;
    if (settings_) map = settings_->columnMapping(QString::fromUtf8(core::importKindName(*e.kind)), e.preview->header);
    for (const auto& [field, column] : keepMap) map[field] = column;
    e.mapping = core::mapImportColumns(*e.kind, e.preview->header, map);
}

void ImportWizard::setCurrentFile(int index)
{
    if (index < 0 || index >= fileCount()) return;
    current_ = index;
    if (files_->currentRow() != index) files_->setCurrentRow(index);
    showEntry();
}

void ImportWizard::setFileIncluded(int index, bool included)
{
    if (index < 0 || index >= fileCount()) return;
    entries_[std::size_t(index)].included = included;
    QListWidgetItem* item = files_->item(index);
    if ((item->checkState() == Qt::Checked) != included) item->setCheckState(included ? Qt::Checked : Qt::Unchecked);
    updateProblems();
}

void ImportWizard::showEntry()
{
    Entry& current = entries_[std::size_t(current_)];
    if (current.kind && !current.preview && current.previewError.isEmpty()) loadPreview(current, {});
    const Entry& e = current;
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
    showEstimate(e);
    updateProblems();
}

void ImportWizard::showPreview(const Entry& e)
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

void ImportWizard::showMapping(const Entry& e)
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
            Entry& entry = entries_[std::size_t(current_)];
            entry.mapping[i].column = index > 0 ? std::optional<std::size_t>(std::size_t(index - 1)) : std::nullopt;
            updateProblems();
        });
        mappingForm_->addRow(m.required ? q(m.field) + u" *"_s : q(m.field), combo);
    }
}

QComboBox* ImportWizard::mappingCombo(const QString& field) const
{
    return mappingBox_->findChild<QComboBox*>(u"map_"_s + field);
}

void ImportWizard::showRules(const Entry& e)
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

void ImportWizard::showEstimate(const Entry& e)
{
    if (!e.preview) return estimate_->clear();
    const QLocale locale;
    const auto rows = e.preview->estimatedRows;
    const QString rowsText = e.preview->rowCountExact ? tr("%1 rows").arg(locale.toString(rows))
                                                      : tr("about %1 rows").arg(locale.toString(rows));
    double seconds = 0;
    if (e.kind == core::ImportKind::Gdelt)
        seconds = double(rows) / kGdeltRowsPerSecond;
    else if (e.kind == core::ImportKind::Contracts)
        seconds = double(rows) / kContractRowsPerSecond;
    else
        seconds = double(rows) / kTableRowsPerSecond;
    QString text = tr("%1, %2").arg(locale.formattedDataSize(qint64(e.preview->bytes)), rowsText);
    if (e.kind != core::ImportKind::Boundaries) text = tr("%1; estimated time %2").arg(text, durationText(seconds));
    estimate_->setText(text);
}

QStringList ImportWizard::problems() const
{
    QStringList out;
    bool anyImport = false, anyGdelt = false;
    for (const Entry& e : entries_) {
        if (!e.included) continue;
        const QString name = QFileInfo(e.path).fileName();
        if (!e.kind) {
            out << tr("Choose what %1 holds (%2)").arg(name, e.reason);
            continue;
        }
        if (*e.kind == core::ImportKind::Boundaries) continue;
        anyImport = true;
        anyGdelt = anyGdelt || *e.kind == core::ImportKind::Gdelt;
        if (!e.previewError.isEmpty()) {
            out << tr("%1 cannot be read: %2").arg(name, e.previewError);
            continue;
        }
        QStringList missing;
        for (const auto& m : e.mapping)
            if (m.required && !m.column) missing << q(m.field);
        if (!missing.isEmpty()) out << tr("Cannot start: map %1 (%2)").arg(missing.join(u", "_s), name);
    }
    if (anyGdelt && !gdelt_->problem().isEmpty()) out << tr("Cannot start: %1").arg(gdelt_->problem());
    if (anyImport && projectPath_.isEmpty())
        out << tr("No project is open: create or open one first (a boundary file can start a new one).");
    if (!anyImport && out.isEmpty()) {
        const bool boundaries =
            std::ranges::any_of(entries_, [](const Entry& e) { return e.kind == core::ImportKind::Boundaries; });
        out << (boundaries
                    ? tr("Boundary files start a new project: use “Create a New Project from These Boundaries…”.")
                    : tr("Nothing to import."));
    }
    return out;
}

void ImportWizard::updateProblems()
{
    const QStringList list = problems();
    problem_->setText(list.join(u'\n'));
    problem_->setVisible(!list.isEmpty());
    start_->setEnabled(list.isEmpty());
    if (current_ >= 0) {
        const Entry& e = entries_[std::size_t(current_)];
        if (e.kind == core::ImportKind::Boundaries) {
            const auto mapped = [&](const char* f) {
                return std::ranges::any_of(e.mapping, [&](const auto& m) { return m.field == f && m.column; });
            };
            createProject_->setEnabled(e.preview && mapped("code") && mapped("name"));
        }
        if (QListWidgetItem* item = files_->item(current_)) item->setText(fileLabel(e));
    }
}

void ImportWizard::kindChosen(int index)
{
    if (index < 0) return;
    Entry& e = entries_[std::size_t(current_)];
    const auto kind = static_cast<core::ImportKind>(kind_->itemData(index).toInt());
    if (e.kind == kind) return;
    e.kind = kind;
    e.reason = tr("chosen by you");
    loadPreview(e, {});
    showEntry();
}

void ImportWizard::encodingChosen(int index)
{
    Entry& e = entries_[std::size_t(current_)];
    const QVariant chosen = encoding_->itemData(index);
    e.encoding = chosen.isValid() ? std::optional(static_cast<core::TextEncoding>(chosen.toInt())) : std::nullopt;
    loadPreview(e, columnMap(e));
    showEntry();
}

std::map<std::string, std::string> ImportWizard::columnMap(const Entry& e) const
{
    std::map<std::string, std::string> out;
    if (!e.preview) return out;
    for (const auto& m : e.mapping)
        if (m.column && *m.column < e.preview->header.size()) out[m.field] = e.preview->header[*m.column];
    return out;
}

std::vector<ImportRequest> ImportWizard::requests() const
{
    std::vector<ImportRequest> out;
    ImportRequest gdelt;
    gdelt.kind = core::ImportKind::Gdelt;
    gdelt.gdelt = gdelt_->settings();
    for (const Entry& e : entries_) {
        if (!e.included || !e.kind || *e.kind == core::ImportKind::Boundaries) continue;
        const quint64 bytes = e.preview ? e.preview->bytes : quint64(QFileInfo(e.path).size());
        if (*e.kind == core::ImportKind::Gdelt) {
            gdelt.files << e.path;
            gdelt.bytes += bytes;
            continue;
        }
        ImportRequest r;
        r.kind = *e.kind;
        r.files << e.path;
        r.encoding = e.encoding;
        r.columnMap = columnMap(e);
        r.bytes = bytes;
        out.push_back(std::move(r));
    }
    if (!gdelt.files.isEmpty()) out.insert(out.begin(), std::move(gdelt));
    return out;
}

void ImportWizard::accept()
{
    if (!problems().isEmpty()) return;
    if (settings_)
        for (const Entry& e : entries_)
            if (e.included && e.kind && e.preview && !e.mapping.empty())
                settings_->setColumnMapping(QString::fromUtf8(core::importKindName(*e.kind)), e.preview->header,
                                            columnMap(e));
    QDialog::accept();
}

void ImportWizard::chooseProjectFile()
{
    const Entry& e = entries_[std::size_t(current_)];
    const QString suggested = QFileInfo(e.path).dir().filePath(QFileInfo(e.path).completeBaseName() +
                                                               QString::fromUtf8(core::kProjectExtension));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New project from boundaries"), suggested,
                                     tr("Aitocracy projects (*%1)").arg(QString::fromUtf8(core::kProjectExtension)));
    if (path.isEmpty()) return;
    if (const QString error = createProjectFromBoundaries(path); !error.isEmpty()) {
        problem_->setText(error);
        problem_->show();
        return;
    }
    QDialog::reject();  // nothing left to import: the new project opens instead
}

QString ImportWizard::createProjectFromBoundaries(const QString& projectPath)
{
    const Entry& e = entries_[std::size_t(current_)];
    if (e.kind != core::ImportKind::Boundaries || !e.preview) return tr("This is not a boundary file.");
    core::BoundaryFileOptions options;
    options.path = e.path.toStdString();
    options.layer = e.preview->layer;
    const std::map<std::string, std::string> map = columnMap(e);
    const auto field = [&map](const char* name) { return map.contains(name) ? map.at(name) : std::string(); };
    options.codeField = field("code");
    options.nameField = field("name");
    options.nameEnField = field("name_en");
    options.provinceField = field("province");
    if (options.codeField.empty() || options.nameField.empty()) return tr("Cannot start: map code and name");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto imported = core::readBoundaryFile(options);
    QString error;
    if (!imported) {
        error = q(imported.error().describe());
    } else {
        auto store = core::ProjectStore::create(projectPath.toStdString(), imported->units,
                                                QFileInfo(e.path).fileName().toStdString());
        if (!store) error = q(store.error().describe());
    }
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) return error;
    if (settings_) settings_->setColumnMapping(u"boundaries"_s, e.preview->header, map);
    Q_EMIT projectCreated(projectPath);
    return {};
}

}  // namespace aitocracy::gui
