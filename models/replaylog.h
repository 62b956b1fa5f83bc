#pragma once

#include "dispatchorder.h"
#include "drawing.h"
#include "mutation.h"
#include "record.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QVariantMap>

namespace tw {

class Store;

/// One logged mutation decoded for replay: its arguments are already parsed, validated and
/// turned into the values the store wrote, and every text is an index into the log's string
/// table, so folding it in is a few lookups. 72 bytes plus what `payload` points at.
struct ReplayStep {
    enum class Op : quint8 {
        Nothing, ///< changes no replayed state (timeline notes, plan ticks)
        Unknown, ///< a name replay does not know; `text` is the name
        CreateRecord, ///< payload: the record as created
        UpdateRecord, ///< payload: field values (invalid = cleared); a/b: lon/lat when flagged
        DeleteRecord,
        SetFields, ///< payload: field values written without last-writer-wins
        MergeIncident, ///< text: the surviving incident
        TeamStatus, ///< payload: {"status": ...}
        TeamPosition, ///< a/b: lon/lat, c: heading, atMs: position time (each when flagged)
        ShelterOccupancy, ///< atMs: the occupancy
        SensorReading, ///< a: the value, atMs: the reading time
        StockAdjust, ///< id: warehouse, text: item, a: delta
        StockReserve, ///< id: warehouse, text: item, a: quantity
        StockRelease, ///< id: warehouse, text: item, a: quantity
        DispatchPropose, ///< payload: the order as proposed (without its exercise id)
        DispatchStep, ///< kind: the target status (dispatchSteps()), text: the reason
        CreateDrawing, ///< payload: the drawing as created
        UpdateDrawing, ///< payload: the changed parts (flags say which; an empty colour keeps it)
        DeleteDrawing,
    };
    enum Flag : quint8 {
        HasLon = 1,
        HasLat = 2,
        HasHeading = 4, ///< c holds a heading (or HeadingCleared)
        HeadingCleared = 8, ///< the heading argument was blank: the field is cleared
        HasAt = 16, ///< atMs holds the position time (else the field is cleared)
        DrawingPoints = 1, ///< UpdateDrawing: the flags say which parts change
        DrawingRadius = 2,
        DrawingLabel = 4,
        DrawingColor = 8,
    };

    qint64 localSeq = 0;
    qint64 wallMs = 0; ///< HLC wall clock: the mutation's time
    qint64 logMs = 0; ///< the log's time after this row (the latest wall clock so far)
    qint64 atMs = 0;
    double a = 0.0;
    double b = 0.0;
    double c = 0.0;
    quint32 counter = 0; ///< HLC counter
    quint32 node = 0; ///< HLC node (string index)
    quint32 id = 0; ///< string index
    quint32 text = 0; ///< string index
    quint32 payload = 0; ///< index into the log's records, maps or orders (by op)
    Op op = Op::Nothing;
    quint8 kind = 0; ///< ResourceKind, or the dispatch status index for DispatchStep
    quint8 flags = 0;
};

/// The mutation log in memory, decoded once into ReplaySteps: what replay folds instead of
/// reading and parsing JSON rows from SQLite again. Copies share their data (Qt implicit
/// sharing), so a copy is a cheap snapshot for another thread.
class ReplayLog {
public:
    ReplayLog();

    /// Reads and decodes the store's log rows after the last one read. Use on the store's thread.
    Status readFrom(const Store &store);
    /// Decodes one logged mutation and appends it (rows must come in log order).
    void append(const LoggedMutation &logged);

    qsizetype size() const { return m_size; }
    const ReplayStep &at(qsizetype index) const
    {
        return m_chunks.at(index >> kChunkBits).at(index & kChunkMask);
    }
    /// The number of steps whose log time is at or before `atMs` (they make the state then).
    qsizetype countAt(qint64 atMs) const;
    qint64 lastLocalSeq() const { return m_size == 0 ? 0 : at(m_size - 1).localSeq; }

    const QString &string(quint32 index) const { return m_strings.at(index); }
    Hlc hlc(const ReplayStep &step) const { return Hlc { step.wallMs, step.counter, string(step.node) }; }
    const Record &recordPayload(const ReplayStep &step) const { return m_records.at(step.payload); }
    const QVariantMap &mapPayload(const ReplayStep &step) const { return m_maps.at(step.payload); }
    const DispatchOrder &orderPayload(const ReplayStep &step) const { return m_orders.at(step.payload); }
    const Drawing &drawingPayload(const ReplayStep &step) const { return m_drawings.at(step.payload); }
    /// Dispatch statuses by the index DispatchStep keeps in `kind`.
    static const QStringList &dispatchSteps();
    /// Every mutation name the decoder understands (record mutations of every kind included).
    static QStringList knownMutations();

private:
    static constexpr int kChunkBits = 12;
    static constexpr qsizetype kChunkMask = (qsizetype(1) << kChunkBits) - 1;

    quint32 intern(const QString &text);
    quint32 addMap(const QVariantMap &values);
    void decode(ReplayStep &step, const LoggedMutation &logged);

    QList<QList<ReplayStep>> m_chunks;
    qsizetype m_size = 0;
    QList<QString> m_strings;
    QHash<QString, quint32> m_stringIndex;
    QList<Record> m_records;
    QList<QVariantMap> m_maps;
    QHash<QByteArray, quint32> m_mapIndex; ///< recent maps by content, so repeats are stored once
    QList<DispatchOrder> m_orders;
    QList<Drawing> m_drawings;
};

} // namespace tw
