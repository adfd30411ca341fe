#pragma once
// The one shared selection: selected units (by code) and a time range. The map, and
// later the timelines, tables and the regression sample, all watch and change it.
#include <QDate>
#include <QObject>
#include <QSet>
#include <QString>

namespace aitocracy::gui {

class SelectionModel : public QObject {
    Q_OBJECT
public:
    explicit SelectionModel(QObject* parent = nullptr);

    [[nodiscard]] const QSet<QString>& selectedCodes() const { return codes_; }
    [[nodiscard]] bool isSelected(const QString& code) const { return codes_.contains(code); }
    [[nodiscard]] bool isEmpty() const { return codes_.isEmpty(); }

    void setSelectedCodes(const QSet<QString>& codes);
    void selectOnly(const QString& code);  // replaces the selection with this one unit
    void toggle(const QString& code);      // adds or removes one unit
    void clear();

    // Inclusive; a null date means "open" on that side.
    [[nodiscard]] QDate timeFrom() const { return from_; }
    [[nodiscard]] QDate timeTo() const { return to_; }
    void setTimeRange(QDate from, QDate to);

Q_SIGNALS:
    void selectionChanged();
    void timeRangeChanged();

private:
    QSet<QString> codes_;
    QDate from_, to_;
};

}  // namespace aitocracy::gui
