#include "tileview.h"

#include "webmercator.h"

#include <algorithm>
#include <cmath>

namespace tw {

double TileView::shrink(int z) const
{
    return std::exp2(z - zoom);
}

QRect TileView::tileRange(int z) const
{
    if (z < 0 || z > 30 || size.isEmpty()) {
        return {};
    }
    const double scale = shrink(z) / WebMercator::kTileSize; // view px -> tile units
    const QPointF first = topLeft * scale;
    const QPointF last = first + QPointF(size.width(), size.height()) * scale;
    const int n = 1 << z;
    const int y0 = std::max(0, int(std::floor(first.y())));
    const int y1 = std::min(n - 1, int(std::floor(last.y())));
    const int x0 = int(std::floor(first.x()));
    const int x1 = int(std::floor(last.x()));
    if (y1 < y0 || x1 < x0) {
        return {};
    }
    return QRect(QPoint(x0, y0), QPoint(x1, y1));
}

QList<QPoint> TileView::cellsCentreFirst(int z) const
{
    QList<QPoint> cells;
    const QRect range = tileRange(z);
    if (range.isEmpty()) {
        return cells;
    }
    const double scale = shrink(z) / WebMercator::kTileSize;
    const QPointF middle = (topLeft + QPointF(size.width(), size.height()) / 2.0) * scale;
    cells.reserve(qsizetype(range.width()) * range.height());
    for (int y = range.top(); y <= range.bottom(); ++y) {
        for (int x = range.left(); x <= range.right(); ++x) {
            cells.append(QPoint(x, y));
        }
    }
    auto distance = [&](const QPoint &cell) {
        const double dx = cell.x() + 0.5 - middle.x();
        const double dy = cell.y() + 0.5 - middle.y();
        return dx * dx + dy * dy;
    };
    std::sort(cells.begin(), cells.end(), [&](const QPoint &a, const QPoint &b) { return distance(a) < distance(b); });
    return cells;
}

QRectF TileView::tileRect(int z, int column, int row) const
{
    const double tileSize = WebMercator::kTileSize * std::exp2(zoom - z);
    const double left = std::round(column * tileSize - topLeft.x());
    const double top = std::round(row * tileSize - topLeft.y());
    const double right = std::round((column + 1) * tileSize - topLeft.x());
    const double bottom = std::round((row + 1) * tileSize - topLeft.y());
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace tw
