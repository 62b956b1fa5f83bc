#pragma once

#include "dispatchorder.h"
#include "hlc.h"
#include "mutation.h"
#include "preparedmutation.h"
#include "record.h"
#include "result.h"
#include "timelineevent.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace tw {

namespace Internal {
class StoreEngine;
}

/// Conditions on a kind's records. All set conditions must hold.
struct RecordFilter {
    QVariantMap equals;    ///< field -> value (e.g. {"status": "available"})
    QVariantMap anyOf;     ///< field -> QStringList of allowed values
    QString capability;    ///< a token of the comma-separated "capabilities" field
    QString text;          ///< substring of the name field (case-insensitive)
    bool includeExercise = true; ///< incidents only: include drill incidents
    int limit = -1;        ///< at most this many; -1 for all
};

struct Neighbor {
    Record record;
    double distanceMeters = 0.0;
};

struct SearchHit {
    ResourceKind kind = ResourceKind::Teams;
    QString id;
    QString title;   ///< the record's display name, or the timeline event text
    QString snippet; ///< matched text with the match marked by [ ]
    QString incidentId; ///< for timeline hits: the incident it belongs to
    bool isTimelineEvent = false;
    double rank = 0.0; ///< lower is better (FTS5 bm25; minus the share of text matched for very common terms)
};

/// One reading of a sensor.
struct SensorReading {
    qint64 atMs = 0;
    double value = 0.0;
};

/// What applying one mutation did.
struct MutationOutcome {
    qint64 localSeq = 0;   ///< its place in the local log / outbox
    QString id;            ///< the id of the created or changed object
};

/// The local SQLite database: schema and migrations, every named mutation, the mutation log and
/// outbox, and the queries the console needs. One Store per thread (it owns its connection).
///
/// Every change goes through apply(): one function per mutation name, validated, run in one
/// transaction together with its mutation-log / outbox row. Invalid input returns an Error naming
/// the field and nothing is written.
class Store : public QObject {
    Q_OBJECT
public:
    ~Store() override;

    /// Opens (creating and migrating as needed) the database at `path`; ":memory:" for a private
    /// in-memory database. The connection belongs to the calling thread.
    static Result<std::unique_ptr<Store>> open(const QString &path);

    QString path() const;
    /// This database's client id (a UUID made when the file was created).
    QString clientId() const;
    /// The schema version this database is at (PRAGMA user_version).
    int schemaVersion() const;
    static int latestSchemaVersion();

    /// The user recorded as the actor of mutations made through this store.
    void setActor(const QString &actor);
    QString actor() const;

    /// Database-level metadata (e.g. "dataset" = "demo").
    QString metadata(const QString &key) const;
    Status setMetadata(const QString &key, const QString &value);

    // ---- writes ------------------------------------------------------------------------------

    /// Applies one named mutation made on this console: validated, one transaction, appended to
    /// the mutation log as pending (outbox).
    Result<MutationOutcome> apply(const QString &name, const QJsonObject &args);
    /// Applies several mutations all-or-nothing (imports): the first failure rolls back all and
    /// its Error's `where` says which one ("#12").
    Result<QList<MutationOutcome>> applyBatch(const QList<QPair<QString, QJsonObject>> &mutations);
    /// Applies a mutation received from the server (already confirmed there): not added to the
    /// outbox; last-writer-wins fields compare HLCs.
    Result<MutationOutcome> applyRemote(const Mutation &mutation, qint64 serverSeq);
    /// Applies a pulled batch and stores the new sync cursor in the same transaction,
    /// all-or-nothing; the Error's `where` says which mutation failed ("#3").
    Result<QList<MutationOutcome>> applyRemoteBatch(const QList<QPair<Mutation, qint64>> &mutations,
                                                    qint64 newCursor);
    /// Prepares a mutation for applyStream() without the database, on any thread: a
    /// "<prefix>.create" of a resource kind is checked and completed (id, values, log text) as
    /// apply() would; other mutations are passed through. The Error is apply()'s for the same
    /// mutation.
    static Result<PreparedMutation> prepare(const QString &name, const QJsonObject &args);
    /// prepare() of the create of `record` when it is already validated (validateValues() with
    /// its defaults, validatePoint()), as imports validate their rows: only what is left is
    /// done (a new id when it has none, the rules between fields, the log text). The mutation
    /// carries no `args` object; its log text is the same object apply() would log.
    static Result<PreparedMutation> prepareCreate(Record record);
    /// applyBatch() for mutations that arrive in parts while earlier ones are written: `next`
    /// returns the next part (an empty list at the end; an Error rolls back everything and is
    /// returned as it is) and gets the part just written back, to release it where that costs
    /// the writing thread nothing. One transaction; a failing mutation's Error says which one
    /// ("#N", counted over all parts).
    using PreparedSource = std::function<Result<QList<PreparedMutation>>(QList<PreparedMutation> &&written)>;
    Result<QList<MutationOutcome>> applyStream(const PreparedSource &next);
    /// Every mutation name apply() knows, sorted.
    static QStringList mutationNames();
    /// While `reason` is set, edits made on this console (apply(), applyBatch(), applyStream() and
    /// the record wrappers) are refused with it as the error; changes pulled from the server still apply.
    /// The console refuses edits while it shows a replayed moment. Empty accepts edits again.
    void setLocalEditsRefused(const QString &reason) { m_localEditsRefused = reason; }
    QString localEditsRefused() const { return m_localEditsRefused; }

