// The in-memory index of contract ids that keeps them unique during an import: every id
// added is found again with its own rowid, ids never added are not found, rowids of any
// size come back whole, and rows whose 32-bit hash matches by chance are confirmed and
// passed over (with half a million ids, some do) — checked against a plain map of what
// was added.
#include <QtTest>
#include <limits>
#include <map>
#include <string>

#include "import/ContractIdIndex.h"

using namespace aitocracy::core;

class TestContractIdIndex : public QObject {
    Q_OBJECT

private slots:
    void everyIdOnceWithItsRow()
    {
        constexpr int kIds = 500000;
        ContractIdIndex index;
        std::map<std::int64_t, std::string> rows;  // what the table would hold
        std::int64_t askedWrongRow = 0;
        auto holds = [&](const std::string& id) {
            return [&rows, &askedWrongRow, id](std::int64_t rowid) {
                const bool same = rows.at(rowid) == id;
                if (!same) ++askedWrongRow;
                return same;
            };
        };
        for (int i = 0; i < kIds; ++i) {
            const std::string id = "HT-" + std::to_string(static_cast<std::int64_t>(i) * 7919 % 1000003);
            const std::int64_t rowid = 1000 + 3 * static_cast<std::int64_t>(i);
            QVERIFY(!index.addUnlessHeld(ContractIdIndex::hashOf(id), rowid, holds(id)));
            rows[rowid] = id;
        }
        for (const auto& [rowid, id] : rows) {
            const auto held = index.addUnlessHeld(ContractIdIndex::hashOf(id), -1, holds(id));
            QVERIFY(held);
            QCOMPARE(*held, rowid);
        }
        for (int i = 0; i < 1000; ++i) {
            const std::string id = "HT-new-" + std::to_string(i);
            QVERIFY(!index.addUnlessHeld(ContractIdIndex::hashOf(id), 10'000'000 + i, holds(id)));
            rows[10'000'000 + i] = id;
        }
        // Pairs of ids with one 32-bit hash exist among half a million (about 30 expected);
        // each was confirmed against its row and passed over.
        QVERIFY(askedWrongRow > 0);
    }

    void rowidsOfAnySize()
    {
        ContractIdIndex index;
        const std::int64_t rowids[] = {std::numeric_limits<std::int64_t>::min(),
                                       -5,
                                       0,
                                       1,
                                       (std::int64_t{1} << 32) - 1,
                                       std::int64_t{1} << 32,
                                       (std::int64_t{1} << 40) + 7,
                                       std::numeric_limits<std::int64_t>::max()};
        for (std::size_t i = 0; i < std::size(rowids); ++i) index.add("C" + std::to_string(i), rowids[i]);
        for (std::size_t i = 0; i < std::size(rowids); ++i) {
            const std::string id = "C" + std::to_string(i);
            std::int64_t confirmed = 0;
            const auto held = index.addUnlessHeld(ContractIdIndex::hashOf(id), 42, [&](std::int64_t rowid) {
                confirmed = rowid;
                return rowid == rowids[i];
            });
            QVERIFY(held);
            QCOMPARE(*held, rowids[i]);
            QCOMPARE(confirmed, rowids[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestContractIdIndex)
#include "tst_contractidindex.moc"
