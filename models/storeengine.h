#pragma once

#include "dispatchorder.h"
#include "mutation.h"
#include "mutationcontext.h"
#include "record.h"
#include "sqlitehelpers.h"
#include "sqlitestatement.h"
#include "walcheckpointer.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <array>
#include <memory>
#include <optional>
#include <utility>

namespace tw::Internal {

/// The SQL of the statements every kind has, built once per kind.
struct KindSql {
    QString selectById;
    QString exists;
    QString insert;
    QString remove;
    QString ridById;
    QString rtreeInsert;
    QString rtreeUpdate;
    QString rtreeDelete;
    QString ftsInsert;
    QString ftsDelete;
};
const KindSql &kindSql(const KindDef &kind);

/// The connection and the row-level operations shared by the store's mutations and queries.
/// Owned by one Store, used from its thread only.
class StoreEngine {
public:
    StoreEngine();
    ~StoreEngine();
    StoreEngine(const StoreEngine &) = delete;
    StoreEngine &operator=(const StoreEngine &) = delete;

    QSqlDatabase db;
    QString connectionName;
    QString path;
    QString clientId;
    QString actor;
    std::unique_ptr<HlcClock> clock;

    /// For a database file: its write-ahead log is checkpointed on a thread of its own
    /// (WalCheckpointer) rather than inside commits. Needs the native handle; otherwise SQLite
    /// keeps checkpointing as usual.
    void checkpointInBackground(const QString &path);
    WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }

    void setDatabase(const QSqlDatabase &database)
    {
        m_statements.setDatabase(database);
        m_native.setDatabase(database);
    }
    /// A cached prepared statement.
    Result<QSqlQuery *> statement(const QString &sql) { return m_statements.get(sql); }
    /// A cached statement bound through SQLite's C API: for statements every mutation or import
    /// row runs, where QtSql's per-value binding costs more than SQLite's work.
    Result<SqliteStatement *> nativeStatement(const QString &sql) { return m_native.get(sql); }
    /// A kind's prepared statement, found without hashing its SQL (imports run these per row).
    Result<QSqlQuery *> kindStatement(const KindDef &kind, QString KindSql::*which);
    /// The same through SQLite's C API.
    Result<SqliteStatement *> nativeKindStatement(const KindDef &kind, QString KindSql::*which);

    // ---- transactions ------------------------------------------------------------------------

    /// BEGIN IMMEDIATE: takes the write lock at once, so two connections never deadlock upgrading.
    /// Catches up with writes made by other connections to the same file (sequence, clock).
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }
    /// The next local sequence number (inside a transaction).
    qint64 takeLocalSeq() { return m_nextLocalSeq++; }

    // ---- records -----------------------------------------------------------------------------

    /// "rid, id, lon, lat, created_at_ms, updated_at_ms, field..." with an optional table alias.
    QString selectColumns(const KindDef &kind, const QString &alias = {}) const;
    /// Builds a Record from a row selected with selectColumns() starting at `first`.
    Record recordFromRow(const KindDef &kind, const QSqlQuery &query, int first = 0) const;
    Result<Record> readRecord(const KindDef &kind, const QString &id);
    Result<bool> exists(const KindDef &kind, const QString &id);
    /// Error naming `field` when no record of `kind` has `id`.
    Status requireExists(const KindDef &kind, const QString &id, const QString &field);
    Status insertRecord(const KindDef &kind, const Record &record);
    /// Writes the given columns (and the point, when set) and stamps updated_at_ms.
    Status updateColumns(const KindDef &kind, const QString &id, const QVariantMap &values,
                         std::optional<LonLat> point, qint64 nowMs);
    /// Deletes the record with its R*Tree and full-text rows.
    Status deleteRecord(const KindDef &kind, const QString &id);
    Result<qint64> ridOf(const KindDef &kind, const QString &id);
    /// Runs a counting query (first column of the first row) with bound values.
    Result<qint64> countWhere(const QString &sql, const QVariantList &values);

    // ---- last-writer-wins --------------------------------------------------------------------

    /// Whether a write stamped `hlc` to (entity, field) is newer than the last one applied.
    Result<bool> lwwWins(const QString &entityId, const QString &field, const Hlc &hlc);
    Status lwwStamp(const QString &entityId, const QString &field, const Hlc &hlc);
    /// lwwWins() and, when it wins, lwwStamp() in one statement.
    Result<bool> lwwClaim(const QString &entityId, const QString &field, const Hlc &hlc);

    // ---- timeline and log --------------------------------------------------------------------

    /// Appends a timeline event at the mutation's time (or `atMs` when given), by its actor.
    Status appendTimeline(MutationContext &context, const QString &incidentId, const QString &kind,
                          const QString &text, const QJsonObject &payload = {}, const QString &attachment = {},
                          qint64 atMs = 0);

    // ---- dispatch orders (storereads.cpp) ----------------------------------------------------

    Result<DispatchOrder> readDispatchOrder(const QString &id);
    /// Orders matching an SQL condition over dispatch_orders, with their lines, oldest first.
    QList<DispatchOrder> readDispatchOrders(const QString &where, const QVariantList &values);
    /// Appends the mutation log row; `mutation.clientSeq` 0 means "this local seq".
    /// `argsJson`: the arguments' JSON when already made (prepared creates), else made here.
    Result<LoggedMutation> appendLog(Mutation mutation, qint64 localSeq, bool local, MutationState state,
                                     qint64 serverSeq, const QByteArray *argsJson = nullptr);
    static LoggedMutation loggedFromRow(const QSqlQuery &query, int first = 0);
    static QString logColumns();

    // ---- effects, announced after commit -----------------------------------------------------

    struct Effects {
        QList<QPair<ResourceKind, QString>> records;
        QSet<QString> timelines;
        QList<QPair<QString, QString>> orders; ///< (order id, incident id)
        QList<LoggedMutation> logged;
    };
    void noteRecord(ResourceKind kind, const QString &id) { m_effects.records.append({kind, id}); }
    void noteTimeline(const QString &incidentId) { m_effects.timelines.insert(incidentId); }
    void noteOrder(const QString &orderId, const QString &incidentId) { m_effects.orders.append({orderId, incidentId}); }
    void noteLogged(const LoggedMutation &logged) { m_effects.logged.append(logged); }
    Effects takeEffects() { return std::exchange(m_effects, {}); }
    bool keepLoggedEffects = true; ///< false when nobody listens to mutationApplied

    /// The text form of `hlc`, cached for the mutation being applied.
    const QString &hlcText(const Hlc &hlc);

    // ---- bulk batches (storebulkindex.cpp) ---------------------------------------------------

    /// Until the transaction ends, the R*Tree and full-text rows of the records it creates are
    /// not written one by one: commit() first writes them for all those records, one statement
    /// per kind. For batches of many creates (imports, the demo city), where the per-row index
    /// writes cost more than the records themselves. Rows that existed before are indexed as
    /// usual. Queries inside the transaction do not find the new records through those indexes.
    void deferIndexes();

