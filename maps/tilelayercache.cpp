#include "tilelayercache.h"

#include "tilemanager.h"
#include "tilesource.h"
#include "tileview.h"
#include "webmercator.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tw {

namespace {

constexpr int kTile = WebMercator::kTileSize;
constexpr int kMaxAncestorLevels = 8;
// The tile zoom is the rounded camera zoom, so a level is drawn at most sqrt(2) smaller than its
// own resolution; further out (a source whose minimum zoom is above the view's) tiles are drawn
// one by one rather than composing four times the screen.
constexpr double kMaxShrink = 1.4142136;
constexpr int kSpareSlots = 2; // room to pan before the image has to shift
// Levels kept per source: a zoom in and back out across a district spans three or four, and
// each kept level is one less recomposition (about 20 MB of copying) in the middle of it.
constexpr int kLevelsPerSource = 4;
constexpr qint64 kMaxCanvasBytes = 96ll << 20;
constexpr qint64 kMaxTotalBytes = 160ll << 20;
constexpr qint64 kCellBytes = qint64(kTile) * kTile * 4;

} // namespace

void TileLayerCache::clear()
{
    m_canvases.clear();
    m_drawnSources.clear();
}

qint64 TileLayerCache::bytes() const
{
    qint64 total = 0;
    for (const auto &canvas : m_canvases) {
        total += canvas->image.sizeInBytes();
    }
    return total;
}

void TileLayerCache::dropUnused()
{
    std::erase_if(m_canvases, [this](const std::unique_ptr<Canvas> &canvas) { return !m_drawnSources.contains(canvas->sourceId); });
    m_drawnSources.clear();
}

bool TileLayerCache::draw(QPainter &painter, const TileView &view, TileManager &tiles, const TileSourceSpec &source,
                          int z, bool smooth, TileDrawStats &stats)
{
    const double shrink = view.shrink(z); // canvas pixels per view pixel
    if (shrink > kMaxShrink || painter.deviceTransform().type() > QTransform::TxTranslate || !painter.device()
        || painter.device()->devicePixelRatio() != 1.0) {
        return false;
    }
    if (tiles.instanceId() != m_managerId) {
        // Another manager's tiles: nothing composed is valid, but the images can be reused.
        for (const auto &canvas : m_canvases) {
            canvas->cells.assign(canvas->cells.size(), Cell{});
        }
        m_managerId = tiles.instanceId();
    }
    if (view.size != m_viewport) {
        clear();
        m_viewport = view.size;
        // The most a view of this size needs (zoomed out half a level from the tiles), and room to pan.
        m_maxSlots = QSize(int(std::ceil(m_viewport.width() * kMaxShrink / kTile)) + 1 + kSpareSlots,
                           int(std::ceil(m_viewport.height() * kMaxShrink / kTile)) + 1 + kSpareSlots);
    }
    if (m_maxSlots.width() * m_maxSlots.height() * kCellBytes > kMaxCanvasBytes) {
        return false;
    }
    const QRect range = view.tileRange(z);
    if (range.isEmpty()) {
        return true; // the view is above or below the world
    }
    if (range.width() > m_maxSlots.width() || range.height() > m_maxSlots.height()) {
        return false;
    }
    m_drawnSources.insert(source.id);
    ++m_frame;
    // A level drawn at its own scale give or take half a level gets a canvas for the largest view
    // of it (no growing while zooming); one drawn far past its deepest zoom only what it shows.
    const bool overzoomed = shrink < 1.0 / kMaxShrink - 1e-9;
    Canvas *canvas = canvasFor(source, z, range, overzoomed);
    if (!canvas) {
        return false;
    }

    // Compose what is missing or out of date, centre first: requests go out in that order.
    TileDrawStats counted;
    QPainter composer; // begun on the canvas when a cell needs more than a copy
    std::vector<QPoint> holes; // cells with nothing to show yet, not yet cleared
    bool anything = false;
    for (const QPoint &cell : view.cellsCentreFirst(z)) {
        const QPoint slot = cell - canvas->origin;
        Cell &state = canvas->cells[std::size_t(slot.y() * canvas->slots.width() + slot.x())];
        if (composeCell(composer, *canvas, state, cell, tiles, source, z, counted)) {
            anything = true;
        } else if (state.level != kEmpty) {
            holes.push_back(slot);
        }
    }
    if (composer.isActive()) {
        composer.end();
    }
    if (!anything) {
        stats.missing += counted.missing;
        return true; // a cold view: nothing to show, and no need to clear the cells for it
    }
    // Composing a whole level (a cold screen, a new zoom level) costs about as much as drawing
    // its tiles one by one once, and the next frames are then one copy each.
    for (const QPoint &slot : holes) {
        clearSlot(*canvas, slot);
    }
    stats.tilesDrawn += counted.tilesDrawn;
    stats.placeholders += counted.placeholders;
    stats.missing += counted.missing;
    stats.composed += counted.composed;

    // The composed cells under the view, in one draw.
    const QPointF viewOrigin = view.topLeft * shrink - QPointF(canvas->origin) * kTile; // canvas px of the view's (0, 0)
    const QRect composed(QPoint(range.left() - canvas->origin.x(), range.top() - canvas->origin.y()) * kTile,
                         QSize(range.width(), range.height()) * kTile);
    painter.save();
    painter.setOpacity(source.opacity);
    if (std::abs(shrink - 1.0) < 1e-9) {
        // Whole pixels: a plain copy, placed as the tiles' rounded edges would be.
        const QPoint offset(int(std::round(-viewOrigin.x())), int(std::round(-viewOrigin.y())));
        const QRect target = QRect(QPoint(0, 0), view.size).intersected(composed.translated(offset));
        if (!target.isEmpty()) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
            painter.drawImage(target.topLeft(), canvas->image, target.translated(-offset));
        }
    } else {
        const QRectF part = QRectF(viewOrigin, QSizeF(view.size) * shrink).intersected(QRectF(composed));
        if (!part.isEmpty()) {
            const QRectF target((part.topLeft() - viewOrigin) / shrink, part.size() / shrink);
            painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
            painter.drawImage(target, canvas->image, part);
        }
    }
    painter.restore();
    return true;
}

