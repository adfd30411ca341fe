#include "NewProjectDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include "store/ProjectStore.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

const QString kExtension = QString::fromLatin1(core::kProjectExtension);

// Documents when the user has that folder, else the home folder.
QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

// `base`.aitocracy in `folder`, or `base` 2.aitocracy, … when that is taken.
QString freeName(const QString& folder, const QString& base)
{
    const QDir dir(folder);
    QString name = base % kExtension;
    for (int n = 2; QFileInfo::exists(dir.filePath(name)); ++n) name = base % u' ' % QString::number(n) % kExtension;
    return QDir::toNativeSeparators(dir.filePath(name));
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

}  // namespace

NewProjectDialog::NewProjectDialog(QWidget* parent)
    : QDialog(parent),
      creator_(new ProjectCreator(this)),
      builtin_(new QRadioButton(tr("&Empty project with the built-in prefecture map"), this)),
      demo_(new QRadioButton(tr("Copy of the &demonstration world (simulated data)"), this)),
      path_(new QLineEdit(this)),
      browse_(new QPushButton(tr("&Browse…"), this)),
      problem_(new QLabel(this)),
      step_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newProjectDialog"_s);
    setWindowTitle(tr("New Project"));
    builtin_->setChecked(true);
    path_->setObjectName(u"projectPath"_s);
    path_->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    problem_->setObjectName(u"problem"_s);
    problem_->setWordWrap(true);
    problem_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problem_->setStyleSheet(u"color: #b3261e"_s);  // the error red of the regression form
    problem_->hide();
    step_->setObjectName(u"step"_s);
    progress_->setTextVisible(false);
    // Kept in the layout while hidden, so the dialog does not jump when the work starts.
    for (QWidget* w : {static_cast<QWidget*>(step_), static_cast<QWidget*>(progress_)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    createButton_ = buttons_->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    createButton_->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The project starts with:"), this));
    auto* kinds = new QGridLayout;
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 6;
    kinds->setColumnMinimumWidth(0, indent);
    kinds->addWidget(builtin_, 0, 0, 1, 2);
    kinds->addWidget(note(tr("The prefecture-level units of China, without data: import your own files into it."), this), 1, 1);
    kinds->addWidget(demo_, 2, 0, 1, 2);
    kinds->addWidget(note(tr("A simulated China with known true effects, to try the analysis on. Every number in it is made up."), this),
                     3, 1);
    kinds->setColumnStretch(1, 1);
    layout->addLayout(kinds);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("Save the project as:"), this));
    auto* where = new QHBoxLayout;
    where->addWidget(path_, 1);
    where->addWidget(browse_);
    layout->addLayout(where);
    layout->addWidget(problem_);
    layout->addSpacing(6);
    layout->addWidget(step_);
    layout->addWidget(progress_);
    layout->addStretch(1);
    layout->addWidget(buttons_);
    setBusy(false);

    connect(builtin_, &QRadioButton::toggled, this, &NewProjectDialog::suggestName);
    connect(path_, &QLineEdit::textEdited, this, [this] {
        nameChosen_ = true;
        problem_->hide();
    });
    connect(browse_, &QPushButton::clicked, this, &NewProjectDialog::browse);
    connect(createButton_, &QPushButton::clicked, this, &NewProjectDialog::create);
    connect(buttons_, &QDialogButtonBox::rejected, this, &NewProjectDialog::reject);
    connect(creator_, &ProjectCreator::progressChanged, this, &NewProjectDialog::showProgress);
    connect(creator_, &ProjectCreator::created, this, [this](const QString& path) {
        created_ = path;
        setBusy(false);
        accept();
    });
    connect(creator_, &ProjectCreator::failed, this, [this](const QString& message) {
        setBusy(false);
        showProblem(tr("The project could not be made: %1").arg(message));
    });
    connect(creator_, &ProjectCreator::cancelled, this, [this] {
        setBusy(false);
        if (closeWhenStopped_) QDialog::reject();
    });
    suggestName();
}

