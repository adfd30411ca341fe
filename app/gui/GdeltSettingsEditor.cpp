#include "GdeltSettingsEditor.h"

#include <QCheckBox>
#include <QDate>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

QString joined(const std::vector<std::string>& codes)
{
    QStringList out;
    for (const auto& c : codes) out << QString::fromStdString(c);
    return out.join(u", "_s);
}

std::vector<std::string> split(const QString& text)
{
    std::vector<std::string> out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        if (const QString code = part.trimmed(); !code.isEmpty()) out.push_back(code.toStdString());
    return out;
}

bool validDate(const QString& text)
{
    return text.trimmed().isEmpty() || QDate::fromString(text.trimmed(), Qt::ISODate).isValid();
}

}  // namespace

GdeltSettingsEditor::GdeltSettingsEditor(QWidget* parent)
    : QWidget(parent),
      country_(new QLineEdit(this)),
      rootCodes_(new QLineEdit(this)),
      rootOnly_(new QCheckBox(tr("Root events only"), this)),
      minSources_(new QSpinBox(this)),
      from_(new QLineEdit(this)),
      to_(new QLineEdit(this)),
      merge_(new QCheckBox(tr("Merge repeat reports (same day, unit and event code)"), this))
{
    country_->setToolTip(tr("ActionGeo_CountryCode to keep (FIPS 10-4; China is CH); empty keeps every country"));
    country_->setMaxLength(2);
    rootCodes_->setToolTip(tr("CAMEO root codes to keep, separated by commas (14: protest); empty keeps all"));
    minSources_->setRange(0, 1000);
    minSources_->setToolTip(tr("Rows reported by fewer sources (NumSources) are left out"));
    from_->setPlaceholderText(tr("YYYY-MM-DD (open)"));
    to_->setPlaceholderText(tr("YYYY-MM-DD (open)"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Country:"), country_);
    form->addRow(tr("Root codes:"), rootCodes_);
    form->addRow(QString(), rootOnly_);
    form->addRow(tr("Minimum sources:"), minSources_);
    form->addRow(tr("Event date from:"), from_);
    form->addRow(tr("Event date to:"), to_);
    form->addRow(QString(), merge_);
    for (QLineEdit* e : {country_, rootCodes_, from_, to_})
        connect(e, &QLineEdit::textChanged, this, &GdeltSettingsEditor::changed);
    for (QCheckBox* c : {rootOnly_, merge_}) connect(c, &QCheckBox::toggled, this, &GdeltSettingsEditor::changed);
    connect(minSources_, &QSpinBox::valueChanged, this, &GdeltSettingsEditor::changed);
    setSettings({});
}

void GdeltSettingsEditor::setSettings(const core::GdeltSettings& s)
{
    base_ = s;
    country_->setText(QString::fromStdString(s.country));
    rootCodes_->setText(joined(s.rootCodes));
    rootOnly_->setChecked(s.rootEventsOnly);
    minSources_->setValue(static_cast<int>(s.minSources));
    from_->setText(QString::fromStdString(s.fromDate));
    to_->setText(QString::fromStdString(s.toDate));
    merge_->setChecked(s.mergeSameDayUnitCode);
}

core::GdeltSettings GdeltSettingsEditor::settings() const
{
    core::GdeltSettings s = base_;
    s.country = country_->text().trimmed().toUpper().toStdString();
    s.rootCodes = split(rootCodes_->text());
    s.rootEventsOnly = rootOnly_->isChecked();
    s.minSources = minSources_->value();
    s.fromDate = from_->text().trimmed().toStdString();
    s.toDate = to_->text().trimmed().toStdString();
    s.mergeSameDayUnitCode = merge_->isChecked();
    return s;
}

QString GdeltSettingsEditor::problem() const
{
    if (!validDate(from_->text()) || !validDate(to_->text())) return tr("the event dates must be YYYY-MM-DD or empty");
    return {};
}

}  // namespace aitocracy::gui
