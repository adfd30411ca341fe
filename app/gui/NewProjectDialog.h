#pragma once
// File → New Project…: what the project starts with (the built-in prefecture map alone,
// or a copy of the simulated demonstration world) and where it goes (Documents by
// default; ".aitocracy" appended). The project is made while the dialog shows its steps,
// which Cancel stops; the dialog is accepted once the file exists. Problems with the
// chosen file (it exists, its folder is missing or read-only) and failures of the work
// are shown in the dialog, which stays open to fix them.
#include <QDialog>
#include <QString>

#include "ProjectCreator.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace aitocracy::gui {

class NewProjectDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget* parent = nullptr);

    // The file made, once accepted.
    [[nodiscard]] QString createdPath() const { return created_; }
    [[nodiscard]] ProjectCreator* creator() const { return creator_; }

    void setKind(NewProjectKind kind);
    [[nodiscard]] NewProjectKind kind() const;
    void setPath(const QString& path);
    // The file the project would be made at: the path typed, ".aitocracy" appended.
    [[nodiscard]] QString targetPath() const;

    // What stops a new project from being made at `path` (translated), or empty.
    [[nodiscard]] static QString problemWith(const QString& path);

public Q_SLOTS:
    // Checks the file and starts the work ("Create").
    void create();
    // While the work runs: cancels it and closes when it has stopped.
    void reject() override;

private:
    void browse();
    void suggestName();
    void setBusy(bool busy);
    void showProgress();
    void showProblem(const QString& problem);

    ProjectCreator* creator_;
    QRadioButton* builtin_;
    QRadioButton* demo_;
    QLineEdit* path_;
    QPushButton* browse_;
    QLabel* problem_;
    QLabel* step_;
    QProgressBar* progress_;
    QDialogButtonBox* buttons_;
    QPushButton* createButton_;
    QString created_;
    bool nameChosen_ = false;  // the user typed or browsed a name: keep it when the kind changes
    bool closeWhenStopped_ = false;
};

}  // namespace aitocracy::gui
