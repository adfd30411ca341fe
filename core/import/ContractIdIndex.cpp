#include "import/ContractIdIndex.h"

namespace aitocracy::core {

// 0 marks an empty slot. The low bits pick the slot, so the table can grow from the stored
// hashes alone; all 32 bits are compared, so a row is read to confirm only about once in
// a thousand new ids.
std::uint32_t ContractIdIndex::hashOf(std::string_view id)
{
    const std::uint64_t h = std::hash<std::string_view>{}(id);
    const auto folded = static_cast<std::uint32_t>(h ^ (h >> 32));
    return folded != 0 ? folded : 1u;
}

void ContractIdIndex::prefetch(std::uint32_t hash) const
{
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
}

std::optional<std::int64_t> ContractIdIndex::addUnlessHeld(std::uint32_t hash, std::int64_t rowid,
                                                           const RowHoldsId& holds)
{
    growIfFull();
    const std::size_t mask = slots_.size() - 1;
    // Linear probing: the id is in the run of filled slots that starts at its own, and
    // goes into the first empty one.
    std::size_t slot = hash & mask;
    for (; slots_[slot].hash != 0; slot = (slot + 1) & mask)
        if (slots_[slot].hash == hash && holds(slots_[slot].rowid())) return slots_[slot].rowid();
    slots_[slot] = Slot{hash, static_cast<std::uint32_t>(rowid),
                        static_cast<std::int32_t>(static_cast<std::uint64_t>(rowid) >> 32)};
    ++size_;
    return std::nullopt;
}

void ContractIdIndex::add(std::string_view id, std::int64_t rowid)
{
    growIfFull();
    place(hashOf(id), rowid);
    ++size_;
}

void ContractIdIndex::place(std::uint32_t hash, std::int64_t rowid)
{
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = hash & mask;
    while (slots_[slot].hash != 0) slot = (slot + 1) & mask;
    slots_[slot] = Slot{hash, static_cast<std::uint32_t>(rowid),
                        static_cast<std::int32_t>(static_cast<std::uint64_t>(rowid) >> 32)};
}

void ContractIdIndex::growIfFull()
{
    if ((size_ + 1) * 4 <= slots_.size() * 3) return;
    std::vector<Slot> old(slots_.empty() ? kFirstCapacity : slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old)
        if (s.hash != 0) place(s.hash, s.rowid());
}

}  // namespace aitocracy::core
