#include "contracts/AhoCorasick.h"

#include <deque>

namespace aitocracy::core {

AhoCorasick::AhoCorasick(const std::vector<std::string>& patterns) : patternCount_(patterns.size())
{
    for (const std::string& p : patterns)
        for (const char b : p) byteClass_[static_cast<unsigned char>(b)] = 1;
    for (std::uint32_t& c : byteClass_)
        if (c != 0) c = classCount_++;
    const std::size_t classes = classCount_;

    // The trie, with -1 for a missing edge, and the patterns that end at each node.
    std::vector<std::int64_t> edge(classes, -1);
    std::vector<std::vector<std::uint32_t>> out(1);
    for (std::size_t p = 0; p < patterns.size(); ++p) {
        if (patterns[p].empty()) continue;
        std::size_t node = 0;
        for (const char b : patterns[p]) {
            std::int64_t& e = edge[node * classes + byteClass_[static_cast<unsigned char>(b)]];
            if (e < 0) {
                e = static_cast<std::int64_t>(out.size());
                out.emplace_back();
                edge.resize(edge.size() + classes, -1);
            }
            node = static_cast<std::size_t>(edge[node * classes + byteClass_[static_cast<unsigned char>(b)]]);
        }
        out[node].push_back(static_cast<std::uint32_t>(p));
    }

    // Breadth first, a missing edge becomes the failure state's edge (the DFA), and a node
    // inherits the outputs of its failure state (its longest proper suffix in the trie).
    const std::size_t states = out.size();
    std::vector<std::size_t> fail(states, 0);
    std::deque<std::size_t> queue;
    for (std::size_t c = 0; c < classes; ++c) {
        if (edge[c] < 0) {
            edge[c] = 0;
        } else {
            queue.push_back(static_cast<std::size_t>(edge[c]));
        }
    }
    while (!queue.empty()) {
        const std::size_t s = queue.front();
        queue.pop_front();
        out[s].insert(out[s].end(), out[fail[s]].begin(), out[fail[s]].end());
        for (std::size_t c = 0; c < classes; ++c) {
            std::int64_t& e = edge[s * classes + c];
            const std::int64_t viaFail = edge[fail[s] * classes + c];
            if (e < 0) {
                e = viaFail;
            } else {
                fail[static_cast<std::size_t>(e)] = static_cast<std::size_t>(viaFail);
                queue.push_back(static_cast<std::size_t>(e));
            }
        }
    }

    // Renumber: the root first, matching states last, each as the offset of its row.
    std::vector<std::uint32_t> row(states);
    std::uint32_t next = 0;
    for (const bool matching : {false, true}) {
        if (matching) firstMatchState_ = next * classCount_;
        for (std::size_t s = 0; s < states; ++s)
            if (out[s].empty() != matching) row[s] = next++ * classCount_;
    }
    next_.resize(states * classes);
    std::vector<const std::vector<std::uint32_t>*> outputsByRow(states);
    for (std::size_t s = 0; s < states; ++s) {
        for (std::size_t c = 0; c < classes; ++c)
            next_[row[s] + c] = row[static_cast<std::size_t>(edge[s * classes + c])];
        outputsByRow[row[s] / classCount_] = &out[s];
    }
    outputBegin_.assign(1, 0);
    for (std::size_t k = firstMatchState_ / classCount_; k < states; ++k) {
        outputs_.insert(outputs_.end(), outputsByRow[k]->begin(), outputsByRow[k]->end());
        outputBegin_.push_back(static_cast<std::uint32_t>(outputs_.size()));
    }
}

bool AhoCorasick::anyMatch(std::string_view text) const
{
    std::uint32_t state = 0;
    for (const char b : text) {
        state = next_[state + byteClass_[static_cast<unsigned char>(b)]];
        if (state >= firstMatchState_) return true;
    }
    return false;
}

}  // namespace aitocracy::core
