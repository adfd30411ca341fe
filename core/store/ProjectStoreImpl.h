#pragma once
// ProjectStore's private state, shared by ProjectStore.cpp (life cycle, transactions)
// and ProjectStoreQueries.cpp (reads). Not part of the public API.
#include "store/Connection.h"
#include "store/ProjectStore.h"

#include <string>

namespace aitocracy::core {

struct ProjectStore::Impl {
    std::string path;
    Connection connection;
    int schemaVersion = 0;
};

}  // namespace aitocracy::core
