#include "ImportReportView.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "RejectedRowsModel.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

QString csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r')) return s;
    return u'"' % QString(s).replace(u"\""_s, u"\"\""_s) % u'"';
}

}  // namespace

ImportReportView::ImportReportView(QWidget* parent)
    : QWidget(parent),
      status_(new QLabel(this)),
      counts_(new QTreeWidget(this)),
      filter_(new QLineEdit(this)),
      shown_(new QLabel(this)),
      table_(new QTableView(this)),
      model_(new RejectedRowsModel(this)),
      proxy_(new QSortFilterProxyModel(this)),
      export_(new QPushButton(tr("Export CSV…"), this)),
      copy_(new QPushButton(tr("Copy"), this))
{
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    counts_->setColumnCount(2);
    counts_->setHeaderLabels({tr("Count"), tr("Rows")});
    counts_->setRootIsDecorated(true);
    counts_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    counts_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    counts_->header()->setStretchLastSection(false);

    proxy_->setSourceModel(model_);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(RejectedRowsModel::Line, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    filter_->setPlaceholderText(tr("Filter the rejected rows"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    auto showCount = [this] {
        shown_->setText(tr("%1 of %2 rejected rows").arg(proxy_->rowCount()).arg(model_->rowCount()));
        export_->setEnabled(proxy_->rowCount() > 0);
        copy_->setEnabled(proxy_->rowCount() > 0);
    };
    connect(proxy_, &QAbstractItemModel::modelReset, this, showCount);
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, showCount);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, showCount);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, showCount);
    connect(export_, &QPushButton::clicked, this, &ImportReportView::chooseExportFile);
    connect(copy_, &QPushButton::clicked, this, &ImportReportView::copyToClipboard);

    auto* rejected = new QWidget(this);
    auto* rejectedLayout = new QVBoxLayout(rejected);
    rejectedLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(filter_, 1);
    bar->addWidget(shown_);
    bar->addWidget(copy_);
    bar->addWidget(export_);
    rejectedLayout->addLayout(bar);
    rejectedLayout->addWidget(table_);

    rejected_ = rejected;
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(counts_);
    split->addWidget(rejected);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(status_);
    layout->addWidget(split, 1);
    showCount();
}

void ImportReportView::setOutcome(const ImportOutcome& outcome)
{
    switch (outcome.status) {
        case ImportStatus::Ok:
            status_->setText(outcome.title);
            break;
        case ImportStatus::Cancelled:
            status_->setText(tr("%1: cancelled; the project is unchanged").arg(outcome.title));
            break;
        case ImportStatus::Failed:
            status_->setText(tr("%1: failed: %2").arg(outcome.title, outcome.error));
            break;
    }
    status_->setVisible(!status_->text().isEmpty());
    counts_->clear();
    QHash<QString, QTreeWidgetItem*> sections;
    const QLocale locale;
    for (const ImportCount& c : outcome.counts) {
        QTreeWidgetItem* parent = nullptr;
        if (!c.section.isEmpty()) {
            parent = sections.value(c.section);
            if (!parent) {
                parent = new QTreeWidgetItem(counts_, {c.section});
                sections.insert(c.section, parent);
            }
        }
        auto* item = parent ? new QTreeWidgetItem(parent, {c.label, locale.toString(c.value)})
                            : new QTreeWidgetItem(counts_, {c.label, locale.toString(c.value)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    counts_->expandAll();
    model_->setRows(outcome.rejected);
    table_->resizeColumnsToContents();
    // A long reason would push the raw text out of sight; the tooltip has it whole.
    const int widest = table_->fontMetrics().horizontalAdvance(QString(40, u'x'));
    for (int c = 0; c < RejectedRowsModel::Raw; ++c)
        table_->setColumnWidth(c, std::min(table_->columnWidth(c), widest));
    rejected_->setVisible(!outcome.rejected.empty());  // the counts get the room
}

void ImportReportView::clear()
{
    setOutcome({});
}

QString ImportReportView::csvText() const
{
    QString out;
    QStringList header;
    for (int c = 0; c < RejectedRowsModel::ColumnCount; ++c)
        header << csvField(model_->headerData(c, Qt::Horizontal).toString());
    out += header.join(u',') % u"\r\n"_s;
    for (int r = 0; r < proxy_->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < RejectedRowsModel::ColumnCount; ++c)
            fields << csvField(proxy_->index(r, c).data(Qt::EditRole).toString());
        out += fields.join(u',') % u"\r\n"_s;
    }
    return out;
}

QString ImportReportView::exportCsv(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (file.write(csvText().toUtf8()) < 0) return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void ImportReportView::copyToClipboard() const
{
    QApplication::clipboard()->setText(csvText());
}

void ImportReportView::chooseExportFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the rejected rows"), tr("rejected.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    if (const QString error = exportCsv(path); !error.isEmpty()) status_->setText(error);
}

}  // namespace aitocracy::gui
