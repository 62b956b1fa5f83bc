// Bulk batches: the R*Tree and full-text rows of records created in one transaction, written at
// commit with one INSERT ... SELECT per kind instead of one statement per record.
//
// A bulk fill costs well under half of the row-by-row writes (100k teams: R*Tree about 0.6 s
// instead of 1.5 s, full text about 0.8 s instead of 3 s of CPU), because SQLite builds the
// entries inside one statement instead of stepping a statement, binding values and building the
// search text per record. When the batch adds many points, the R*Tree is packed whole instead
// (storertreepack.cpp, about 0.1 s for 100k).
//
// Which rows wait: a kind's records with a row id above the highest one the table had before the
// transaction's first insert of that kind. SQLite gives a new row the highest id plus one, so
// every record created in the transaction is above that floor and every older record is at or
// below it, also when a record is deleted and another created in the same transaction (the new
// one reuses the id only if it is above the floor). Updates of waiting rows skip their index
// writes (the fill reads the final values); deletes of waiting rows find no index rows to remove.

#include "storeengine.h"

#include "storeschema.h"

namespace tw::Internal {

void StoreEngine::deferIndexes()
{
    if (m_deferIndexes) {
        return;
    }
    m_deferIndexes = true;
    m_deferredFloor.fill(-1);
}

Status StoreEngine::noteDeferredFloor(const KindDef &kind)
{
    if (!m_deferIndexes || m_deferredFloor[size_t(kind.kind)] >= 0) {
        return {};
    }
    if (!kind.hasPoint && StoreSchema::searchableColumns(kind).isEmpty()) {
        return {};
    }
    Result<SqliteStatement *> query =
        nativeStatement(QStringLiteral("SELECT coalesce(max(rid), 0) FROM %1").arg(kind.table));
    if (!query) {
        return query.error();
    }
    SqliteStatement &q = **query;
    if (!q.exec() || !q.next()) {
        return q.failure();
    }
    m_deferredFloor[size_t(kind.kind)] = q.integer(0);
    q.finish();
    return {};
}

bool StoreEngine::indexDeferred(const KindDef &kind, qint64 rid) const
{
    if (!m_deferIndexes) {
        return false;
    }
    const qint64 floor = m_deferredFloor[size_t(kind.kind)];
    return floor >= 0 && rid > floor;
}

// Whether the kind's spatial index is cheaper rebuilt whole (packRtree()) than added to: SQLite
// inserts an entry in about 6 µs, the packing costs about 1.5 µs per entry of the whole table.
Result<bool> StoreEngine::packRtreeRatherThanFill(const KindDef &kind, qint64 floor)
{
    constexpr qint64 kFewest = 1024;
    Result<SqliteStatement *> count =
        nativeStatement(QStringLiteral("SELECT count(*), count(CASE WHEN rid > ? THEN 1 END) FROM %1").arg(kind.table));
    if (!count) {
        return count.error();
    }
    SqliteStatement &q = **count;
    q.bindInteger(0, floor);
    if (!q.exec() || !q.next()) {
        return q.failure();
    }
    const qint64 total = q.integer(0);
    const qint64 added = q.integer(1);
    q.finish();
    return added >= kFewest && added * 4 >= total;
}

Status StoreEngine::writeDeferredIndexes()
{
    if (!m_deferIndexes) {
        return {};
    }
    for (const KindDef &kind : allKinds()) {
        const qint64 floor = m_deferredFloor[size_t(kind.kind)];
        if (floor < 0) {
            continue;
        }
        const QString condition = QStringLiteral("t.rid > ?");
        QStringList fills;
        if (kind.hasPoint) {
            Result<bool> pack = packRtreeRatherThanFill(kind, floor);
            if (!pack) {
                return pack.error();
            }
            Result<bool> packed = *pack ? packRtree(kind) : Result<bool>(false);
            if (!packed) {
                return packed.error();
            }
            if (!*packed) {
                fills << StoreSchema::rtreeFill(kind, condition);
            }
        }
        if (!StoreSchema::searchableColumns(kind).isEmpty()) {
            fills << StoreSchema::ftsFill(kind, condition);
        }
        for (const QString &sql : std::as_const(fills)) {
            Result<SqliteStatement *> fill = nativeStatement(sql);
            if (!fill) {
                return fill.error();
            }
            (*fill)->bindInteger(0, floor);
            if (!(*fill)->exec()) {
                return (*fill)->failure();
            }
        }
    }
    m_deferIndexes = false;
    return {};
}

} // namespace tw::Internal
