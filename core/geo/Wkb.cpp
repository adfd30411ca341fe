#include "geo/Wkb.h"

#include <bit>
#include <cstring>

namespace aitocracy::core {
namespace {

class Writer {
public:
    void byte(std::uint8_t b) { out.push_back(b); }
    void u32(std::uint32_t v) { append(&v, sizeof v); }
    void f64(double v) { append(&v, sizeof v); }
    std::vector<std::uint8_t> out;

private:
    // WKB is written little-endian; the targets we build for are little-endian.
    static_assert(std::endian::native == std::endian::little);
    void append(const void* p, std::size_t n)
    {
        const auto* b = static_cast<const std::uint8_t*>(p);
        out.insert(out.end(), b, b + n);
    }
};

class Reader {
public:
    explicit Reader(std::span<const std::uint8_t> data) : data_(data) {}
    bool failed = false;

    std::uint8_t byte()
    {
        if (pos_ + 1 > data_.size()) return fail<std::uint8_t>();
        return data_[pos_++];
    }
    std::uint32_t u32(bool little)
    {
        std::uint32_t v = 0;
        if (!read(&v, sizeof v, little)) return 0;
        return v;
    }
    double f64(bool little)
    {
        double v = 0;
        if (!read(&v, sizeof v, little)) return 0;
        return v;
    }
    [[nodiscard]] std::size_t remaining() const { return data_.size() - pos_; }

private:
    template <typename T>
    T fail()
    {
        failed = true;
        return T{};
    }
    bool read(void* dst, std::size_t n, bool little)
    {
        if (pos_ + n > data_.size()) return fail<bool>();
        std::uint8_t tmp[8];
        std::memcpy(tmp, data_.data() + pos_, n);
        if (!little)
            for (std::size_t i = 0; i < n / 2; ++i) std::swap(tmp[i], tmp[n - 1 - i]);
        std::memcpy(dst, tmp, n);
        pos_ += n;
        return true;
    }
    std::span<const std::uint8_t> data_;
    std::size_t pos_ = 0;
};

void writePolygon(Writer& w, const Polygon& polygon)
{
    w.byte(1);
    w.u32(3);
    w.u32(static_cast<std::uint32_t>(polygon.rings.size()));
    for (const auto& ring : polygon.rings) {
        w.u32(static_cast<std::uint32_t>(ring.size()));
        for (const auto& p : ring) {
            w.f64(p.lon);
            w.f64(p.lat);
        }
    }
}

Result<Polygon> readPolygonBody(Reader& r, bool little)
{
    Polygon polygon;
    const std::uint32_t ringCount = r.u32(little);
    // Each ring needs at least its 4-byte count: reject absurd counts before allocating.
    if (r.failed || ringCount > r.remaining() / 4) return fail("corrupt", "WKB polygon ring count is out of range");
    polygon.rings.resize(ringCount);
    for (auto& ring : polygon.rings) {
        const std::uint32_t n = r.u32(little);
        if (r.failed || n > r.remaining() / 16) return fail("corrupt", "WKB ring point count is out of range");
        ring.resize(n);
        for (auto& p : ring) {
            p.lon = r.f64(little);
            p.lat = r.f64(little);
        }
    }
    if (r.failed) return fail("corrupt", "WKB polygon is truncated");
    return polygon;
}

}  // namespace

std::vector<std::uint8_t> toWkb(const MultiPolygon& geometry)
{
    Writer w;
    w.byte(1);
    w.u32(6);
    w.u32(static_cast<std::uint32_t>(geometry.size()));
    for (const auto& polygon : geometry) writePolygon(w, polygon);
    return std::move(w.out);
}

Result<MultiPolygon> fromWkb(std::span<const std::uint8_t> wkb)
{
    Reader r(wkb);
    const bool little = r.byte() == 1;
    const std::uint32_t type = r.u32(little);
    if (r.failed) return fail("corrupt", "WKB geometry is truncated");
    MultiPolygon result;
    if (type == 3) {
        auto polygon = readPolygonBody(r, little);
        if (!polygon) return std::unexpected(polygon.error());
        result.push_back(std::move(*polygon));
        return result;
    }
    if (type != 6) return fail("corrupt", "WKB geometry type " + std::to_string(type) + " is not a (multi)polygon");
    const std::uint32_t count = r.u32(little);
    if (r.failed || count > r.remaining() / 9) return fail("corrupt", "WKB polygon count is out of range");
    for (std::uint32_t i = 0; i < count; ++i) {
        const bool partLittle = r.byte() == 1;
        const std::uint32_t partType = r.u32(partLittle);
        if (r.failed || partType != 3) return fail("corrupt", "WKB multipolygon member is not a polygon");
        auto polygon = readPolygonBody(r, partLittle);
        if (!polygon) return std::unexpected(polygon.error());
        result.push_back(std::move(*polygon));
    }
    return result;
}

}  // namespace aitocracy::core