TileLayerCache::Canvas *TileLayerCache::canvasFor(const TileSourceSpec &source, int z, const QRect &range, bool small)
{
    const QSize wanted = small ? QSize(range.width() + kSpareSlots, range.height() + kSpareSlots).boundedTo(m_maxSlots) : m_maxSlots;
    Canvas *same = nullptr;
    Canvas *oldest = nullptr; // of this source
    int ofSource = 0;
    for (const auto &canvas : m_canvases) {
        if (canvas->sourceId != source.id) {
            continue;
        }
        ++ofSource;
        if (canvas->z == z) {
            same = canvas.get();
        } else if (!oldest || canvas->lastUse < oldest->lastUse) {
            oldest = canvas.get();
        }
    }
    if (same) {
        if (!QRect(same->origin, same->slots).contains(range)) {
            const QSize slots = same->slots.expandedTo(wanted);
            if (slots != same->slots && !makeRoom(qint64(slots.width()) * slots.height() * kCellBytes - same->image.sizeInBytes())) {
                return nullptr;
            }
            relocate(*same, centredOrigin(range, slots), slots);
        }
        same->lastUse = m_frame;
        return same;
    }
    Canvas *canvas = nullptr;
    if (ofSource >= kLevelsPerSource && oldest) {
        canvas = oldest; // reuse its image: no new allocation while zooming
        canvas->cells.assign(canvas->cells.size(), Cell{});
    } else {
        if (!makeRoom(wanted.width() * wanted.height() * kCellBytes)) {
            return nullptr;
        }
        auto created = std::make_unique<Canvas>();
        created->sourceId = source.id;
        canvas = created.get();
        m_canvases.push_back(std::move(created));
    }
    canvas->z = z;
    const QSize slots = canvas->slots.expandedTo(wanted);
    if (slots != canvas->slots) {
        canvas->image = newCanvasImage(slots);
        if (canvas->image.isNull()) {
            std::erase_if(m_canvases, [canvas](const std::unique_ptr<Canvas> &c) { return c.get() == canvas; });
            return nullptr;
        }
        canvas->slots = slots;
        canvas->cells.assign(std::size_t(slots.width()) * slots.height(), Cell{});
    }
    canvas->origin = centredOrigin(range, canvas->slots);
    canvas->lastUse = m_frame;
    return canvas;
}

