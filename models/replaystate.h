#pragma once

#include "dispatchorder.h"
#include "hlc.h"
#include "record.h"

#include <QHash>
#include <QString>

#include <array>

namespace tw {

class Store;

/// The city as values at one moment: every record of every kind and every dispatch order. What
/// the map, the incident list and the order panels show during replay. Copies are cheap (the
/// containers are implicitly shared), so checkpoints are plain copies.
struct ReplayState {
    static constexpr int kindCount = int(ResourceKind::Incidents) + 1;

    qint64 atMs = 0;         ///< the moment this state describes
    qint64 lastLocalSeq = 0; ///< the last mutation-log row folded in (0 for the empty city)
    qint64 mutationCount = 0;
    /// Logged mutations the replay does not know how to fold in (by name): their effects are
    /// missing from this state, so the UI can say so instead of showing a wrong city silently.
    QHash<QString, int> unknownMutations;

    std::array<QHash<QString, Record>, kindCount> records;
    QHash<QString, DispatchOrder> orders;
    /// Last-writer-wins stamps: entity id -> field ("position", "status", ...) -> HLC.
    QHash<QString, QHash<QString, Hlc>> lww;

    QHash<QString, Record> &recordsOf(ResourceKind kind) { return records[size_t(kind)]; }
    const QHash<QString, Record> &recordsOf(ResourceKind kind) const { return records[size_t(kind)]; }
    /// The record, or nullptr when it does not exist at this moment.
    const Record *record(ResourceKind kind, const QString &id) const;
    /// Orders of one incident (all when empty), oldest first.
    QList<DispatchOrder> dispatchOrders(const QString &incidentId = {}) const;
    /// Records plus orders: a rough size, used to space checkpoints.
    qsizetype size() const;

    /// Reads the live state of a store (records of every kind, every dispatch order).
    static ReplayState fromStore(const Store &store);
    /// The first difference between two states in records and orders, as a readable line;
    /// empty when they are equal. Bookkeeping (seq, counts, LWW stamps) is not compared.
    static QString difference(const ReplayState &a, const ReplayState &b);
};

/// A field value in the type the store reads it back as (integers as qint64, reals as double,
/// text as QString); invalid for null or blank.
QVariant canonicalFieldValue(const FieldDef &field, const QVariant &value);

} // namespace tw
