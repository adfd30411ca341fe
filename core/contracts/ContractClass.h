#pragma once
// The classes a procurement contract falls into; the names are what the project's
// contracts.class column and the exports hold.
#include <array>
#include <optional>
#include <string_view>

namespace aitocracy::core {

enum class ContractClass { AiPublicSecurity, AiOther, Surveillance, Other };

inline constexpr std::array<ContractClass, 4> kContractClasses = {
    ContractClass::AiPublicSecurity, ContractClass::AiOther, ContractClass::Surveillance, ContractClass::Other};

constexpr std::string_view contractClassName(ContractClass c)
{
    switch (c) {
        case ContractClass::AiPublicSecurity:
            return "ai_public_security";
        case ContractClass::AiOther:
            return "ai_other";
        case ContractClass::Surveillance:
            return "surveillance";
        case ContractClass::Other:
            return "other";
    }
    return "other";
}

constexpr std::optional<ContractClass> contractClassFromName(std::string_view name)
{
    for (const ContractClass c : kContractClasses)
        if (contractClassName(c) == name) return c;
    return std::nullopt;
}

}  // namespace aitocracy::core
