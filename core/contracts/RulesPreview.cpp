#include "contracts/RulesPreview.h"

#include "contracts/ContractClass.h"
#include "contracts/ContractClassifier.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

namespace aitocracy::core {

Result<RulesPreview> previewProjectRules(const ProjectStore& store, const ClassificationRules& rules,
                                         std::size_t maxExamples, const CancelToken* cancel)
{
    const ContractClassifier classifier(rules);
    RulesPreview preview;
    for (const auto c : kContractClasses) {
        preview.byClassBefore[std::string(contractClassName(c))] = 0;
        preview.byClassAfter[std::string(contractClassName(c))] = 0;
    }
    auto read = Statement::prepare(store.handle(), "SELECT contract_id, buyer, title, supplier, class FROM contracts");
    if (!read) return std::unexpected(read.error());
    while (true) {
        // Often enough for a cancel to land within a few milliseconds.
        if (cancel && (preview.contracts & 0x3fff) == 0) {
            if (cancel->cancelled()) return fail("cancelled", "the rules preview was cancelled");
            cancel->reportProgress(0, 0, preview.contracts);
        }
        auto row = read->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const std::string buyer = read->columnText(1), title = read->columnText(2), supplier = read->columnText(3);
        const std::string before = read->columnText(4);
        const std::string after(contractClassName(classifier.classify(buyer, title, supplier).cls));
        ++preview.contracts;
        ++preview.byClassBefore[before];
        ++preview.byClassAfter[after];
        if (before == after) continue;
        ++preview.changed;
        ++preview.transitions[{before, after}];
        if (preview.examples.size() < maxExamples)
            preview.examples.push_back({read->columnText(0), title, buyer, supplier, before, after});
    }
    return preview;
}

}  // namespace aitocracy::core