private:
    /// Before the first insert of `kind` in a deferring transaction: notes the highest row id,
    /// above which the rows' index entries wait for the commit.
    Status noteDeferredFloor(const KindDef &kind);
    /// Whether the index rows of `rid` are written at commit rather than now.
    bool indexDeferred(const KindDef &kind, qint64 rid) const;
    /// Writes the deferred index rows of every kind (in commit(), before COMMIT).
    Status writeDeferredIndexes();
    /// Rebuilds the kind's R*Tree from its table in one pass, packed (storertreepack.cpp); for
    /// batches that add many points. False, with nothing changed, where the connection does not
    /// let the R*Tree's tables be written.
    Result<bool> packRtree(const KindDef &kind);
    Result<bool> packRtreeRatherThanFill(const KindDef &kind, qint64 floor);

public:

private:
    Status writeRtree(const KindDef &kind, qint64 rid, LonLat point, bool insert);
    Status writeFts(const KindDef &kind, qint64 rid, const QString &id, const QVariantMap &values, bool replace);

    static int kindSqlSlot(QString KindSql::*which);
    static constexpr int kKindSlots = 10;
    static constexpr int kMaxKinds = 32;

    StatementCache m_statements;
    SqliteStatementCache m_native;
    std::array<std::array<QSqlQuery *, kKindSlots>, kMaxKinds> m_kindStatements{};
    std::array<std::array<SqliteStatement *, kKindSlots>, kMaxKinds> m_nativeKindStatements{};
    SqliteStatement *m_logInsertLocal = nullptr;
    SqliteStatement *m_logInsertRemote = nullptr;
    SqliteStatement *m_begin = nullptr;
    SqliteStatement *m_commit = nullptr;
    SqliteStatement *m_dataVersionQuery = nullptr;
    QHash<QPair<int, quint64>, SqliteStatement *> m_insertStatements; ///< (kind, fields present) -> insert
    QHash<QString, SqliteStatement *> m_updateStatements; ///< "kind|columns|point" -> update
    QString m_hlcText; ///< the text of m_hlcTextOf, made once per mutation rather than per use
    Hlc m_hlcTextOf;
    Effects m_effects;
    bool m_inTransaction = false;
    bool m_deferIndexes = false;
    /// While deferring: per kind, the highest row id before the transaction's first insert of
    /// that kind; -1 before that insert.
    std::array<qint64, kMaxKinds> m_deferredFloor{};
    qint64 m_dataVersion = -1;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    qint64 m_nextLocalSeq = 1;
};

/// The SQLite value for a field value (bools as 0/1, invalid as NULL).
QVariant toSqlValue(const QVariant &value);
/// A field's non-null SQLite value in the type the store reads it back as (integers as qint64,
/// reals as double, bools, everything else as text).
QVariant fromSqlValue(const FieldDef &field, const QVariant &value);

} // namespace tw::Internal
