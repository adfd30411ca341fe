#include "contracts/ContractClassifier.h"

#include <algorithm>
#include <array>
#include <span>

namespace aitocracy::core {
namespace {

// The distinct keywords a contract hit, on the stack for the usual handful: a heap
// allocation per contract cost a tenth of the classification time.
class HitList {
public:
    void add(std::uint32_t k)
    {
        if (spill_.empty()) {
            if (std::find(local_.begin(), local_.begin() + static_cast<std::ptrdiff_t>(count_), k) !=
                local_.begin() + static_cast<std::ptrdiff_t>(count_))
                return;
            if (count_ < local_.size()) {
                local_[count_++] = k;
                return;
            }
            spill_.assign(local_.begin(), local_.end());
        }
        if (std::find(spill_.begin(), spill_.end(), k) == spill_.end()) spill_.push_back(k);
    }

    std::span<std::uint32_t> sorted()
    {
        const std::span<std::uint32_t> all = spill_.empty() ? std::span(local_.data(), count_) : std::span(spill_);
        std::sort(all.begin(), all.end());
        return all;
    }

private:
    std::array<std::uint32_t, 16> local_;
    std::size_t count_ = 0;
    std::vector<std::uint32_t> spill_;
};

}  // namespace

std::vector<ContractClassifier::Keyword> ContractClassifier::collectKeywords(const ClassificationRules& rules)
{
    const std::array<std::pair<Set, const std::vector<std::string>*>, 5> sets = {
        {{Set::Buyer, &rules.publicSecurityBuyer},
         {Set::Ai, &rules.ai},
         {Set::Surveillance, &rules.surveillance},
         {Set::Firm, &rules.aiFirms},
         {Set::Exclude, &rules.exclude}}};
    constexpr std::array<const char*, 5> kSetNames = {"buyer", "ai", "surveillance", "firm", "exclude"};
    std::vector<Keyword> keywords;
    for (const auto& [set, words] : sets) {
        const std::size_t first = keywords.size();
        for (const std::string& w : *words) {
            const bool repeated = std::any_of(keywords.begin() + static_cast<std::ptrdiff_t>(first), keywords.end(),
                                              [&](const Keyword& k) { return k.text == w; });
            if (w.empty() || repeated) continue;
            keywords.push_back({set, w, std::string(kSetNames[static_cast<std::size_t>(set)]) + ':' + w});
        }
    }
    return keywords;
}

ContractClassifier::Field ContractClassifier::makeField(std::initializer_list<Set> sets) const
{
    std::vector<std::string> patterns;
    std::vector<std::uint32_t> keyword;
    for (std::size_t k = 0; k < keywords_.size(); ++k) {
        if (std::find(sets.begin(), sets.end(), keywords_[k].set) == sets.end()) continue;
        patterns.push_back(keywords_[k].text);
        keyword.push_back(static_cast<std::uint32_t>(k));
    }
    return {AhoCorasick(patterns), std::move(keyword)};
}

ContractClassifier::ContractClassifier(const ClassificationRules& rules)
    : keywords_(collectKeywords(rules)),
      buyer_(makeField({Set::Buyer})),
      title_(makeField({Set::Ai, Set::Surveillance, Set::Exclude})),
      supplier_(makeField({Set::Firm}))
{
}

Classification ContractClassifier::classify(std::string_view buyer, std::string_view title,
                                            std::string_view supplier) const
{
    const std::array<const Field*, 3> fields = {&buyer_, &title_, &supplier_};
    HitList hits;
    unsigned found = 0;  // bit per Set
    AhoCorasick::findAllTogether<3>({&buyer_.automaton, &title_.automaton, &supplier_.automaton},
                                    {buyer, title, supplier}, [&](std::size_t text, std::size_t pattern, std::size_t) {
                                        const std::uint32_t k = fields[text]->keyword[pattern];
                                        hits.add(k);
                                        found |= 1u << static_cast<unsigned>(keywords_[k].set);
                                    });

    const auto has = [&](Set s) { return (found & (1u << static_cast<unsigned>(s))) != 0; };
    Classification result;
    const bool ai = (has(Set::Ai) || has(Set::Firm)) && !has(Set::Exclude);
    if (ai)
        result.cls = has(Set::Buyer) ? ContractClass::AiPublicSecurity : ContractClass::AiOther;
    else if (has(Set::Surveillance))
        result.cls = ContractClass::Surveillance;

    const std::span<std::uint32_t> distinct = hits.sorted();
    std::size_t length = 0;
    for (const std::uint32_t k : distinct) length += keywords_[k].label.size() + 1;
    result.matchedKeywords.reserve(length);
    for (const std::uint32_t k : distinct) {
        if (!result.matchedKeywords.empty()) result.matchedKeywords += ';';
        result.matchedKeywords += keywords_[k].label;
    }
    return result;
}

}  // namespace aitocracy::core