    /// Convenience wrappers over apply() for the generic resource mutations.
    Result<QString> createRecord(const Record &record);
    Status updateRecord(ResourceKind kind, const QString &id, const QVariantMap &changes,
                        std::optional<LonLat> newPoint = std::nullopt);
    Status deleteRecord(ResourceKind kind, const QString &id);

    // ---- reads -------------------------------------------------------------------------------

    Result<Record> record(ResourceKind kind, const QString &id) const;
    QList<Record> records(ResourceKind kind, const RecordFilter &filter = {}) const;
    int count(ResourceKind kind) const;

    QList<Record> withinRadius(ResourceKind kind, LonLat center, double radiusMeters,
                               const RecordFilter &filter = {}) const;
    QList<Record> withinBox(ResourceKind kind, double west, double south, double east, double north,
                            const RecordFilter &filter = {}) const;
    /// The k nearest records matching the filter, nearest first (R*Tree search, exact distance).
    QList<Neighbor> nearest(ResourceKind kind, LonLat from, int k, const RecordFilter &filter = {}) const;
    /// Full-text search over resource names/text fields and incident and timeline text.
    QList<SearchHit> search(const QString &text, int limit = 50) const;

    /// The local mutation log after `afterLocalSeq`, oldest first.
    QList<LoggedMutation> mutationLog(qint64 afterLocalSeq = 0, int limit = -1) const;
    /// Local mutations not yet confirmed by the server, oldest first.
    QList<LoggedMutation> outbox() const;
    /// Marks an outbox entry as accepted by the server (it leaves the outbox).
    Status markConfirmed(qint64 localSeq, qint64 serverSeq);
    /// Marks an outbox entry as refused by the server, keeping the reason for the UI.
    Status markRejected(qint64 localSeq, const QString &reason, qint64 serverSeq = 0);
    /// The server_seq of the last change pulled from the server (0 before the first pull).
    qint64 syncCursor() const;
    Status setSyncCursor(qint64 serverSeq);

    /// An incident's timeline, newest first: at most `limit` events strictly before `beforeMs`
    /// (page back by passing the oldest time already shown).
    /// An empty incidentId reads the events of every incident.
    QList<TimelineEvent> timeline(const QString &incidentId, int limit = 200,
                                  qint64 beforeMs = std::numeric_limits<qint64>::max()) const;
    Result<DispatchOrder> dispatchOrder(const QString &id) const;
    /// Dispatch orders with their lines, oldest first; all of them when `incidentId` is empty.
    QList<DispatchOrder> dispatchOrders(const QString &incidentId = {}) const;
    /// The order currently holding the team (issued up to on scene), if any.
    std::optional<DispatchOrder> activeDispatchOrder(const QString &teamId) const;
    /// A sensor's readings in [fromMs, toMs], oldest first.
    QList<SensorReading> sensorReadings(const QString &sensorId, qint64 fromMs = 0,
                                        qint64 toMs = std::numeric_limits<qint64>::max()) const;

    /// The underlying connection, for code in models/ (item models, importers). Never for UI code.
    QSqlDatabase database() const;

Q_SIGNALS:
    /// Emitted after a mutation commits: which kind and record changed (id empty for bulk).
    void recordsChanged(tw::ResourceKind kind, const QString &id);
    /// Emitted after any mutation commits, with its log row.
    void mutationApplied(const tw::LoggedMutation &logged);
    /// Emitted after a commit that added to an incident's timeline.
    void timelineChanged(const QString &incidentId);
    /// Emitted after a commit that created or changed a dispatch order.
    void dispatchOrderChanged(const QString &orderId, const QString &incidentId);

private:
    Store();
    Result<QList<MutationOutcome>> applyAll(const QList<Mutation> &mutations, const QList<qint64> &serverSeqs,
                                            bool remote, std::optional<qint64> newCursor);
    void announce(bool bulk);

    std::unique_ptr<Internal::StoreEngine> d;
    QString m_localEditsRefused;
};

} // namespace tw
