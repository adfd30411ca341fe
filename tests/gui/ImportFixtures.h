#pragma once
// Files and projects for the import GUI tests, written by hand so every count is known:
// a portal's contracts table in GB18030 with Chinese headers, 20 data rows of which two
// are bad (line 9: 30 February; line 16: no contract id).
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>
#include <fstream>
#include <string>

#include "SyntheticUnits.h"
#include "common/TextEncodingConverter.h"
#include "store/ProjectStore.h"

namespace aitocracy::test {

inline std::string toGb18030(const std::string& utf8)
{
    auto c = core::TextEncodingConverter::open("UTF-8", "GB18030");
    std::string out;
    if (!c || !c->append(utf8, out)) qFatal("cannot convert to GB18030");
    return out;
}

inline void writeFile(const QString& path, const std::string& bytes)
{
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << bytes;
}

// `rows` data rows with ids <prefix>-01 …; row 8 has an impossible date and row 15 no id
// when `withBadRows`. Line n+1 holds row n (the header is line 1).
inline std::string contractsTable(int rows, const std::string& prefix = "HT", bool withBadRows = true)
{
    std::string text = "合同编号,签订日期,采购人,中标供应商,合同金额(万元),项目名称\r\n";
    for (int i = 1; i <= rows; ++i) {
        char day[8];
        std::snprintf(day, sizeof day, "%02d", 1 + (i - 1) % 28);
        char id[32];
        std::snprintf(id, sizeof id, "%s-%05d", prefix.c_str(), i);
        const bool badDate = withBadRows && i == 8, noId = withBadRows && i == 15;
        text += (noId ? std::string() : std::string(id)) + "," +
                (badDate ? std::string("2016-02-30") : "2016-03-" + std::string(day)) +
                ",北京市公安局,某科技有限公司,1.5,人脸识别系统采购\r\n";
    }
    return text;
}

inline QString newProject(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    auto store = core::ProjectStore::create(path.toStdString(), *threeSquares(), "test squares");
    if (!store) qFatal("%s", store.error().describe().c_str());
    return path;
}

inline std::int64_t storedRows(const QString& project, const std::string& table)
{
    auto store = core::ProjectStore::open(project.toStdString());
    if (!store) qFatal("%s", store.error().describe().c_str());
    auto info = store->info();
    if (!info) qFatal("%s", info.error().describe().c_str());
    return info->counts[table];
}

inline std::size_t importCount(const QString& project)
{
    auto store = core::ProjectStore::open(project.toStdString());
    if (!store) qFatal("%s", store.error().describe().c_str());
    auto imports = store->imports();
    return imports ? imports->size() : 0;
}

}  // namespace aitocracy::test
