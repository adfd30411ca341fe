#pragma once
// The one error type that crosses the core boundary: core functions return
// std::expected<T, Error> and never throw past their public API.
#include <expected>
#include <string>

namespace aitocracy::core {

struct Error {
    std::string code;     // stable, machine-readable: "io", "parse", "schema", "corrupt", ...
    std::string message;  // for people: what went wrong and what was expected
    std::string context;  // where: "file.csv:12:7", a table name, a field name

    // "context: message" (or just the message when there is no context).
    [[nodiscard]] std::string describe() const
    {
        return context.empty() ? message : context + ": " + message;
    }
};

template <typename T>
using Result = std::expected<T, Error>;

// For Result<void> returns: `return ok();`
inline Result<void> ok() { return {}; }

inline std::unexpected<Error> fail(std::string code, std::string message, std::string context = {})
{
    return std::unexpected(Error{std::move(code), std::move(message), std::move(context)});
}

}  // namespace aitocracy::core
