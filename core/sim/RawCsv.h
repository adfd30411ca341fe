#pragma once
// Field formatting shared by the raw-file writers: RFC 4180 quoting and numbers written
// the way data providers write them (shortest exact decimal, no exponent for ordinary
// magnitudes), so that a re-import reads back the stored value.
#include <string>
#include <string_view>

namespace aitocracy::core::sim {

// Appends `value` as one RFC 4180 field: quoted (with inner quotes doubled) only when it
// holds the separator, a quote, CR or LF.
void appendCsvField(std::string& out, std::string_view value, char separator = ',');

// The shortest decimal that reads back as exactly `value` ("35", "40.0322658918392").
void appendExactNumber(std::string& out, double value);

// A measured quantity (rain, temperature): when `value` is exactly a single-precision
// number, as the simulator draws them, the shortest decimal of that float ("3.4" rather
// than "3.40000009536743", as a weather service would print it); otherwise as
// appendExactNumber.
void appendMeasurement(std::string& out, double value);

}  // namespace aitocracy::core::sim
