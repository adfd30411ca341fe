#pragma once
// The Help ▸ About box: name, version, and where the map and the codes come from.
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace aitocracy::gui {

class AboutBox {
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
public:
    // Rich text of the box; `attribution` is the boundary credit of the map on show.
    [[nodiscard]] static QString text(const QString& attribution);
    static void show(QWidget* parent, const QString& attribution);
};

}  // namespace aitocracy::gui
