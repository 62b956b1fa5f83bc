#pragma once

#include "dispatchorder.h"
#include "drawing.h"
#include "hlc.h"
#include "record.h"
#include "replaytable.h"

#include <QHash>
#include <QString>

#include <array>

namespace tw {

class Store;

/// The last-writer-wins stamps of one entity: field ("position", "status", ...) -> HLC.
struct ReplayStamps {
    QString id;
    QList<QPair<QString, Hlc>> stamps;
};

/// The city as values at one moment: every record of every kind, every dispatch order and every
/// map drawing. What the map, the incident list and the order panels show during replay. Copies are cheap and
/// share every value (the tables are made of small implicitly shared shards), so checkpoints are
/// plain copies and cost only what changes after them.
struct ReplayState {
    static constexpr int kindCount = int(ResourceKind::Incidents) + 1;

    qint64 atMs = 0;         ///< the moment this state describes
    qint64 lastLocalSeq = 0; ///< the last mutation-log row folded in (0 for the empty city)
    qint64 mutationCount = 0;
    /// Logged mutations the replay does not know how to fold in (by name): their effects are
    /// missing from this state, so the UI can say so instead of showing a wrong city silently.
    QHash<QString, int> unknownMutations;

    std::array<ReplayTable<Record>, kindCount> records;
    ReplayTable<DispatchOrder> orders;
    ReplayTable<Drawing> drawings;
    /// Last-writer-wins stamps by entity id.
    ReplayTable<ReplayStamps> lww;

    ReplayTable<Record> &recordsOf(ResourceKind kind) { return records[size_t(kind)]; }
    const ReplayTable<Record> &recordsOf(ResourceKind kind) const { return records[size_t(kind)]; }
    /// The record, or nullptr when it does not exist at this moment.
    const Record *record(ResourceKind kind, const QString &id) const;
    /// The records of one kind as a list (the shape the map layers and lists take), by id.
    QList<Record> recordList(ResourceKind kind) const;
    /// Orders of one incident (all when empty), oldest first.
    QList<DispatchOrder> dispatchOrders(const QString &incidentId = {}) const;
    /// Records plus orders.
    qsizetype size() const;
    /// Estimated bytes this state copied from values it shared with other states since the last
    /// call (what a checkpoint taken before costs); resets. Bookkeeping for checkpoint spacing.
    qint64 takeCopiedBytes();
    qint64 copiedValueBytes = 0; ///< field maps and stamp lists copied (the reducer counts them)

    /// Reads the live state of a store (records of every kind, every dispatch order and drawing).
    static ReplayState fromStore(const Store &store);
    /// The first difference between two states in records, orders and drawings, as a readable line;
    /// empty when they are equal. Bookkeeping (seq, counts, LWW stamps) is not compared.
    static QString difference(const ReplayState &a, const ReplayState &b);
};

/// A field value in the type the store reads it back as (integers as qint64, reals as double,
/// text as QString); invalid for null or blank.
QVariant canonicalFieldValue(const FieldDef &field, const QVariant &value);

} // namespace tw
