// Large batches: a kind's R*Tree written whole, packed bottom-up, instead of one insert per record.
//
// SQLite's R*Tree inserts one entry at a time: it chooses a leaf, rewrites that node (about 1.2 KB)
// and the boxes above it, and splits nodes as they fill. For 100k points that is about 0.6 s. When
// a transaction adds many records, the tree is rebuilt from the table instead: the points are
// grouped into full nodes by Sort-Tile-Recursive packing (slices by longitude, runs by latitude in
// each slice, the same again one level up) and the nodes are written straight into the R*Tree's
// own tables, for about a tenth of the time and a tree whose nodes overlap less.
//
// The format written is SQLite's documented R*Tree storage, which SQLite keeps readable for every
// database ever written: "<name>_node" holds each node as a blob (2-byte tree depth, used in the
// root, node number 1; 2-byte cell count; cells of an 8-byte id and the box as 32-bit floats, all
// big-endian), "<name>_parent" each node's parent and "<name>_rowid" each entry's leaf. Boxes are
// rounded outwards to floats exactly as SQLite rounds them (rtreeValueDown / rtreeValueUp), so an
// entry reads back the same as if SQLite had inserted it; tests check the tree with rtreecheck().

#include "storeengine.h"

#include "sqlitehelpers.h"
#include "storeschema.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace tw::Internal {

namespace {

constexpr double kRoundTowardZero = 1.0 - 1.0 / 8388608.0;
constexpr double kRoundAwayFromZero = 1.0 + 1.0 / 8388608.0;
constexpr int kCellBytes = 8 + 4 * 4; // id, then min and max of two dimensions
constexpr int kNodeHeaderBytes = 4;   // depth, cell count

float roundedDown(double d)
{
    float f = float(d);
    if (double(f) > d) {
        f = float(d * (d < 0 ? kRoundAwayFromZero : kRoundTowardZero));
    }
    return f;
}

float roundedUp(double d)
{
    float f = float(d);
    if (double(f) < d) {
        f = float(d * (d < 0 ? kRoundTowardZero : kRoundAwayFromZero));
    }
    return f;
}

/// One cell: a record's point (id = row id) or a child node's bounds (id = the child's index in
/// the level below until node numbers are known).
struct Cell {
    qint64 id = 0;
    float minLon = 0;
    float maxLon = 0;
    float minLat = 0;
    float maxLat = 0;
};

using Node = std::vector<Cell>;

/// Groups cells into nodes of at most `fill` cells, neighbours together: vertical slices of
/// about sqrt(node count) nodes each by longitude, runs of `fill` by latitude within a slice.
std::vector<Node> tile(std::vector<Cell> &cells, size_t fill)
{
    const size_t count = cells.size();
    const size_t nodes = (count + fill - 1) / fill;
    const auto slices = size_t(std::ceil(std::sqrt(double(nodes))));
    const size_t perSlice = std::max<size_t>(1, (nodes + slices - 1) / slices) * fill;
    const auto lon = [](const Cell &a, const Cell &b) { return double(a.minLon) + a.maxLon < double(b.minLon) + b.maxLon; };
    const auto lat = [](const Cell &a, const Cell &b) { return double(a.minLat) + a.maxLat < double(b.minLat) + b.maxLat; };
    std::sort(cells.begin(), cells.end(), lon);
    std::vector<Node> out;
    out.reserve(nodes);
    for (size_t slice = 0; slice < count; slice += perSlice) {
        const auto first = cells.begin() + qsizetype(slice);
        const auto last = cells.begin() + qsizetype(std::min(count, slice + perSlice));
        std::sort(first, last, lat);
        for (auto it = first; it < last; it += qsizetype(std::min<size_t>(fill, size_t(last - it)))) {
            out.emplace_back(it, it + qsizetype(std::min<size_t>(fill, size_t(last - it))));
        }
    }
    return out;
}

Cell bounds(const Node &node, qint64 id)
{
    Cell box{id, node.front().minLon, node.front().maxLon, node.front().minLat, node.front().maxLat};
    for (const Cell &cell : node) {
        box.minLon = std::min(box.minLon, cell.minLon);
        box.maxLon = std::max(box.maxLon, cell.maxLon);
        box.minLat = std::min(box.minLat, cell.minLat);
        box.maxLat = std::max(box.maxLat, cell.maxLat);
    }
    return box;
}

void putFloat(char *at, float value)
{
    quint32 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    qToBigEndian(bits, at);
}

QByteArray nodeBlob(const Node &node, int nodeBytes, int depth, const std::vector<qint64> &childNumbers)
{
    QByteArray blob(nodeBytes, '\0');
    char *data = blob.data();
    qToBigEndian(quint16(depth), data);
    qToBigEndian(quint16(node.size()), data + 2);
    char *cell = data + kNodeHeaderBytes;
    for (const Cell &c : node) {
        qToBigEndian(childNumbers.empty() ? c.id : childNumbers[size_t(c.id)], cell);
        putFloat(cell + 8, c.minLon);
        putFloat(cell + 12, c.maxLon);
        putFloat(cell + 16, c.minLat);
        putFloat(cell + 20, c.maxLat);
        cell += kCellBytes;
    }
    return blob;
}

} // namespace

