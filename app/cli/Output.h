#pragma once
// Printing results: one-line JSON objects in the readable "key": value form the docs
// show, or aligned text.
#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

namespace aitocracy::cli {

using Json = nlohmann::ordered_json;

enum class Format { json, text };

// {"a": 1, "b": "x"} — nested values are printed compactly.
inline std::string oneLine(const Json& object)
{
    std::string out = "{";
    bool first = true;
    for (const auto& [key, value] : object.items()) {
        out += (first ? "" : ", ") + Json(key).dump() + ": " + value.dump();
        first = false;
    }
    return out + "}";
}

inline void print(const Json& object, Format format)
{
    if (format == Format::json) {
        std::cout << oneLine(object) << '\n';
        return;
    }
    for (const auto& [key, value] : object.items()) {
        if (value.is_object()) {
            std::cout << key << ":\n";
            for (const auto& [inner, v] : value.items()) std::cout << "  " << inner << ": " << v.dump() << '\n';
        } else {
            std::cout << key << ": " << (value.is_string() ? value.get<std::string>() : value.dump()) << '\n';
        }
    }
}

inline int printError(const std::string& message)
{
    std::cerr << "aitocracy-cli: " << message << '\n';
    return 1;
}

}  // namespace aitocracy::cli
