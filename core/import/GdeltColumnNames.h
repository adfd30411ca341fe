#pragma once
// The names GDELT's codebooks give the columns of its headerless event files, for showing
// a file's rows under their names (GDELT 1.0 and 2.0 event codebooks; the 2.0 geo blocks
// add an ADM2Code after ADM1Code, which makes 61 columns instead of 58).
#include <string>
#include <vector>

namespace aitocracy::core {

// The column names of a row of `fieldCount` fields (57, 58 or 61: gdeltLayout's layouts;
// 57 is 58 without SOURCEURL); empty for any other count.
std::vector<std::string> gdeltColumnNames(int fieldCount);

}  // namespace aitocracy::core
