#include "store.h"

#include "logging.h"
#include "storeengine.h"
#include "storeschema.h"

#include <QJsonDocument>
#include <QMetaMethod>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace tw {

using namespace Internal;

namespace {

const QStringList &reservedMetadataKeys()
{
    static const QStringList keys{QStringLiteral("client_id"), QStringLiteral("generated_schema"),
                                  QStringLiteral("sync_cursor")};
    return keys;
}

Status writeMeta(StoreEngine &e, const QString &key, const QString &value)
{
    Result<QSqlQuery *> query = e.statement(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    if (!query) {
        return query.error();
    }
    (*query)->bindValue(0, key);
    (*query)->bindValue(1, value);
    if (!(*query)->exec()) {
        return sqlFailure(**query, {});
    }
    return {};
}

QString readMeta(StoreEngine &e, const QString &key)
{
    Result<QSqlQuery *> query = e.statement(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!query) {
        return QString();
    }
    QSqlQuery &q = **query;
    q.bindValue(0, key);
    QString value;
    if (q.exec() && q.next()) {
        value = q.value(0).toString();
    }
    q.finish();
    return value;
}

Status configureConnection(QSqlDatabase &db, const QString &path)
{
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = 10000"), QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA temp_store = MEMORY"),
                        QStringLiteral("PRAGMA cache_size = -32000")};
    if (path != QLatin1String(":memory:")) {
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (Status status = execSql(db, pragma); !status) {
            return status;
        }
    }
    return {};
}

// Inside the open transaction: runs one mutation and appends its log row.
// `prepared`: the create prepared ahead by Store::prepare(), for local mutations of a stream.
Result<MutationOutcome> applyInTransaction(StoreEngine &e, Mutation mutation, bool remote, qint64 serverSeq,
                                           const PreparedCreate *prepared = nullptr)
{
    const MutationHandlers &handlers = mutationHandlers();
    const auto handler = handlers.constFind(mutation.name);
    if (handler == handlers.constEnd()) {
        return fieldError(QStringLiteral("name"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "\"%1\" is not a known change")).arg(mutation.name));
    }
    if (remote) {
        // Our own mutation coming back from the server is already applied here; a pulled one
        // seen before is skipped, so pulling twice is harmless.
        const bool own = mutation.clientId == e.clientId;
        const QString idArg = mutation.args.value(QStringLiteral("id")).toString();
        Result<QSqlQuery *> seen = e.statement(
            own ? QStringLiteral("SELECT local_seq FROM mutation_log WHERE local_seq = ? AND origin = 'local'")
                : QStringLiteral("SELECT local_seq FROM mutation_log WHERE client_id = ? AND client_seq = ? "
                                 "AND origin = 'remote'"));
        if (!seen) {
            return seen.error();
        }
        QSqlQuery &q = **seen;
        if (own) {
            q.bindValue(0, mutation.clientSeq);
        } else {
            q.bindValue(0, mutation.clientId);
            q.bindValue(1, mutation.clientSeq);
        }
        if (!q.exec()) {
            return sqlFailure(q, {});
        }
        if (q.next()) {
            const qint64 localSeq = q.value(0).toLongLong();
            q.finish();
            if (own) {
                Result<QSqlQuery *> confirm = e.statement(QStringLiteral(
                    "UPDATE mutation_log SET state = 'confirmed', server_seq = ? WHERE local_seq = ?"));
                if (!confirm) {
                    return confirm.error();
                }
                (*confirm)->bindValue(0, serverSeq > 0 ? QVariant(serverSeq) : QVariant());
                (*confirm)->bindValue(1, localSeq);
                if (!(*confirm)->exec()) {
                    return sqlFailure(**confirm, {});
                }
            }
            return MutationOutcome{localSeq, idArg};
        }
        if (mutation.hlc.isNull()) {
            mutation.hlc = e.clock->now();
        } else {
            e.clock->receive(mutation.hlc);
        }
    } else {
        mutation.hlc = e.clock->now();
        mutation.actor = e.actor;
        mutation.clientId = e.clientId;
        mutation.clientSeq = 0;
    }
    MutationContext context;
    context.name = mutation.name;
    context.args = mutation.args;
    context.hlc = mutation.hlc;
    context.actor = mutation.actor;
    context.remote = remote;
    context.nowMs = mutation.hlc.wallMs;
    context.localSeq = e.takeLocalSeq();
    context.prepared = prepared;
    Result<QString> id = handler.value()(e, context);
    if (!id) {
        return id.error();
    }
    mutation.args = context.args;
    if (prepared && e.keepLoggedEffects && mutation.args.isEmpty()) {
        // Made by prepareCreate(), which keeps only the log text; whoever listens gets the object.
        mutation.args = QJsonDocument::fromJson(prepared->argsJson).object();
    }
    Result<LoggedMutation> logged =
        e.appendLog(std::move(mutation), context.localSeq, !remote, remote ? MutationState::Confirmed : MutationState::Pending,
                    serverSeq, prepared ? &prepared->argsJson : nullptr);
    if (!logged) {
        return logged.error();
    }
    if (e.keepLoggedEffects) {
        e.noteLogged(logged.value());
    }
    return MutationOutcome{context.localSeq, id.value()};
}

} // namespace