// Not cleared: every cell is written before it is drawn (composed or cleared to transparent),
// and untouched memory costs nothing until then.
QImage TileLayerCache::newCanvasImage(QSize slots)
{
    return QImage(slots * kTile, QImage::Format_ARGB32_Premultiplied);
}

QPoint TileLayerCache::centredOrigin(const QRect &range, QSize slots)
{
    return {range.left() - (slots.width() - range.width()) / 2, range.top() - (slots.height() - range.height()) / 2};
}

bool TileLayerCache::makeRoom(qint64 moreBytes)
{
    while (bytes() + moreBytes > kMaxTotalBytes) {
        auto victim = std::min_element(m_canvases.begin(), m_canvases.end(),
                                       [](const auto &a, const auto &b) { return a->lastUse < b->lastUse; });
        if (victim == m_canvases.end() || (*victim)->lastUse == m_frame) {
            return false; // everything is in use this frame: draw without the cache
        }
        m_canvases.erase(victim);
    }
    return true;
}

// Moves the canvas to cover `slots` cells from `origin`, keeping the composed cells that stay
// inside (their rows of pixels moved, in place when the size is the same), so a pan keeps what
// it already has.
void TileLayerCache::relocate(Canvas &canvas, QPoint origin, QSize slots) const
{
    const QRect before(canvas.origin, canvas.slots);
    const QRect after(origin, slots);
    const QRect kept = before.intersected(after); // in cell coordinates
    std::vector<Cell> cells(std::size_t(slots.width()) * slots.height());
    for (int y = kept.top(); y <= kept.bottom(); ++y) {
        for (int x = kept.left(); x <= kept.right(); ++x) {
            cells[std::size_t((y - origin.y()) * slots.width() + x - origin.x())] =
                canvas.cells[std::size_t((y - canvas.origin.y()) * canvas.slots.width() + x - canvas.origin.x())];
        }
    }
    const bool inPlace = slots == canvas.slots;
    QImage grown;
    if (!inPlace) {
        grown = newCanvasImage(slots);
    }
    QImage &target = inPlace ? canvas.image : grown; // not shared: bits() does not copy
    if (target.isNull()) {
        cells.assign(cells.size(), Cell{});
    } else if (!kept.isEmpty()) {
        uchar *to = target.bits();
        const uchar *from = inPlace ? to : canvas.image.constBits();
        const qsizetype fromLine = canvas.image.bytesPerLine();
        const qsizetype toLine = target.bytesPerLine();
        const std::size_t spanBytes = std::size_t(kept.width()) * kTile * 4;
        auto moveLine = [&](int line) { // line: pixel row of `kept`, from its top
            const int fromRow = (kept.top() - canvas.origin.y()) * kTile + line;
            const int toRow = (kept.top() - origin.y()) * kTile + line;
            std::memmove(to + toRow * toLine + (kept.left() - origin.x()) * kTile * 4,
                         from + fromRow * fromLine + (kept.left() - canvas.origin.x()) * kTile * 4, spanBytes);
        };
        // In place, moving up: top rows first, so a row is read before it is overwritten.
        if (origin.y() >= canvas.origin.y()) {
            for (int line = 0; line < kept.height() * kTile; ++line) {
                moveLine(line);
            }
        } else {
            for (int line = kept.height() * kTile - 1; line >= 0; --line) {
                moveLine(line);
            }
        }
    }
    if (!inPlace) {
        canvas.image = grown;
    }
    canvas.origin = origin;
    canvas.slots = canvas.image.isNull() ? QSize() : slots;
    canvas.cells = std::move(cells);
}

