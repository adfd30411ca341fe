#include "ProvenancePanel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QDateTime>
#include <QJsonObject>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "ImportOutcome.h"
#include "ImportReportView.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString prettyJson(const std::string& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json));
    return doc.isNull() ? q(json) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QString statusLabel(const std::string& status)
{
    if (status == core::import_status::ok) return ProvenancePanel::tr("ok");
    if (status == core::import_status::running) return ProvenancePanel::tr("running (or interrupted)");
    if (status == core::import_status::failed) return ProvenancePanel::tr("failed");
    if (status == core::import_status::cancelled) return ProvenancePanel::tr("cancelled");
    return q(status);
}

}  // namespace

ProvenancePanel::ProvenancePanel(QWidget* parent)
    : QWidget(parent),
      message_(new QLabel(this)),
      model_(new QStandardItemModel(this)),
      table_(new QTableView(this)),
      details_(new QPlainTextEdit(this)),
      report_(new ImportReportView(this)),
      pool_(new QThreadPool(this))
{
    pool_->setMaxThreadCount(1);
    setObjectName(u"provenancePanel"_s);
    message_->setWordWrap(true);
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(false);
    details_->setReadOnly(true);
    details_->setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showImport(current.row()); });

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(details_);
    lower->addWidget(report_);
    lower->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(message_);
    layout->addWidget(split, 1);
    setProject(QString());
}

ProvenancePanel::~ProvenancePanel()
{
    pool_->waitForDone();
}

namespace {

struct Opened {
    std::shared_ptr<core::ProjectStore> store;
    QString error;
};

}  // namespace

void ProvenancePanel::setProject(const QString& path)
{
    path_ = path;
    store_.reset();
    const int generation = ++generation_;
    clearViews();
    opening_ = !path.isEmpty();
    if (!opening_) {
        message_->setText(tr("No project is open."));
        return;
    }
    message_->setText(tr("Reading the import history…"));
    QPointer<ProvenancePanel> self(this);
    QtConcurrent::run(pool_, [p = path.toStdString()] {
        Opened out;
        auto store = core::ProjectStore::open(p);
        if (store)
            out.store = std::make_shared<core::ProjectStore>(std::move(*store));
        else
            out.error = q(store.error().describe());
        return out;
    }).then(this, [self, generation](const Opened& opened) {
        if (!self || generation != self->generation_) return;
        self->opening_ = false;
        self->store_ = opened.store;
        if (!opened.error.isEmpty()) return self->message_->setText(opened.error);
        self->refresh();
    });
}

void ProvenancePanel::clearViews()
{
    records_.clear();
    model_->clear();
    model_->setHorizontalHeaderLabels(
        {tr("Kind"), tr("File"), tr("Size"), tr("SHA-256"), tr("Started"), tr("Finished"), tr("Status"), tr("Counts")});
    details_->clear();
    report_->clear();
}

void ProvenancePanel::refresh()
{
    if (!store_) return;  // setProject reads the list once the project is open
    clearViews();
    message_->clear();
    auto records = store_->imports();
    if (!records) {
        message_->setText(q(records.error().describe()));
        return;
    }
    records_.assign(records->rbegin(), records->rend());
    if (records_.empty()) message_->setText(tr("Nothing has been imported into this project yet."));
    const QLocale locale;
    for (const core::ImportRecord& r : records_) {
        QList<QStandardItem*> row{new QStandardItem(ImportSummary::kindLabel(q(r.kind))),
                                  new QStandardItem(q(r.fileName)),
                                  new QStandardItem(locale.formattedDataSize(r.fileSize)),
                                  new QStandardItem(q(r.sha256)),
                                  new QStandardItem(localTime(r.startedAt)),
                                  new QStandardItem(localTime(r.finishedAt)),
                                  new QStandardItem(statusLabel(r.status)),
                                  new QStandardItem(countsSummary(r.countsJson))};
        row[2]->setData(QVariant(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        row[3]->setToolTip(q(r.sha256));
        model_->appendRow(row);
    }
    table_->resizeColumnsToContents();
    table_->setColumnWidth(3, std::min(table_->columnWidth(3), table_->fontMetrics().horizontalAdvance(u"0"_s) * 16));
    if (!records_.empty()) selectImport(0);  // the newest, with its details below
}

// "1,072,374 read · 1,072,374 stored · 0 rejected": the three counts every importer records.
QString ProvenancePanel::countsSummary(const std::string& countsJson)
{
    const QJsonObject counts = QJsonDocument::fromJson(QByteArray::fromStdString(countsJson)).object();
    const QLocale locale;
    const auto number = [&](const char* key) { return locale.toString(counts.value(QLatin1String(key)).toInteger()); };
    return tr("%1 read · %2 stored · %3 rejected").arg(number("rows_read"), number("stored"), number("rejected"));
}

// Stored as ISO 8601 UTC; shown in the user's time zone, to the second.
QString ProvenancePanel::localTime(const std::string& isoUtc)
{
    const QDateTime time = QDateTime::fromString(q(isoUtc), Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : q(isoUtc);
}

void ProvenancePanel::selectImport(int row)
{
    table_->setCurrentIndex(model_->index(row, 0));
}

void ProvenancePanel::showImport(int row)
{
    if (row < 0 || row >= static_cast<int>(records_.size())) {
        details_->clear();
        report_->clear();
        return;
    }
    const core::ImportRecord& r = records_[std::size_t(row)];
    details_->setPlainText(tr("File: %1\nSHA-256: %2\nStatus: %3\n\nCounts:\n%4\n\nSettings:\n%5")
                               .arg(q(r.fileName), q(r.sha256), statusLabel(r.status), prettyJson(r.countsJson),
                                    prettyJson(r.settingsJson)));
    ImportOutcome outcome;
    outcome.title = tr("%1 — %2").arg(ImportSummary::kindLabel(q(r.kind)), q(r.fileName));
    outcome.counts = ImportSummary::countsFromJson(q(r.countsJson));
    if (auto rows = store_->rejectedRows(r.id))
        for (const auto& rej : *rows)
            outcome.rejected.push_back(ImportSummary::rejectedRow(rej, QFileInfo(q(r.fileName)).fileName()));
    report_->setOutcome(outcome);
}

}  // namespace aitocracy::gui
