#include "ImportProgressStrip.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <cmath>

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMessageMs = 8000;
constexpr qint64 kMinElapsedForRateMs = 500;  // earlier rates are noise
}  // namespace

ImportProgressStrip::ImportProgressStrip(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel(this)),
      bar_(new QProgressBar(this)),
      rows_(new QLabel(this)),
      rate_(new QLabel(this)),
      left_(new QLabel(this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      hide_(new QTimer(this))
{
    setObjectName(u"importProgressStrip"_s);
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    bar_->setFixedWidth(160);
    bar_->setMaximumHeight(title_->sizeHint().height() + 4);
    layout->addWidget(bar_);
    layout->addWidget(rows_);
    layout->addWidget(rate_);
    layout->addWidget(left_);
    cancel_->setToolTip(tr("Cancel the import (Esc); the project stays as it was"));
    cancel_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    layout->addWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, this, &ImportProgressStrip::cancelRequested);
    hide_->setSingleShot(true);
    connect(hide_, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void ImportProgressStrip::begin(const QString& title)
{
    hide_->stop();
    title_->setText(tr("Importing %1").arg(title));
    bar_->setRange(0, 0);  // busy until the importer reports a total
    bar_->show();
    rows_->clear();
    rate_->clear();
    left_->clear();
    hideEmptyLabels();
    cancel_->show();
    cancel_->setEnabled(true);
    show();
}

void ImportProgressStrip::update(const core::TaskProgress& p, qint64 elapsedMs)
{
    if (cancel_->isHidden()) return;  // finished: a late poll must not bring the numbers back
    if (p.bytesTotal > 0) {
        bar_->setRange(0, 1000);
        bar_->setValue(static_cast<int>(1000.0 * double(p.bytesDone) / double(p.bytesTotal)));
    }
    rows_->setText(p.rows > 0 ? tr("%1 rows").arg(QLocale().toString(p.rows)) : QString());
    rate_->setText(rateText(p.bytesDone, elapsedMs));
    left_->setText(timeLeftText(p.bytesDone, p.bytesTotal, elapsedMs));
    hideEmptyLabels();
}

// Empty labels would still take their share of the strip's width.
void ImportProgressStrip::hideEmptyLabels()
{
    for (QLabel* l : {rows_, rate_, left_}) l->setVisible(!l->text().isEmpty());
}

void ImportProgressStrip::finish(const QString& message)
{
    title_->setText(message);
    bar_->hide();
    rows_->clear();
    rate_->clear();
    left_->clear();
    hideEmptyLabels();
    cancel_->hide();
    show();
    hide_->start(kMessageMs);
}

QString ImportProgressStrip::statusText() const
{
    QStringList parts{title_->text()};
    for (const QLabel* l : {rows_, rate_, left_})
        if (!l->text().isEmpty()) parts << l->text();
    return parts.join(u" · "_s);
}

QString ImportProgressStrip::rateText(std::uint64_t bytesDone, qint64 elapsedMs)
{
    if (elapsedMs < kMinElapsedForRateMs || bytesDone == 0) return {};
    return tr("%1 MB/s").arg(double(bytesDone) / 1e6 / (double(elapsedMs) / 1000.0), 0, 'f', 1);
}

QString ImportProgressStrip::timeLeftText(std::uint64_t bytesDone, std::uint64_t bytesTotal, qint64 elapsedMs)
{
    if (elapsedMs < kMinElapsedForRateMs || bytesDone == 0 || bytesTotal < bytesDone) return {};
    const auto seconds = static_cast<qint64>(
        std::llround(double(elapsedMs) / 1000.0 * double(bytesTotal - bytesDone) / double(bytesDone)));
    if (seconds < 60) return tr("%1 s left").arg(seconds);
    return tr("%1 min %2 s left").arg(seconds / 60).arg(seconds % 60);
}

void ImportProgressStrip::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && !cancel_->isHidden() && cancel_->isEnabled()) {
        Q_EMIT cancelRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace aitocracy::gui
