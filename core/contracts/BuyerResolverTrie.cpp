#include "contracts/BuyerResolverTrie.h"

namespace aitocracy::core {
namespace {

constexpr char32_t kBmpSize = 0x10000;
constexpr char32_t kInvalid = 0xFFFFFFFF;

// The code point at `pos` and the byte after it; kInvalid for a malformed sequence
// (GBK bytes, a cut character), which no name contains.
char32_t decode(std::string_view s, std::size_t pos, std::size_t& next)
{
    const auto b = static_cast<unsigned char>(s[pos]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || pos + len > s.size()) {
        next = pos + 1;
        return kInvalid;
    }
    char32_t cp = len == 1 ? b : b & (0x7F >> len);
    for (std::size_t i = 1; i < len; ++i) {
        const auto c = static_cast<unsigned char>(s[pos + i]);
        if ((c & 0xC0) != 0x80) {
            next = pos + 1;
            return kInvalid;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    next = pos + len;
    return cp;
}

}  // namespace

BuyerResolverTrie::BuyerResolverTrie() : nodes_(1), root_(kBmpSize, 0), building_(1) {}

void BuyerResolverTrie::add(std::string_view utf8, int value)
{
    std::uint32_t node = 0;
    for (std::size_t pos = 0, next = 0; pos < utf8.size(); pos = next) {
        const char32_t ch = decode(utf8, pos, next);
        if (ch == kInvalid || (node == 0 && ch >= kBmpSize)) return;  // never matched: leave it out
        auto [it, fresh] = building_[node].emplace(ch, static_cast<std::uint32_t>(nodes_.size()));
        if (fresh) {
            nodes_.emplace_back();
            building_.emplace_back();
        }
        node = it->second;
    }
    if (node != 0 && nodes_[node].value < 0) nodes_[node].value = value;
}

void BuyerResolverTrie::freeze()
{
    for (std::uint32_t n = 0; n < building_.size(); ++n) {
        if (n == 0) {
            for (const auto& [ch, to] : building_[0]) root_[ch] = to;
            continue;
        }
        nodes_[n].firstEdge = static_cast<std::uint32_t>(edges_.size());
        nodes_[n].edgeCount = static_cast<std::uint32_t>(building_[n].size());
        for (const auto& [ch, to] : building_[n]) edges_.push_back({ch, to});  // std::map: sorted
    }
    building_.clear();
    building_.shrink_to_fit();
}

std::uint32_t BuyerResolverTrie::child(std::uint32_t node, char32_t ch) const
{
    if (node == 0) return ch < kBmpSize ? root_[ch] : 0;
    const Node& n = nodes_[node];
    // Most nodes have one to three edges: a linear scan beats a binary search.
    for (std::uint32_t e = n.firstEdge; e < n.firstEdge + n.edgeCount; ++e)
        if (edges_[e].ch == ch) return edges_[e].node;
    return 0;
}

int BuyerResolverTrie::longestAt(std::string_view text, std::size_t pos, std::size_t& end) const
{
    int found = -1;
    std::uint32_t node = 0;
    for (std::size_t next = 0; pos < text.size(); pos = next) {
        node = child(node, decode(text, pos, next));
        if (node == 0) break;
        if (nodes_[node].value >= 0) {
            found = nodes_[node].value;
            end = next;
        }
    }
    return found;
}

std::size_t BuyerResolverTrie::nextChar(std::string_view text, std::size_t pos)
{
    std::size_t next = pos + 1;
    decode(text, pos, next);
    return next;
}

}  // namespace aitocracy::core
