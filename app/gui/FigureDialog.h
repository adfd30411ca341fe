#pragma once
// Asks how to export a figure: where (PNG, SVG or PDF by the file's suffix), at which
// size preset and resolution, in colour or grayscale, with which title.
#include <QDialog>

#include "FigureExport.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace aitocracy::gui {

class FigureDialog : public QDialog {
    Q_OBJECT
public:
    FigureDialog(const QString& windowTitle, const QString& figureTitle, QWidget* parent = nullptr);

    [[nodiscard]] FigureSpec spec() const;  // attribution left empty: the caller knows it
    [[nodiscard]] QString path() const;

private:
    void choosePath();
    void updateOk();

    QLineEdit* path_;
    QComboBox* size_;
    QSpinBox* dpi_;
    QCheckBox* grayscale_;
    QLineEdit* title_;
};

}  // namespace aitocracy::gui
