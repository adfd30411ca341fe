#pragma once
// The place names behind BuyerResolver as a trie over Unicode code points: finding the
// longest name that starts at a position costs one table lookup per character, so a
// buyer name is scanned in well under a microsecond. The root is a dense table over
// the Basic Multilingual Plane (every Chinese place name lies there), the other nodes
// keep their few edges sorted.
#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

namespace aitocracy::core {

class BuyerResolverTrie {
public:
    BuyerResolverTrie();

    // Maps `utf8` to `value` (>= 0); a name added twice keeps the first value.
    void add(std::string_view utf8, int value);
    // Call once after the last add() and before the first longestAt().
    void freeze();

    // The value of the longest name that starts at byte `pos` of `text`, with `end` set
    // to the byte after it; -1 (end untouched) when no name starts there.
    [[nodiscard]] int longestAt(std::string_view text, std::size_t pos, std::size_t& end) const;

    // The byte after the UTF-8 character at `pos` (a malformed byte counts as one).
    static std::size_t nextChar(std::string_view text, std::size_t pos);

private:
    struct Node {
        std::uint32_t firstEdge = 0;
        std::uint32_t edgeCount = 0;
        int value = -1;
    };
    struct Edge {
        char32_t ch;
        std::uint32_t node;
    };
    std::vector<Node> nodes_;
    std::vector<Edge> edges_;
    std::vector<std::uint32_t> root_;                          // code point → node, 0 = none (node 0 is the root)
    std::vector<std::map<char32_t, std::uint32_t>> building_;  // children while adding

    [[nodiscard]] std::uint32_t child(std::uint32_t node, char32_t ch) const;
};

}  // namespace aitocracy::core
