#pragma once

#include <bit>
#include <cstdint>
#include <vector>

namespace tw::internal {

// Neighbour search for one clustering pass: a hash grid with cells twice the radius, so the
// points within the radius of a point lie in the 2x2 block of cells around the quarter of its
// cell it is in: four hash probes per point, cheaper than walking the KD-tree from its root.
class CellGrid {
public:
    CellGrid(const std::vector<double> &xs, const std::vector<double> &ys, double cellSize)
        : m_inverse(1.0 / cellSize), m_next(xs.size(), -1)
    {
        std::size_t capacity = 16;
        while (capacity < xs.size() * 2) {
            capacity <<= 1;
        }
        m_shift = 64 - std::countr_zero(capacity);
        m_mask = capacity - 1;
        m_keys.assign(capacity, kEmpty);
        m_heads.assign(capacity, -1);
        for (std::size_t i = xs.size(); i-- > 0;) {
            const std::size_t slot = findSlot(keyOf(cell(xs[i]), cell(ys[i])), true);
            m_next[i] = m_heads[slot];
            m_heads[slot] = std::int32_t(i);
        }
    }

    std::int64_t cell(double v) const { return std::int64_t(v * m_inverse); }

    template<typename Visit>
    void around(double x, double y, Visit &&visit) const
    {
        const double fx = x * m_inverse;
        const double fy = y * m_inverse;
        const std::int64_t cx = std::int64_t(fx);
        const std::int64_t cy = std::int64_t(fy);
        const std::int64_t firstX = fx - double(cx) < 0.5 ? cx - 1 : cx;
        const std::int64_t firstY = fy - double(cy) < 0.5 ? cy - 1 : cy;
        for (std::int64_t gy = firstY; gy <= firstY + 1; ++gy) {
            for (std::int64_t gx = firstX; gx <= firstX + 1; ++gx) {
                if (gx < 0 || gy < 0) {
                    continue;
                }
                const std::size_t slot = findSlot(keyOf(gx, gy), false);
                if (slot == SIZE_MAX) {
                    continue;
                }
                for (std::int32_t j = m_heads[slot]; j >= 0; j = m_next[std::size_t(j)]) {
                    visit(std::size_t(j));
                }
            }
        }
    }

private:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t(0);
    static std::uint64_t keyOf(std::int64_t cx, std::int64_t cy) { return (std::uint64_t(cy) << 32) | std::uint64_t(cx); }

    std::size_t findSlot(std::uint64_t key, bool insert) const
    {
        std::size_t slot = std::size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift);
        while (true) {
            if (m_keys[slot] == key) {
                return slot;
            }
            if (m_keys[slot] == kEmpty) {
                if (!insert) {
                    return SIZE_MAX;
                }
                m_keys[slot] = key;
                return slot;
            }
            slot = (slot + 1) & m_mask;
        }
    }

    double m_inverse;
    int m_shift = 0;
    std::size_t m_mask = 0;
    mutable std::vector<std::uint64_t> m_keys;
    std::vector<std::int32_t> m_heads;
    std::vector<std::int32_t> m_next;
};

} // namespace tw::internal
