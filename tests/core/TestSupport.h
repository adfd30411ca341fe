#pragma once
// Small helpers shared by the core tests.
#include "common/Error.h"

#include <fstream>
#include <iterator>
#include <string>

namespace aitocracy::test {

// "code: context: message" of a failed Result, empty for a success (for QVERIFY2).
template <typename T>
std::string errorText(const core::Result<T>& r)
{
    return r ? std::string() : r.error().code + ": " + r.error().describe();
}

inline std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

}  // namespace aitocracy::test
