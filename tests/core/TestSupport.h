#pragma once
// Small helpers shared by the core tests.
#include "common/Error.h"

#include <string>

namespace aitocracy::test {

// "code: context: message" of a failed Result, empty for a success (for QVERIFY2).
template <typename T>
std::string errorText(const core::Result<T>& r)
{
    return r ? std::string() : r.error().code + ": " + r.error().describe();
}

}  // namespace aitocracy::test
