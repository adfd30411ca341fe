#pragma once
// The project's saved analysis specifications (table analysis_specs): named JSON
// documents, one per name. The store keeps the text as given; regression/SavedSpec.h
// says what is inside.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/Error.h"

namespace aitocracy::core {

class ProjectStore;

struct StoredSpec {
    std::int64_t id = 0;
    std::string name;
    std::string json;
    std::string createdAt, updatedAt;  // ISO 8601 UTC
    bool operator==(const StoredSpec&) const = default;
};

// Inserts `json` under `name`, or replaces the document of that name (keeping its id and
// created_at), in one transaction; returns the row's id. Error "usage" for an empty name.
Result<std::int64_t> saveSpec(ProjectStore& store, const std::string& name, const std::string& json);

// Every saved specification, by name (bytewise, so names in Chinese sort by code point).
Result<std::vector<StoredSpec>> listSpecs(const ProjectStore& store);

// The specification of that name; nullopt when there is none.
Result<std::optional<StoredSpec>> loadSpec(const ProjectStore& store, const std::string& name);

// Deletes the specification of that name, in one transaction; false when there was none.
Result<bool> deleteSpec(ProjectStore& store, const std::string& name);

}  // namespace aitocracy::core
