#pragma once
// The real GDELT sample files in ../shared/data/gdelt (PROVENANCE.md there says where each
// comes from), named once for the tests that read them.
#include <string>

namespace aitocracy::test::gdelt {

inline const std::string kDir = AITOCRACY_SHARED_DIR "/data/gdelt/";
inline const std::string kDias = kDir + "epournaras__DIAS-GDELT/b61e972/20180326044500.export.CSV";   // GDELT 2.0, 61 fields
inline const std::string kFakeZip = kDir + "epournaras__DIAS-GDELT/b61e972/20180326191500.export.CSV.zip";  // not a ZIP
inline const std::string kEvents1 = kDir + "aamend__spark-gdelt/c3f4cc5/events1.csv";
inline const std::string kEventsT = kDir + "aamend__spark-gdelt/c3f4cc5/eventsT.csv";
inline const std::string kEvents = kDir + "aamend__spark-gdelt/2632828/events.csv";
inline const std::string kSmall = kDir + "lumifyio__lumify/1234261/small.export.txt";
inline const std::string kLookup = kDir + "lookup/linwoodc3__gdeltPyR/8762db7/";

}  // namespace aitocracy::test::gdelt