Result<bool> StoreEngine::packRtree(const KindDef &kind)
{
    const QString rtree = StoreSchema::rtreeTable(kind);
    Result<SqliteStatement *> size = nativeStatement(QStringLiteral("SELECT length(data) FROM %1_node WHERE nodeno = 1").arg(rtree));
    if (!size) {
        return size.error();
    }
    if (!(*size)->exec() || !(*size)->next()) {
        return (*size)->failure();
    }
    // The node size is the root's (SQLite reads it from there); the cells a node holds follow.
    const int nodeBytes = int((*size)->integer(0));
    (*size)->finish();
    const int capacity = (nodeBytes - kNodeHeaderBytes) / kCellBytes;
    if (capacity < 4) {
        return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "the spatial index has an unexpected node size (%1 bytes)")).arg(nodeBytes), {}, rtree};
    }
    // Leaves are left a little room, so that the next records added one by one seldom split them.
    const auto fill = size_t(std::max(2, capacity * 9 / 10));

    Result<SqliteStatement *> points = nativeStatement(QStringLiteral("SELECT rid, lon, lat FROM %1").arg(kind.table));
    if (!points) {
        return points.error();
    }
    std::vector<Cell> cells;
    SqliteStatement &p = **points;
    if (!p.exec()) {
        return p.failure();
    }
    while (p.next()) {
        const double lon = p.real(1);
        const double lat = p.real(2);
        cells.push_back(Cell{p.integer(0), roundedDown(lon), roundedUp(lon), roundedDown(lat), roundedUp(lat)});
    }
    p.finish();

    // Levels from the leaves up; the last has one node, the root.
    std::vector<std::vector<Node>> levels;
    levels.push_back(cells.empty() ? std::vector<Node>(1) : tile(cells, fill));
    while (levels.back().size() > 1) {
        std::vector<Cell> parents;
        const std::vector<Node> &below = levels.back();
        parents.reserve(below.size());
        for (size_t i = 0; i < below.size(); ++i) {
            parents.push_back(bounds(below[i], qint64(i)));
        }
        levels.push_back(tile(parents, fill));
    }
    // Node numbers from the root (1) down, level by level.
    std::vector<std::vector<qint64>> numbers(levels.size());
    qint64 next = 1;
    for (size_t level = levels.size(); level-- > 0;) {
        for (size_t i = 0; i < levels[level].size(); ++i) {
            numbers[level].push_back(next++);
        }
    }

    bool first = true;
    for (const QString &sql : {QStringLiteral("DELETE FROM %1_node"), QStringLiteral("DELETE FROM %1_parent"),
                               QStringLiteral("DELETE FROM %1_rowid")}) {
        Result<SqliteStatement *> clear = nativeStatement(sql.arg(rtree));
        if (!clear || !(*clear)->exec()) {
            if (first) {
                // A connection that keeps the R*Tree's own tables read-only (SQLite's "defensive"
                // setting): nothing was changed, SQLite fills the tree itself.
                return false;
            }
            return clear ? (*clear)->failure() : clear.error();
        }
        first = false;
    }
    Result<SqliteStatement *> writeNode = nativeStatement(QStringLiteral("INSERT INTO %1_node(nodeno, data) VALUES (?, ?)").arg(rtree));
    Result<SqliteStatement *> writeParent = nativeStatement(QStringLiteral("INSERT INTO %1_parent(nodeno, parentnode) VALUES (?, ?)").arg(rtree));
    Result<SqliteStatement *> writeLeaf = nativeStatement(QStringLiteral("INSERT INTO %1_rowid(rowid, nodeno) VALUES (?, ?)").arg(rtree));
    for (const auto *statement : {&writeNode, &writeParent, &writeLeaf}) {
        if (!*statement) {
            return statement->error();
        }
    }
    const int depth = int(levels.size()) - 1;
    std::vector<std::pair<qint64, qint64>> leafOf; // (row id, leaf node number)
    leafOf.reserve(cells.size());
    for (size_t level = 0; level < levels.size(); ++level) {
        const std::vector<qint64> noChildren;
        const std::vector<qint64> &childNumbers = level == 0 ? noChildren : numbers[level - 1];
        for (size_t i = 0; i < levels[level].size(); ++i) {
            const Node &node = levels[level][i];
            const qint64 number = numbers[level][i];
            SqliteStatement &w = **writeNode;
            w.bindInteger(0, number);
            w.bindValue(1, nodeBlob(node, nodeBytes, number == 1 ? depth : 0, childNumbers));
            if (!w.exec()) {
                return w.failure();
            }
            for (const Cell &cell : node) {
                if (level == 0) {
                    leafOf.emplace_back(cell.id, number);
                    continue;
                }
                SqliteStatement &parent = **writeParent;
                parent.bindInteger(0, childNumbers[size_t(cell.id)]);
                parent.bindInteger(1, number);
                if (!parent.exec()) {
                    return parent.failure();
                }
            }
        }
    }
    std::sort(leafOf.begin(), leafOf.end());
    SqliteStatement &leaf = **writeLeaf;
    for (const auto &[rid, node] : leafOf) {
        leaf.bindInteger(0, rid);
        leaf.bindInteger(1, node);
        if (!leaf.exec()) {
            return leaf.failure();
        }
    }
    return true;
}

} // namespace tw::Internal
