#include "scripts/RText.h"

namespace aitocracy::core::scripts {

std::string rString(const std::string& text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + '"';
}

std::string rReadPanel(const ScriptSpec& spec)
{
    std::string classes;
    for (const auto& name : spec.stringColumns)
        classes += (classes.empty() ? "" : ", ") + rString(name) + " = \"character\"";
    return "panel <- read.csv(\"panel.csv\", check.names = FALSE, na.strings = \"\",\n"
           "                  colClasses = c(" +
           classes + "))\n";
}

std::string rWriteEstimates()
{
    return "fmt <- function(v) trimws(formatC(v, digits = 17, format = \"g\"))\n"
           "writeLines(c(\"term,estimate,std_error\",\n"
           "             sprintf(\"\\\"%s\\\",%s,%s\", terms, fmt(estimates), fmt(std_errors))),\n"
           "           \"estimates.csv\")\n";
}

}  // namespace aitocracy::core::scripts
