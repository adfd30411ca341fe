#pragma once
// The contract ids of a project, held in memory while an import runs, so that a repeated
// id is found without a UNIQUE index on contracts (its B-tree cost more than any other
// part of storing a row; Schema.cpp, version 3, says why it went). Compact: per id a
// 32-bit hash and the rowid of the row holding it, 12 bytes a slot in an open-addressing
// table at most 3/4 full, so 16 to 32 bytes an id whatever the ids' length (3 million
// ids: 48 MB). Exact all the same: a matching hash is confirmed against the stored row.
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace aitocracy::core {

class ContractIdIndex {
public:
    // Whether the row `rowid` holds the id being looked for (the caller reads the row).
    using RowHoldsId = std::function<bool(std::int64_t rowid)>;

    // The 32-bit hash the index files an id under (never 0). Public so that the thread
    // reading the rows can compute it, sparing the one that stores them.
    static std::uint32_t hashOf(std::string_view id);

    // Records that row `rowid` holds the id whose hashOf() is `hash`, unless a row already
    // holds that id: then returns that row and records nothing. `holds` is asked only
    // about rows of the same hash: in practice the row that holds the id, hardly ever
    // another.
    std::optional<std::int64_t> addUnlessHeld(std::uint32_t hash, std::int64_t rowid, const RowHoldsId& holds);
    // Records that row `rowid` holds `id`, which no other row holds.
    void add(std::string_view id, std::int64_t rowid);
    // Starts loading the place where `hash` is filed into the processor's cache, a few
    // rows ahead of addUnlessHeld: the table is far larger than the cache.
    void prefetch(std::uint32_t hash) const;

private:
    // Hash and rowid side by side: a lookup reads one place in memory, not two. The rowid
    // is split so that a slot takes 12 bytes, not 16.
    struct Slot {
        std::uint32_t hash = 0;  // 0: empty
        std::uint32_t rowidLow = 0;
        std::int32_t rowidHigh = 0;
        [[nodiscard]] std::int64_t rowid() const
        {
            return static_cast<std::int64_t>(static_cast<std::uint64_t>(static_cast<std::uint32_t>(rowidHigh)) << 32 |
                                             rowidLow);
        }
    };
    static constexpr std::size_t kFirstCapacity = 1024;
    void place(std::uint32_t hash, std::int64_t rowid);
    void growIfFull();

    std::vector<Slot> slots_;  // a power of two long
    std::size_t size_ = 0;
};

}  // namespace aitocracy::core
