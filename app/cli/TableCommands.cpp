#include "TableCommands.h"

namespace aitocracy::cli {

void addTableCommands(CLI::App&, int&) {}

}  // namespace aitocracy::cli