void NewProjectDialog::setKind(NewProjectKind kind)
{
    (kind == NewProjectKind::BuiltinMap ? builtin_ : demo_)->setChecked(true);
}

NewProjectKind NewProjectDialog::kind() const
{
    return builtin_->isChecked() ? NewProjectKind::BuiltinMap : NewProjectKind::DemoWorld;
}

void NewProjectDialog::setPath(const QString& path)
{
    path_->setText(QDir::toNativeSeparators(path));
    nameChosen_ = true;
    problem_->hide();
}

QString NewProjectDialog::targetPath() const
{
    QString path = QDir::fromNativeSeparators(path_->text().trimmed());
    if (path.isEmpty()) return path;
    if (!path.endsWith(kExtension, Qt::CaseInsensitive)) path += kExtension;
    return QFileInfo(path).absoluteFilePath();
}

QString NewProjectDialog::problemWith(const QString& path)
{
    if (path.isEmpty()) return tr("Choose where to save the project.");
    const QFileInfo file(path);
    if (file.exists())
        return file.isDir() ? tr("%1 is a folder. Choose a file name.").arg(QDir::toNativeSeparators(path))
                            : tr("%1 already exists. Choose another name: a new project never replaces a file.")
                                  .arg(QDir::toNativeSeparators(path));
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir()) return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isWritable()) return tr("The folder %1 is not writable. Choose another folder.").arg(QDir::toNativeSeparators(folder.filePath()));
    return {};
}

void NewProjectDialog::create()
{
    if (creator_->isBusy()) return;
    const QString path = targetPath();
    if (const QString problem = problemWith(path); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    problem_->hide();
    path_->setText(QDir::toNativeSeparators(path));
    closeWhenStopped_ = false;
    setBusy(true);
    creator_->start(kind(), path);
}

void NewProjectDialog::reject()
{
    if (!creator_->isBusy()) {
        QDialog::reject();
        return;
    }
    closeWhenStopped_ = true;
    creator_->cancel();
    step_->setText(tr("Cancelling…"));
    buttons_->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

void NewProjectDialog::browse()
{
    QFileDialog dialog(this, tr("New Project"), QFileInfo(targetPath()).absolutePath(), tr("Aitocracy projects (*%1)").arg(kExtension));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(kExtension.mid(1));
    dialog.setOption(QFileDialog::DontConfirmOverwrite);  // an existing file is refused, not replaced
    dialog.selectFile(QFileInfo(targetPath()).fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return;
    setPath(dialog.selectedFiles().constFirst());
    if (const QString problem = problemWith(targetPath()); !problem.isEmpty()) showProblem(problem);
}

void NewProjectDialog::suggestName()
{
    if (nameChosen_) return;
    const QString folder = path_->text().isEmpty() ? defaultFolder() : QFileInfo(targetPath()).absolutePath();
    path_->setText(freeName(folder, kind() == NewProjectKind::BuiltinMap ? tr("New project") : tr("Demonstration world")));
}

void NewProjectDialog::setBusy(bool busy)
{
    builtin_->setEnabled(!busy);
    demo_->setEnabled(!busy);
    path_->setEnabled(!busy);
    browse_->setEnabled(!busy);
    createButton_->setEnabled(!busy);
    buttons_->button(QDialogButtonBox::Cancel)->setEnabled(true);
    step_->setVisible(busy);
    progress_->setVisible(busy);
}

void NewProjectDialog::showProgress()
{
    step_->setText(creator_->stepText());
    const int total = creator_->stepsTotal();
    progress_->setRange(0, total);  // 0..0: busy without a measure
    progress_->setValue(creator_->stepsDone());
}

void NewProjectDialog::showProblem(const QString& problem)
{
    problem_->setText(problem);
    problem_->show();
    // A shown dialog does not grow by itself, and its wrapped notes would be squeezed to
    // make room for the message: grow to the height the wrapped text needs at this width.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height()) resize(width(), needed);
}

}  // namespace aitocracy::gui
