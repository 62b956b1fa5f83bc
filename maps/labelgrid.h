#pragma once

#include <QRectF>
#include <QSize>

#include <vector>

namespace tw {

/// Keeps labels (and markers) from overlapping: a coarse grid of cells, each listing the boxes
/// placed over it. `tryPlace` succeeds only when the box touches no placed box.
class LabelGrid {
public:
    explicit LabelGrid(QSize area = {}, int cellSize = 64);

    /// Empties the grid for a new frame of `area`, keeping its memory.
    void reset(QSize area);

    bool isFree(const QRectF &box) const;
    /// Places the box when free; returns whether it was placed.
    bool tryPlace(const QRectF &box);
    /// Places the box whatever is there (markers that must be drawn).
    void place(const QRectF &box);
    int placedCount() const { return m_placed; }

private:
    template<typename F>
    void forCells(const QRectF &box, F &&f) const;

    QSize m_area;
    int m_cellSize;
    int m_columns;
    int m_rows;
    std::vector<std::vector<QRectF>> m_cells;
    int m_placed = 0;
};

} // namespace tw
