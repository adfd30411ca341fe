#pragma once
// The GDELT importer's cleaning rules as a form (country, root codes, root events only,
// minimum sources, dates, repeat reports), shown in the import wizard before the work.
#include <QWidget>

#include "import/GdeltSettings.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace aitocracy::gui {

class GdeltSettingsEditor : public QWidget {
    Q_OBJECT
public:
    explicit GdeltSettingsEditor(QWidget* parent = nullptr);

    void setSettings(const core::GdeltSettings& settings);
    // The form's rules; fields it does not show keep the values given to setSettings.
    [[nodiscard]] core::GdeltSettings settings() const;
    // Empty, or what is wrong (a date that is not YYYY-MM-DD).
    [[nodiscard]] QString problem() const;

Q_SIGNALS:
    void changed();

private:
    core::GdeltSettings base_;
    QLineEdit* country_;
    QLineEdit* rootCodes_;
    QCheckBox* rootOnly_;
    QSpinBox* minSources_;
    QLineEdit* from_;
    QLineEdit* to_;
    QCheckBox* merge_;
};

}  // namespace aitocracy::gui
