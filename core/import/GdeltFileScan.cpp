#include "import/GdeltFileScan.h"

#include <filesystem>
#include <future>
#include <optional>

#include "common/ParallelFor.h"
#include "common/Sha256.h"
#include "import/GdeltInput.h"

namespace aitocracy::core {
namespace {

namespace fs = std::filesystem;

// Pieces per block when a file is split across cores: more than the two threads, so
// that a thread slowed by the hashing thread is balanced by the other taking more.
constexpr std::size_t kPieces = 8;
constexpr std::size_t kMinBytesToSplit = std::size_t{4} << 20;

// `block` cut into `count` runs of whole lines of about equal size.
std::vector<std::string_view> splitAtLineEnds(std::string_view block, std::size_t count)
{
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    for (std::size_t k = 1; k <= count && start < block.size(); ++k) {
        std::size_t end = k == count ? block.size() : std::max(start, block.size() * k / count);
        if (end < block.size()) {
            const std::size_t nl = block.find('\n', end);
            end = nl == std::string_view::npos ? block.size() : nl + 1;
        }
        pieces.push_back(block.substr(start, end - start));
        start = end;
    }
    return pieces;
}

void scanTabBlock(std::string_view block, const GdeltSettings& settings, const CancelToken* cancel, bool split,
                  GdeltFileProgress* progress, GdeltScan& scan)
{
    if (!split || block.size() < kMinBytesToSplit) {
        GdeltScan piece;
        scanTabSeparated(block, settings, cancel, piece, progress);
        scan.append(std::move(piece), settings.maxRejectedRecorded);
        return;
    }
    const auto pieces = splitAtLineEnds(block, kPieces);
    std::vector<GdeltScan> scans(pieces.size());
    parallelFor(pieces.size(), block.size(),
                [&](std::size_t k) { scanTabSeparated(pieces[k], settings, cancel, scans[k], progress); });
    for (auto& s : scans) scan.append(std::move(s), settings.maxRejectedRecorded);
}

Result<void> scanBlocks(const std::string& path, GdeltInput& input, const GdeltSettings& settings,
                        const CancelToken* cancel, bool split, GdeltFileProgress* progress, GdeltScan& scan)
{
    std::optional<GdeltCsvHeader> csv;  // set when the file is a CSV export with a header row
    bool first = true;
    while (true) {
        auto next = input.nextBlock();
        if (!next) return std::unexpected(next.error());
        if (!*next) break;
        std::string_view block = **next;
        if (first) {
            first = false;
            std::string_view firstLine = block.substr(0, block.find('\n'));
            if (!firstLine.empty() && firstLine.back() == '\r') firstLine.remove_suffix(1);
            auto header = GdeltCsvHeader::detect(firstLine);
            if (!header) {
                Error e = header.error();
                e.context = path + ":1";
                return std::unexpected(e);
            }
            csv = std::move(*header);
            if (csv) {
                scan.lines = 1;
                const std::size_t nl = block.find('\n');
                block.remove_prefix(nl == std::string_view::npos ? block.size() : nl + 1);
            }
        }
        if (csv) {
            GdeltScan piece;
            scanCsvExport(block, *csv, settings, cancel, piece, progress);
            scan.append(std::move(piece), settings.maxRejectedRecorded);
        } else {
            scanTabBlock(block, settings, cancel, split, progress, scan);
        }
        if (scan.cancelled) return fail("cancelled", "the import was cancelled; the project is unchanged");
    }
    return ok();
}

}  // namespace

Result<GdeltFileScan> scanGdeltFile(const std::string& path, const GdeltSettings& settings, const CancelToken* cancel,
                                    bool splitAcrossCores, ImportProgress* progress)
{
    GdeltFileScan out;
    out.report.file = path;
    std::error_code ec;
    out.report.bytes = fs::file_size(path, ec);
    if (ec) return fail("io", "cannot read the file size", path);
    auto input = GdeltInput::open(path);
    if (!input) return std::unexpected(input.error());
    // A plain file is hashed from its mapping; an archive is read again (it is small).
    auto shaFuture = std::async(std::launch::async, [&path, bytes = input->plainBytes()]() -> Result<std::string> {
        if (bytes.empty()) return sha256OfFile(path);
        Sha256 sha;
        sha.update(bytes);
        return sha.hexDigest();
    });
    std::optional<GdeltFileProgress> fileProgress;
    if (progress) fileProgress.emplace(*progress, out.report.bytes, input->textBytes());
    GdeltFileProgress* const toReport = fileProgress ? &*fileProgress : nullptr;
    auto scanned = scanBlocks(path, *input, settings, cancel, splitAcrossCores, toReport, out.scan);
    auto sha = shaFuture.get();
    if (!scanned) return std::unexpected(scanned.error());
    if (!sha) return std::unexpected(sha.error());
    out.report.sha256 = *sha;
    if (toReport) toReport->finish(out.scan.counts.rowsRead);
    out.report.counts = out.scan.counts;
    return out;
}

}  // namespace aitocracy::core
