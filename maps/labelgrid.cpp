#include "labelgrid.h"

#include <algorithm>
#include <cmath>

namespace tw {

LabelGrid::LabelGrid(QSize area, int cellSize)
    : m_area(area), m_cellSize(std::max(8, cellSize)), m_columns(std::max(1, (area.width() + m_cellSize - 1) / m_cellSize)),
      m_rows(std::max(1, (area.height() + m_cellSize - 1) / m_cellSize)), m_cells(std::size_t(m_columns * m_rows))
{
}

void LabelGrid::reset(QSize area)
{
    if (area != m_area) {
        *this = LabelGrid(area, m_cellSize);
        return;
    }
    for (std::vector<QRectF> &cell : m_cells) {
        cell.clear();
    }
    m_placed = 0;
}

template<typename F>
void LabelGrid::forCells(const QRectF &box, F &&f) const
{
    const int x0 = std::clamp(int(std::floor(box.left() / m_cellSize)), 0, m_columns - 1);
    const int x1 = std::clamp(int(std::floor(box.right() / m_cellSize)), 0, m_columns - 1);
    const int y0 = std::clamp(int(std::floor(box.top() / m_cellSize)), 0, m_rows - 1);
    const int y1 = std::clamp(int(std::floor(box.bottom() / m_cellSize)), 0, m_rows - 1);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            if (!f(std::size_t(y * m_columns + x))) {
                return;
            }
        }
    }
}

bool LabelGrid::isFree(const QRectF &box) const
{
    if (!QRectF(QPointF(0, 0), QSizeF(m_area)).contains(box)) {
        return false; // a label cut by the edge reads badly
    }
    bool free = true;
    forCells(box, [&](std::size_t cell) {
        for (const QRectF &placed : m_cells[cell]) {
            if (placed.intersects(box)) {
                free = false;
                return false;
            }
        }
        return true;
    });
    return free;
}

bool LabelGrid::tryPlace(const QRectF &box)
{
    if (!isFree(box)) {
        return false;
    }
    place(box);
    return true;
}

void LabelGrid::place(const QRectF &box)
{
    auto &cells = m_cells;
    forCells(box, [&](std::size_t cell) {
        cells[cell].push_back(box);
        return true;
    });
    ++m_placed;
}

} // namespace tw