void TileLayerCache::clearSlot(Canvas &canvas, QPoint slot)
{
    uchar *bits = canvas.image.bits();
    const qsizetype bytesPerLine = canvas.image.bytesPerLine();
    for (int row = 0; row < kTile; ++row) {
        std::memset(bits + (slot.y() * kTile + row) * bytesPerLine + slot.x() * kTile * 4, 0, kTile * 4); // transparent
    }
    canvas.cells[std::size_t(slot.y() * canvas.slots.width() + slot.x())] = {0, kEmpty};
}

bool TileLayerCache::composeCell(QPainter &composer, Canvas &canvas, Cell &cell, QPoint column, TileManager &tiles,
                                 const TileSourceSpec &source, int z, TileDrawStats &stats) const
{
    const QRect slotRect((column - canvas.origin) * kTile, QSize(kTile, kTile));
    // Copies (part of) an image into the cell.
    auto paint = [&](const QImage &image, const QRectF &part) {
        ++stats.composed;
        const bool whole = part == QRectF(0, 0, kTile, kTile) && image.size() == QSize(kTile, kTile);
        if (whole && (image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32_Premultiplied)) {
            // A whole tile replaces the cell: a plain copy of its rows (the same as drawing it
            // with CompositionMode_Source), with no hand-over to Qt's fill threads per tile.
            uchar *bits = canvas.image.bits();
            const qsizetype bytesPerLine = canvas.image.bytesPerLine();
            for (int row = 0; row < kTile; ++row) {
                std::memcpy(bits + (slotRect.top() + row) * bytesPerLine + slotRect.left() * 4, image.constScanLine(row), kTile * 4);
            }
            return true;
        }
        if (!composer.isActive()) {
            composer.begin(&canvas.image);
        }
        composer.setCompositionMode(QPainter::CompositionMode_Source);
        if (image.hasAlphaChannel()) {
            composer.fillRect(slotRect, Qt::transparent);
            composer.setCompositionMode(QPainter::CompositionMode_SourceOver);
        }
        composer.setRenderHint(QPainter::SmoothPixmapTransform, !whole);
        composer.drawImage(QRectF(slotRect), image, part);
        return true;
    };

    const TileId tile = wrappedTile(z, column.x(), column.y());
    bool known = false;
    quint64 serial = 0;
    const QImage image = tiles.tile({source.id, tile}, &known, &serial);
    if (!image.isNull()) {
        if ((cell.level != 0 || cell.serial != serial) && paint(image, QRectF(image.rect()))) {
            cell = {serial, 0};
        }
        ++stats.tilesDrawn;
        return true;
    }
    tiles.request(source, tile);
    if (cell.level == 0 && !known) {
        ++stats.tilesDrawn; // composed before and since dropped from RAM: shown while it reloads
        return true;
    }
    // Placeholder: the nearest loaded ancestor, the part of it that covers this tile.
    for (int up = 1; up <= kMaxAncestorLevels && tile.z - up >= source.minZoom; ++up) {
        const TileId ancestor{tile.z - up, tile.x >> up, tile.y >> up};
        quint64 ancestorSerial = 0;
        const QImage parent = tiles.tile({source.id, ancestor}, nullptr, &ancestorSerial);
        if (parent.isNull()) {
            continue;
        }
        const double part = double(parent.width()) / (1 << up);
        if ((cell.level != up || cell.serial != ancestorSerial)
            && paint(parent, QRectF((tile.x - (ancestor.x << up)) * part, (tile.y - (ancestor.y << up)) * part, part, part))) {
            cell = {ancestorSerial, up};
        }
        ++stats.placeholders;
        return true;
    }
    if (cell.level > 0) {
        ++stats.placeholders; // its ancestor left RAM: keep showing it
        return true;
    }
    ++stats.missing;
    return false;
}

} // namespace tw
