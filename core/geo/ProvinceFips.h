#pragma once
// GDELT places events in Chinese provinces by FIPS 10-4 ADM1 codes ("CH01" = Anhui);
// the project uses GB/T 2260 province codes ("340000"). Source: GDELT's ADM1 lookup
// (FIPS 10-4), as shipped with GDELT's documentation.
#include <string>

namespace aitocracy::core {

// "340000" → "CH01"; empty when unknown (Hong Kong, Macau and Taiwan have none: GDELT
// gives them their own country codes).
std::string fipsOfProvince(const std::string& provinceCode);

// "CH01" → "340000"; empty when unknown.
std::string provinceOfFips(const std::string& fips);

}  // namespace aitocracy::core
