#pragma once
// The running import in the status bar: file, progress bar, rows read, MB/s, time left
// and a Cancel button (Esc cancels too while the strip has focus). Non-modal: the window
// stays usable while an import runs.
#include <QWidget>

#include "common/CancelToken.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace aitocracy::gui {

class ImportProgressStrip : public QWidget {
    Q_OBJECT
public:
    explicit ImportProgressStrip(QWidget* parent = nullptr);

    // Shows the strip for a new import of `title`.
    void begin(const QString& title);
    void update(const core::TaskProgress& progress, qint64 elapsedMs);
    // The import ended: shows `message` for a few seconds (or until the next begin), then hides.
    void finish(const QString& message);

    [[nodiscard]] QString statusText() const;  // what the strip says, for tests
    [[nodiscard]] QPushButton* cancelButton() const { return cancel_; }

    // "12.5 MB/s"; "3 min 20 s left"; empty when not known yet.
    static QString rateText(std::uint64_t bytesDone, qint64 elapsedMs);
    static QString timeLeftText(std::uint64_t bytesDone, std::uint64_t bytesTotal, qint64 elapsedMs);

Q_SIGNALS:
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void hideEmptyLabels();

    QLabel* title_;
    QProgressBar* bar_;
    QLabel* rows_;
    QLabel* rate_;
    QLabel* left_;
    QPushButton* cancel_;
    QTimer* hide_;
};

}  // namespace aitocracy::gui
