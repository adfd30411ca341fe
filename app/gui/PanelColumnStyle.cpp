#include "PanelColumnStyle.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kContractsPrefix = "contracts_"_L1;
constexpr auto kAmountPrefix = "amount_"_L1;

// Okabe–Ito, without yellow (too light for a thin line on white).
const QColor kBlack{0x00, 0x00, 0x00};
const QColor kVermillion{0xD5, 0x5E, 0x00};
const QColor kBlue{0x00, 0x72, 0xB2};
const QColor kGreen{0x00, 0x9E, 0x73};
const QColor kPurple{0xCC, 0x79, 0xA7};
const QColor kOrange{0xE6, 0x9F, 0x00};
const QColor kSkyBlue{0x56, 0xB4, 0xE9};

// The contract class a column is about ("ai_other" for both "contracts_ai_other" and
// "amount_ai_other"); empty for other columns.
QString contractClassOf(const QString& column)
{
    if (column.startsWith(kContractsPrefix)) return column.mid(kContractsPrefix.size());
    if (column.startsWith(kAmountPrefix)) return column.mid(kAmountPrefix.size());
    return {};
}

}  // namespace

bool PanelColumnStyle::isAmount(const QString& column)
{
    return column.startsWith(kAmountPrefix);
}

QString PanelColumnStyle::amountColumnFor(const QString& countColumn)
{
    if (!countColumn.startsWith(kContractsPrefix)) return {};
    return kAmountPrefix % countColumn.mid(kContractsPrefix.size());
}

bool PanelColumnStyle::isCountSeries(const QString& column)
{
    return column == "unrest"_L1 || column.startsWith(kContractsPrefix);
}

QString PanelColumnStyle::classLabel(const QString& contractClass)
{
    if (contractClass == "ai_public_security"_L1) return tr("AI public-security");
    if (contractClass == "ai_other"_L1) return tr("Other AI");
    if (contractClass == "surveillance"_L1) return tr("Surveillance");
    if (contractClass == "other"_L1) return tr("Other");
    return contractClass;
}

QString PanelColumnStyle::label(const QString& column)
{
    if (column == "unrest"_L1) return tr("Unrest events");
    if (column.startsWith(kContractsPrefix)) return tr("%1 contracts").arg(classLabel(contractClassOf(column)));
    if (column.startsWith(kAmountPrefix)) return tr("%1 amount").arg(classLabel(contractClassOf(column)));
    return column;
}

QColor PanelColumnStyle::colour(const QString& column)
{
    if (column == "unrest"_L1) return kBlack;
    const QString contractClass = contractClassOf(column);
    if (contractClass == "ai_public_security"_L1) return kVermillion;
    if (contractClass == "ai_other"_L1) return kBlue;
    if (contractClass == "surveillance"_L1) return kGreen;
    if (contractClass == "other"_L1) return kPurple;
    // Columns this build does not know get the two remaining colours, stable per name.
    return qHash(column) % 2 == 0 ? kOrange : kSkyBlue;
}

Qt::PenStyle PanelColumnStyle::penStyle(const QString& column)
{
    return isAmount(column) ? Qt::DashLine : Qt::SolidLine;
}

}  // namespace aitocracy::gui
