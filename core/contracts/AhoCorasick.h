#pragma once
// Multi-pattern substring search over UTF-8 (or any) bytes: the Aho–Corasick automaton
// compiled to a dense DFA, so that scanning costs one table step per byte whatever the
// number of patterns. The 256 byte values are first folded into the classes that occur
// in the patterns plus one "other" class: CJK keywords use a few dozen byte values, which
// keeps each state's row short and the whole table in cache.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aitocracy::core {

class AhoCorasick {
public:
    // Built once; immutable afterwards, so one automaton serves any number of threads.
    // An empty pattern never matches (it would match at every offset, which no caller wants).
    explicit AhoCorasick(const std::vector<std::string>& patterns);

    std::size_t patternCount() const { return patternCount_; }

    // Calls onMatch(patternIndex, endOffset) for every occurrence, overlapping ones too,
    // in order of endOffset; endOffset is one past the match's last byte, so the match is
    // text.substr(endOffset - patterns[patternIndex].size(), patterns[patternIndex].size()).
    template <typename F>
    void findAll(std::string_view text, F&& onMatch) const
    {
        std::uint32_t state = 0;
        for (std::size_t i = 0; i < text.size(); ++i) advance(state, text[i], i + 1, onMatch);
    }

    bool anyMatch(std::string_view text) const;

    // findAll on several texts, each with its own automaton, in one loop, calling
    // onMatch(textIndex, patternIndex, endOffset). A scan is a chain of dependent table
    // loads, so one scan leaves the processor waiting on memory latency; side by side the
    // scans overlap (three short texts take about the time of one).
    template <std::size_t N, typename F>
    static void findAllTogether(const std::array<const AhoCorasick*, N>& automata,
                                const std::array<std::string_view, N>& texts, F&& onMatch)
    {
        std::array<std::uint32_t, N> state{};
        std::size_t longest = 0;
        for (const std::string_view t : texts) longest = std::max(longest, t.size());
        // The fold over K unrolls the texts, which keeps every state in a register.
        const auto stepAll = [&]<std::size_t... K>(std::size_t i, std::index_sequence<K...>)
        {
            ((i < texts[K].size() ? automata[K]->advance(state[K], texts[K][i], i + 1,
                                                         [&](std::size_t p, std::size_t end) { onMatch(K, p, end); })
                                  : void()),
             ...);
        };
        for (std::size_t i = 0; i < longest; ++i) stepAll(i, std::make_index_sequence<N>());
    }

private:
    template <typename F>
    void advance(std::uint32_t& state, char byte, std::size_t end, F&& onMatch) const
    {
        state = next_[state + byteClass_[static_cast<unsigned char>(byte)]];
        if (state >= firstMatchState_) [[unlikely]] {
            // States that complete a pattern are numbered last, so the test above needs no load.
            const std::size_t k = (state - firstMatchState_) / classCount_;
            for (std::uint32_t o = outputBegin_[k]; o < outputBegin_[k + 1]; ++o)
                onMatch(std::size_t{outputs_[o]}, end);
        }
    }

    // A state is stored as the offset of its row in next_ (state index × classCount_), which
    // saves the multiplication in the inner loop.
    std::array<std::uint32_t, 256> byteClass_{};
    std::uint32_t classCount_ = 1;
    std::uint32_t firstMatchState_ = 0;
    std::size_t patternCount_ = 0;
    std::vector<std::uint32_t> next_;         // states × classes
    std::vector<std::uint32_t> outputBegin_;  // per matching state, into outputs_ (+ one end)
    std::vector<std::uint32_t> outputs_;      // pattern indexes
};

}  // namespace aitocracy::core
