#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace tw {

/// An XYZ tile address: x from the west, y from the north (the TMS row is `tmsRow()`).
struct TileId {
    int z = 0;
    int x = 0;
    int y = 0;

    constexpr TileId() = default;
    constexpr TileId(int zoom, int column, int row) : z(zoom), x(column), y(row) {}

    constexpr int tilesPerSide() const { return 1 << z; }
    constexpr bool isValid() const { return z >= 0 && z <= 30 && x >= 0 && y >= 0 && x < tilesPerSide() && y < tilesPerSide(); }
    /// The row as MBTiles and TMS servers count it: from the south.
    constexpr int tmsRow() const { return tilesPerSide() - 1 - y; }
    static constexpr TileId fromTms(int zoom, int column, int tmsRow) { return {zoom, column, (1 << zoom) - 1 - tmsRow}; }
    constexpr TileId parent() const { return {z - 1, x >> 1, y >> 1}; }
    QString toString() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }

    friend constexpr bool operator==(const TileId &a, const TileId &b) { return a.z == b.z && a.x == b.x && a.y == b.y; }
    friend size_t qHash(const TileId &t, size_t seed = 0) { return qHashMulti(seed, t.z, t.x, t.y); }
};

/// A tile of one source: the key of the RAM and disk caches.
struct TileKey {
    QString sourceId;
    TileId tile;

    friend bool operator==(const TileKey &a, const TileKey &b) { return a.tile == b.tile && a.sourceId == b.sourceId; }
    friend size_t qHash(const TileKey &k, size_t seed = 0) { return qHashMulti(seed, k.sourceId, k.tile); }
};

} // namespace tw

Q_DECLARE_METATYPE(tw::TileId)
Q_DECLARE_METATYPE(tw::TileKey)