Store::Store() : d(std::make_unique<StoreEngine>()) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "Qt's SQLite driver (QSQLITE) is not installed")), {}, path};
    }
    static std::atomic<int> connections{0};
    std::unique_ptr<Store> store(new Store);
    StoreEngine &e = *store->d;
    e.path = path;
    e.connectionName = QStringLiteral("tw.store.%1").arg(++connections);
    e.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), e.connectionName);
    e.db.setDatabaseName(path);
    if (!e.db.open()) {
        return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "cannot open the database: %1")).arg(e.db.lastError().text()), {}, path};
    }
    e.setDatabase(e.db);
    Status ready = StoreSchema::checkSqliteFeatures(e.db);
    if (ready) {
        ready = configureConnection(e.db, path);
    }
    if (ready) {
        e.checkpointInBackground(path);
    }
    if (ready) {
        ready = StoreSchema::migrate(e.db);
    }
    if (ready) {
        ready = StoreSchema::syncGenerated(e.db);
    }
    if (!ready) {
        Error error = ready.error();
        error.where = path;
        return error;
    }
    e.clientId = readMeta(e, QStringLiteral("client_id"));
    if (e.clientId.isEmpty()) {
        // INSERT OR IGNORE: a second connection opening a new file at the same time keeps the first id.
        Status stored = execSql(e.db, QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('client_id', %1)")
                                          .arg(sqlLiteral(newId())));
        if (!stored) {
            Error error = stored.error();
            error.where = path;
            return error;
        }
        e.clientId = readMeta(e, QStringLiteral("client_id"));
    }
    if (e.clientId.isEmpty()) {
        return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "cannot record the database's client id")), {}, path};
    }
    e.clock = std::make_unique<HlcClock>(e.clientId);
    return store;
}

QString Store::path() const
{
    return d->path;
}

QString Store::clientId() const
{
    return d->clientId;
}

int Store::schemaVersion() const
{
    return StoreSchema::version(d->db);
}

int Store::latestSchemaVersion()
{
    return StoreSchema::latestVersion();
}

void Store::setActor(const QString &actor)
{
    d->actor = actor;
}

QString Store::actor() const
{
    return d->actor;
}

QString Store::metadata(const QString &key) const
{
    return readMeta(*d, key);
}

Status Store::setMetadata(const QString &key, const QString &value)
{
    if (key.isEmpty() || reservedMetadataKeys().contains(key)) {
        return fieldError(QStringLiteral("key"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "\"%1\" is kept by the store itself")).arg(key));
    }
    return writeMeta(*d, key, value);
}

qint64 Store::syncCursor() const
{
    return readMeta(*d, QStringLiteral("sync_cursor")).toLongLong();
}

Status Store::setSyncCursor(qint64 serverSeq)
{
    return writeMeta(*d, QStringLiteral("sync_cursor"), QString::number(serverSeq));
}

QSqlDatabase Store::database() const
{
    return d->db;
}

QStringList Store::mutationNames()
{
    QStringList names = mutationHandlers().keys();
    names.sort();
    return names;
}

Result<MutationOutcome> Store::apply(const QString &name, const QJsonObject &args)
{
    if (!m_localEditsRefused.isEmpty()) {
        return Error{m_localEditsRefused, {}, {}};
    }
    Result<QList<MutationOutcome>> outcomes = applyAll({Mutation{name, args, {}, {}, {}, 0}}, {0}, false, std::nullopt);
    if (!outcomes) {
        return outcomes.error();
    }
    return outcomes->constFirst();
}

