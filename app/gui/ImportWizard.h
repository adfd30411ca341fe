#pragma once
// Checks files before they are imported (an ImportPlan shown): per file the detected
// kind (switchable) and why, the first rows decoded with the detected encoding
// (switchable: UTF-8 / GB18030), the column mapping (one combo per field, required fields
// marked, remembered per header through AppSettings), the rules that will apply (GDELT
// cleaning rules, editable; the project's contract classification rules) and an estimate
// of the work. Accepting it yields the imports to run. A boundary file cannot go into an
// existing project; it offers to create a new project instead.
#include <QDialog>
#include <QStringList>
#include <vector>

#include "ImportPlan.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace aitocracy::gui {

class AppSettings;
class GdeltSettingsEditor;

class ImportWizard : public QDialog {
    Q_OBJECT
public:
    // `projectPath` empty: no project is open (only a boundary file can be used then).
    // `settings` may be null (no mapping remembered).
    ImportWizard(const QStringList& files, const QString& projectPath, AppSettings* settings,
                 QWidget* parent = nullptr);

    // The imports to run, in the order of the files; GDELT files together, first.
    [[nodiscard]] std::vector<ImportRequest> requests() const;
    // Empty when the import can start, else why not (one line per problem).
    [[nodiscard]] QStringList problems() const;

    [[nodiscard]] int fileCount() const { return plan_.size(); }
    [[nodiscard]] int currentFile() const { return current_; }
    void setCurrentFile(int index);
    // Leaves a file out of the import (or takes it back in).
    void setFileIncluded(int index, bool included);

    // The current file's widgets, for tests and the keyboard.
    [[nodiscard]] QComboBox* kindCombo() const { return kind_; }
    [[nodiscard]] QComboBox* encodingCombo() const { return encoding_; }
    [[nodiscard]] QTableView* previewView() const { return preview_; }
    [[nodiscard]] QComboBox* mappingCombo(const QString& field) const;
    [[nodiscard]] QLabel* problemLabel() const { return problem_; }
    [[nodiscard]] QLabel* estimateLabel() const { return estimate_; }
    [[nodiscard]] QLabel* encodingLabel() const { return encodingInfo_; }
    [[nodiscard]] QPushButton* startButton() const { return start_; }
    [[nodiscard]] QPushButton* createProjectButton() const { return createProject_; }
    [[nodiscard]] GdeltSettingsEditor* gdeltEditor() const { return gdelt_; }

    // Creates the project `projectPath` from the current file (a boundary file) and its
    // code / name / name_en / province mapping off the GUI thread, then emits projectCreated
    // and closes, or shows the problem and emits projectCreationFailed.
    void createProjectFromBoundaries(const QString& projectPath);
    [[nodiscard]] bool isCreatingProject() const { return creating_; }

Q_SIGNALS:
    // A new project was created from a boundary file: the window should open it.
    void projectCreated(const QString& path);
    void projectCreationFailed(const QString& message);

public Q_SLOTS:
    // Remembers each file's column mapping for its header, then closes with Accepted.
    void accept() override;
    // Ignored while a project is being created from boundaries (it would be left half-known).
    void reject() override;

private:
    void buildUi(bool severalFiles);
    void showFile();
    void showPreview(const ImportPlan::File& file);
    void showMapping(const ImportPlan::File& file);
    void showRules(const ImportPlan::File& file);
    void updateProblems();
    void kindChosen(int index);
    void encodingChosen(int index);
    void chooseProjectFile();
    void setCreating(bool creating);
    void showCreationFailure(const QString& message);

    ImportPlan plan_;
    int current_ = -1;
    bool creating_ = false;

    QListWidget* files_ = nullptr;
    QComboBox* kind_ = nullptr;
    QLabel* reason_ = nullptr;
    QComboBox* encoding_ = nullptr;
    QLabel* encodingInfo_ = nullptr;
    QTableView* preview_ = nullptr;
    QStandardItemModel* previewModel_ = nullptr;
    QWidget* mappingBox_ = nullptr;
    QFormLayout* mappingForm_ = nullptr;
    QLabel* mappingNote_ = nullptr;
    QPushButton* createProject_ = nullptr;
    QStackedWidget* rules_ = nullptr;
    QLabel* contractRules_ = nullptr;
    GdeltSettingsEditor* gdelt_ = nullptr;
    QLabel* estimate_ = nullptr;
    QLabel* problem_ = nullptr;
    QPushButton* start_ = nullptr;
};

}  // namespace aitocracy::gui
