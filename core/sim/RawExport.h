#pragma once
// The "raw files" of a project, written as the real world would deliver them: GDELT 2.0
// event exports (one zipped file per event day), a procurement contracts table as a
// Chinese government site offers it (GB18030, Chinese headers, amounts in 万元, CRLF),
// and the firms, software and weather tables as plain UTF-8 CSV. Made for the simulated
// demonstration world, so the importers can be run on files whose truth is known.
// The project is read, never written; rows stream from SQLite to the files.
#include "common/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace aitocracy::core::sim {

struct RawExportFile {
    std::string name;         // file name inside the export directory
    std::string kind;         // "gdelt", "contracts", "firms", "software", "weather"
    std::size_t rows = 0;     // data rows (header lines not counted)
    std::uint64_t bytes = 0;  // size of the file (for a .zip, the archive)
};

struct RawExportReport {
    std::string dir;
    std::vector<RawExportFile> files;  // GDELT days in date order, then contracts, firms, software, weather
};

// File names the export writes, apart from the GDELT days.
inline constexpr const char* kRawContractsFile = "contracts.csv";
inline constexpr const char* kRawFirmsFile = "firms.csv";
inline constexpr const char* kRawSoftwareFile = "software.csv";
inline constexpr const char* kRawWeatherFile = "weather.csv";

// "20160305000000.export.CSV" for the ISO day "2016-03-05" (the zip adds ".zip").
std::string gdeltExportMemberName(const std::string& isoDay);

// Writes the raw files of the project at `projectPath` into `dir` (created if missing).
// Refuses, before writing anything, when `dir` already holds a file of any name it would
// write (error code "exists"); on any later failure removes the files it wrote, so the
// directory ends either complete or as it was.
Result<RawExportReport> exportRawFiles(const std::string& projectPath, const std::string& dir);

}  // namespace aitocracy::core::sim