Result<QList<MutationOutcome>> Store::applyBatch(const QList<QPair<QString, QJsonObject>> &mutations)
{
    if (!m_localEditsRefused.isEmpty()) {
        return Error{m_localEditsRefused, {}, {}};
    }
    QList<Mutation> list;
    list.reserve(mutations.size());
    for (const auto &[name, args] : mutations) {
        list.append(Mutation{name, args, {}, {}, {}, 0});
    }
    return applyAll(list, QList<qint64>(list.size(), 0), false, std::nullopt);
}

Result<PreparedMutation> Store::prepare(const QString &name, const QJsonObject &args)
{
    PreparedMutation prepared{name, args, {}};
    // Called per imported row: compares the prefix in place rather than building "<prefix>.create".
    const QLatin1String suffix(".create");
    const QStringView prefix = name.endsWith(suffix) ? QStringView(name).chopped(suffix.size()) : QStringView();
    const auto isCreate = [&](const KindDef &kind) { return !prefix.isEmpty() && prefix == kind.mutationPrefix; };
    const auto kind = std::find_if(allKinds().cbegin(), allKinds().cend(), isCreate);
    // An incident's report time defaults to the mutation's own time, known only when applied.
    if (kind == allKinds().cend() || kind->kind == ResourceKind::Incidents) {
        return prepared;
    }
    Result<Record> record = Internal::prepareRecordCreate(*kind, prepared.args);
    if (!record) {
        return record.error();
    }
    auto create = std::make_shared<PreparedCreate>();
    create->record = std::move(record.value());
    create->argsJson = QJsonDocument(prepared.args).toJson(QJsonDocument::Compact);
    prepared.create = std::move(create);
    return prepared;
}

Result<PreparedMutation> Store::prepareCreate(Record record)
{
    const KindDef &kind = kindDef(record.kind);
    const QString name = kind.mutationPrefix + QStringLiteral(".create");
    if (kind.kind == ResourceKind::Incidents) {
        return prepare(name, record.arguments());
    }
    if (record.id.isEmpty()) {
        record.id = newId();
    }
    record.values.removeIf([](const auto &value) { return !value->isValid() || value->isNull(); });
    if (Status rules = Internal::checkRecordRules(kind, record.values); !rules) {
        return rules.error();
    }
    auto create = std::make_shared<PreparedCreate>();
    create->argsJson = record.argumentsJson();
    create->record = std::move(record);
    return PreparedMutation{name, {}, std::move(create)};
}

Result<QList<MutationOutcome>> Store::applyStream(const PreparedSource &next)
{
    if (!m_localEditsRefused.isEmpty()) {
        return Error{m_localEditsRefused, {}, {}};
    }
    d->keepLoggedEffects = isSignalConnected(QMetaMethod::fromSignal(&Store::mutationApplied));
    if (Status begun = d->begin(); !begun) {
        return begun.error();
    }
    d->deferIndexes();
    QList<MutationOutcome> outcomes;
    QList<PreparedMutation> written;
    for (;;) {
        Result<QList<PreparedMutation>> part = next(std::move(written));
        if (!part) {
            d->rollback();
            return part.error();
        }
        if (part->isEmpty()) {
            break;
        }
        written = std::move(part.value());
        for (const PreparedMutation &mutation : std::as_const(written)) {
            Result<MutationOutcome> outcome = applyInTransaction(
                *d, Mutation{mutation.name, mutation.args, {}, {}, {}, 0}, false, 0, mutation.create.get());
            if (!outcome) {
                d->rollback();
                Error error = outcome.error();
                error.where = QStringLiteral("#%1").arg(outcomes.size() + 1);
                return error;
            }
            outcomes.append(outcome.value());
        }
    }
    if (Status committed = d->commit(); !committed) {
        return committed.error();
    }
    announce(true);
    return outcomes;
}

Result<MutationOutcome> Store::applyRemote(const Mutation &mutation, qint64 serverSeq)
{
    Result<QList<MutationOutcome>> outcomes = applyAll({mutation}, {serverSeq}, true, std::nullopt);
    if (!outcomes) {
        return outcomes.error();
    }
    return outcomes->constFirst();
}

