#include "ImportOutcome.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "PanelColumnStyle.h"

namespace aitocracy::gui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// `label` turns the importer's key ("bad_date", "region_code" …) into words.
template <class Label>
void addMap(std::vector<ImportCount>& out, const QString& section, const std::map<std::string, std::int64_t>& counts,
            Label label)
{
    for (const auto& [key, n] : counts) out.push_back({section, label(q(key)), n});
}

}  // namespace

QString ImportSummary::rejectionLabel(const QString& kind)
{
    if (kind == u"missing_id") return tr("No contract id");
    if (kind == u"bad_date") return tr("Date not readable");
    if (kind == u"bad_amount") return tr("Amount not a number");
    if (kind == u"encoding") return tr("Text not readable in the file's encoding");
    if (kind == u"duplicate_id") return tr("Contract id already on an earlier row");
    return kind;
}

QString ImportSummary::placementLabel(const QString& rule)
{
    if (rule == u"region_code") return tr("By the buyer's region code");
    if (rule == u"region_code_crosswalk") return tr("By an older region code (crosswalk)");
    if (rule == u"region_name") return tr("By the buyer's region name");
    if (rule == u"buyer_name_prefecture") return tr("By a prefecture named in the buyer");
    if (rule == u"buyer_name_county") return tr("By a county named in the buyer");
    if (rule == u"unresolved") return tr("Not placed in a unit");
    return rule;
}

// GDELT's ActionGeo_Type codes (1 country, 2 US state, 3 US city, 4 world city, 5 world state).
QString ImportSummary::geoTypeLabel(int type)
{
    switch (type) {
        case 1: return tr("Country only (type 1)");
        case 2: return tr("US state (type 2)");
        case 3: return tr("US city (type 3)");
        case 4: return tr("City (type 4)");
        case 5: return tr("Province (type 5)");
        default: return tr("Type %1").arg(type);
    }
}

std::vector<ImportCount> ImportSummary::contractCounts(const core::ContractImportReport& r)
{
    std::vector<ImportCount> out{{QString(), tr("Rows read"), r.rowsRead},
                                 {QString(), tr("Stored"), r.stored},
                                 {QString(), tr("Rejected"), r.rejected},
                                 {QString(), tr("Duplicates of contracts in the project"), r.duplicatesInProject}};
    addMap(out, tr("Rejected by kind"), r.rejectedByKind, &ImportSummary::rejectionLabel);
    addMap(out, tr("Stored by class"), r.byClass, &PanelColumnStyle::classLabel);
    addMap(out, tr("Stored by buyer placement"), r.byPlacement, &ImportSummary::placementLabel);
    for (const auto& b : r.unresolvedBuyers)
        out.push_back(
            {tr("Unresolved buyers"), b.why.empty() ? q(b.buyer) : tr("%1 (%2)").arg(q(b.buyer), q(b.why)), b.rows});
    return out;
}

std::vector<ImportCount> ImportSummary::gdeltCounts(const core::GdeltCounts& c)
{
    std::vector<ImportCount> out{{QString(), tr("Rows read"), c.rowsRead},
                                 {QString(), tr("Rejected (malformed)"), c.rejected}};
    const QString layouts = tr("Rows by layout");
    for (const auto& [layout, n] : c.rowsByLayout)
        out.push_back({layouts, layout == 0 ? tr("CSV export with a header") : tr("%1 fields").arg(layout), n});
    const QString filters = tr("Filters");
    out.push_back({filters, tr("Other country"), c.otherCountry});
    out.push_back({filters, tr("Other root code"), c.droppedRootCode});
    out.push_back({filters, tr("Other event code"), c.droppedEventCode});
    out.push_back({filters, tr("Not a root event"), c.droppedNotRoot});
    out.push_back({filters, tr("Too few sources"), c.droppedMinSources});
    out.push_back({filters, tr("Too few articles"), c.droppedMinArticles});
    out.push_back({filters, tr("Outside the dates"), c.droppedDate});
    out.push_back({filters, tr("Kept"), c.kept});
    const QString geo = tr("Rows in the country by geocoding precision (ActionGeo_Type)");
    for (const auto& [type, n] : c.countryRowsByGeoType) out.push_back({geo, geoTypeLabel(type), n});
    const QString placed = tr("Placement of kept rows");
    out.push_back({placed, tr("In a unit"), c.placedInUnit});
    out.push_back({placed, tr("Province only"), c.provinceOnly});
    out.push_back({placed, tr("Unplaced"), c.unplaced});
    const QString stored = tr("Storage");
    out.push_back({stored, tr("Stored"), c.stored});
    out.push_back({stored, tr("Duplicates by GLOBALEVENTID"), c.duplicatesById});
    out.push_back({stored, tr("Marked as repeat reports"), c.mergedReports});
    return out;
}

std::vector<ImportCount> ImportSummary::tableCounts(const core::TableImportReport& r)
{
    return {{QString(), tr("Rows read"), r.rowsRead},
            {QString(), tr("Stored"), r.stored},
            {QString(), tr("Duplicates (unchanged)"), r.duplicates},
            {QString(), tr("Rejected"), r.rejected},
            {QString(), tr("Recoded prefecture codes"), r.recoded}};
}

std::vector<ImportCount> ImportSummary::countsFromJson(const QString& json)
{
    std::vector<ImportCount> out;
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in)
                if (in.value().isDouble()) out.push_back({it.key(), in.key(), qint64(in.value().toDouble())});
        } else if (it.value().isDouble()) {
            out.push_back({QString(), it.key(), qint64(it.value().toDouble())});
        }
    }
    return out;
}

ImportRejectedRow ImportSummary::rejectedRow(const core::RejectedRow& row, const QString& file)
{
    return {file, row.line, row.column, q(row.reason), q(row.raw)};
}

QString ImportSummary::kindLabel(const QString& kindName)
{
    if (kindName == u"gdelt") return tr("GDELT events");
    if (kindName == u"contracts") return tr("Contracts");
    if (kindName == u"firms") return tr("Firms");
    if (kindName == u"software") return tr("Software output");
    if (kindName == u"weather") return tr("Weather");
    if (kindName == u"covariates") return tr("Covariates");
    if (kindName == u"boundaries") return tr("Boundaries");
    return kindName;
}

}  // namespace aitocracy::gui
