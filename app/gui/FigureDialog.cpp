#include "FigureDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

FigureDialog::FigureDialog(const QString& windowTitle, const QString& figureTitle, QWidget* parent)
    : QDialog(parent),
      path_(new QLineEdit(this)),
      size_(new QComboBox(this)),
      dpi_(new QSpinBox(this)),
      grayscale_(new QCheckBox(this)),
      title_(new QLineEdit(figureTitle, this))
{
    setWindowTitle(windowTitle);
    path_->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 44);  // a full path stays readable
    path_->setText(QDir::home().filePath(u"figure.pdf"_s));
    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    size_->addItem(tr("Journal, single column (3.5 in)"), static_cast<int>(FigureSize::SingleColumn));
    size_->addItem(tr("Journal, double column (7 in)"), static_cast<int>(FigureSize::DoubleColumn));
    size_->addItem(tr("Slide, 16:9 (13.3 in)"), static_cast<int>(FigureSize::Slide));
    size_->setCurrentIndex(1);
    dpi_->setRange(72, 1200);
    dpi_->setValue(300);
    dpi_->setSuffix(tr(" dpi"));
    dpi_->setToolTip(tr("Resolution of a PNG file; SVG and PDF files are vector graphics"));
    grayscale_->setText(tr("Grayscale"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Size:"), size_);
    form->addRow(tr("PNG resolution:"), dpi_);
    form->addRow(QString(), grayscale_);
    form->addRow(tr("Title:"), title_);
    form->addRow(buttons);
    connect(browse, &QPushButton::clicked, this, &FigureDialog::choosePath);
    connect(path_, &QLineEdit::textChanged, this, &FigureDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

FigureSpec FigureDialog::spec() const
{
    FigureSpec s;
    s.size = static_cast<FigureSize>(size_->currentData().toInt());
    s.dpi = dpi_->value();
    s.grayscale = grayscale_->isChecked();
    s.title = title_->text();
    return s;
}

QString FigureDialog::path() const
{
    return path_->text();
}

void FigureDialog::choosePath()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), path_->text(),
                                                        tr("PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)"));
    if (!chosen.isEmpty()) path_->setText(chosen);
}

// Save only with a file name whose suffix says the format.
void FigureDialog::updateOk()
{
    const QString suffix = QFileInfo(path_->text()).suffix().toLower();
    const bool known = suffix == u"pdf"_s || suffix == u"svg"_s || suffix == u"png"_s;
    if (auto* buttons = findChild<QDialogButtonBox*>()) buttons->button(QDialogButtonBox::Save)->setEnabled(known);
    dpi_->setEnabled(suffix == u"png"_s);
}

}  // namespace aitocracy::gui