Result<QList<MutationOutcome>> Store::applyRemoteBatch(const QList<QPair<Mutation, qint64>> &mutations,
                                                       qint64 newCursor)
{
    QList<Mutation> list;
    QList<qint64> serverSeqs;
    for (const auto &[mutation, serverSeq] : mutations) {
        list.append(mutation);
        serverSeqs.append(serverSeq);
    }
    return applyAll(list, serverSeqs, true, newCursor);
}

Result<QList<MutationOutcome>> Store::applyAll(const QList<Mutation> &mutations, const QList<qint64> &serverSeqs,
                                               bool remote, std::optional<qint64> newCursor)
{
    const bool single = mutations.size() == 1 && !newCursor;
    d->keepLoggedEffects = isSignalConnected(QMetaMethod::fromSignal(&Store::mutationApplied));
    if (Status begun = d->begin(); !begun) {
        return begun.error();
    }
    // Many mutations in one transaction (imports, the demo city, a long pull): the new records'
    // index rows are written at commit, all at once (storebulkindex.cpp).
    constexpr qsizetype kBulkBatch = 64;
    if (mutations.size() >= kBulkBatch) {
        d->deferIndexes();
    }
    QList<MutationOutcome> outcomes;
    outcomes.reserve(mutations.size());
    for (int i = 0; i < mutations.size(); ++i) {
        Result<MutationOutcome> outcome = applyInTransaction(*d, mutations[i], remote, serverSeqs.value(i));
        if (!outcome) {
            d->rollback();
            Error error = outcome.error();
            if (!single) {
                error.where = QStringLiteral("#%1").arg(i + 1);
            }
            return error;
        }
        outcomes.append(outcome.value());
    }
    if (newCursor) {
        if (Status stored = writeMeta(*d, QStringLiteral("sync_cursor"), QString::number(*newCursor)); !stored) {
            d->rollback();
            return stored.error();
        }
    }
    if (Status committed = d->commit(); !committed) {
        return committed.error();
    }
    announce(!single);
    return outcomes;
}

void Store::announce(bool bulk)
{
    const StoreEngine::Effects effects = d->takeEffects();
    if (bulk) {
        QList<ResourceKind> kinds;
        for (const auto &[kind, id] : effects.records) {
            if (!kinds.contains(kind)) {
                kinds.append(kind);
            }
        }
        for (ResourceKind kind : std::as_const(kinds)) {
            Q_EMIT recordsChanged(kind, QString());
        }
    } else {
        QList<QPair<ResourceKind, QString>> seen;
        for (const auto &change : effects.records) {
            if (!seen.contains(change)) {
                seen.append(change);
                Q_EMIT recordsChanged(change.first, change.second);
            }
        }
    }
    for (const QString &incidentId : effects.timelines) {
        Q_EMIT timelineChanged(incidentId);
    }
    QList<QPair<QString, QString>> orders;
    for (const auto &order : effects.orders) {
        if (!orders.contains(order)) {
            orders.append(order);
            Q_EMIT dispatchOrderChanged(order.first, order.second);
        }
    }
    for (const LoggedMutation &logged : effects.logged) {
        Q_EMIT mutationApplied(logged);
    }
}

Result<QString> Store::createRecord(const Record &record)
{
    QJsonObject args = record.toJson();
    if (record.id.isEmpty()) {
        args.remove(QStringLiteral("id"));
    }
    Result<MutationOutcome> outcome = apply(kindDef(record.kind).mutationPrefix + QStringLiteral(".create"), args);
    if (!outcome) {
        return outcome.error();
    }
    return outcome->id;
}

Status Store::updateRecord(ResourceKind kind, const QString &id, const QVariantMap &changes,
                           std::optional<LonLat> newPoint)
{
    QJsonObject args = QJsonObject::fromVariantMap(changes);
    args.insert(QStringLiteral("id"), id);
    if (newPoint) {
        args.insert(QStringLiteral("lon"), newPoint->lon);
        args.insert(QStringLiteral("lat"), newPoint->lat);
    }
    Result<MutationOutcome> outcome = apply(kindDef(kind).mutationPrefix + QStringLiteral(".update"), args);
    if (!outcome) {
        return outcome.error();
    }
    return {};
}

Status Store::deleteRecord(ResourceKind kind, const QString &id)
{
    Result<MutationOutcome> outcome =
        apply(kindDef(kind).mutationPrefix + QStringLiteral(".delete"), QJsonObject{{QStringLiteral("id"), id}});
    if (!outcome) {
        return outcome.error();
    }
    return {};
}

} // namespace tw
