#include "storeschema.h"

#include "logging.h"
#include "sqlitehelpers.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStringList>

#include <array>
#include <functional>

namespace tw::StoreSchema {

using Internal::execSql;
using Internal::scalar;
using Internal::sqlLiteral;
using Internal::storeTr;

namespace {

QString columnType(const FieldDef &field)
{
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::TimeMs:
    case FieldType::Bool:
        return QStringLiteral("INTEGER");
    case FieldType::Real:
        return QStringLiteral("REAL");
    case FieldType::Reference:
        return QStringLiteral("TEXT REFERENCES %1(id)").arg(kindDef(field.referenceKind).table);
    case FieldType::Text:
    case FieldType::Enum:
    case FieldType::Json:
        break;
    }
    return QStringLiteral("TEXT");
}

Status execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (Status status = execSql(db, sql); !status) {
            return status;
        }
    }
    return {};
}

Status createKindTable(QSqlDatabase &db, const KindDef &kind)
{
    QStringList columns{QStringLiteral("rid INTEGER PRIMARY KEY"), QStringLiteral("id TEXT NOT NULL UNIQUE")};
    if (kind.hasPoint) {
        columns << QStringLiteral("lon REAL NOT NULL") << QStringLiteral("lat REAL NOT NULL");
    }
    columns << QStringLiteral("created_at_ms INTEGER NOT NULL DEFAULT 0")
            << QStringLiteral("updated_at_ms INTEGER NOT NULL DEFAULT 0");
    for (const FieldDef &field : kind.fields) {
        columns << field.key + QLatin1Char(' ') + columnType(field);
    }
    QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(kind.table, columns.join(QStringLiteral(", ")))};
    if (kind.hasPoint) {
        statements << QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING rtree(rid, min_lon, max_lon, "
                                     "min_lat, max_lat)")
                          .arg(rtreeTable(kind));
    }
    if (kind.kind == ResourceKind::Stock) {
        statements << QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS stock_line ON stock(warehouse_id, item_id)")
                   << QStringLiteral("CREATE INDEX IF NOT EXISTS stock_item ON stock(item_id)");
    }
    return execAll(db, statements);
}

// Version 1: metadata, one table per resource kind with its R*Tree, the mutation log and LWW stamps.
Status migrateTo1(QSqlDatabase &db)
{
    Status status = execAll(db, {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE mutation_log ("
                       "local_seq INTEGER PRIMARY KEY, name TEXT NOT NULL, args TEXT NOT NULL, "
                       "hlc TEXT NOT NULL, actor TEXT, client_id TEXT NOT NULL, client_seq INTEGER NOT NULL, "
                       "origin TEXT NOT NULL CHECK (origin IN ('local', 'remote')), "
                       "state TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'rejected')), "
                       "reason TEXT, server_seq INTEGER, applied_at_ms INTEGER NOT NULL)"),
        // Local rows are found by local_seq (their client_seq); only pulled rows need this index.
        QStringLiteral("CREATE UNIQUE INDEX mutation_log_remote ON mutation_log(client_id, client_seq) "
                       "WHERE origin = 'remote'"),
        QStringLiteral("CREATE INDEX mutation_log_outbox ON mutation_log(local_seq) "
                       "WHERE state = 'pending' AND origin = 'local'"),
        QStringLiteral("CREATE INDEX mutation_log_hlc ON mutation_log(hlc)"),
        QStringLiteral("CREATE TABLE lww (entity_id TEXT NOT NULL, field TEXT NOT NULL, hlc TEXT NOT NULL, "
                       "PRIMARY KEY (entity_id, field)) WITHOUT ROWID"),
    });
    if (!status) {
        return status;
    }
    for (const KindDef &kind : allKinds()) {
        if (Status created = createKindTable(db, kind); !created) {
            return created;
        }
    }
    return {};
}

// Version 2: incident timelines, dispatch orders with their supply lines, sensor readings.
Status migrateTo2(QSqlDatabase &db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE timeline_events ("
                       "seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                       "incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, "
                       "at_ms INTEGER NOT NULL, kind TEXT NOT NULL, actor TEXT, text TEXT, payload TEXT, "
                       "attachment TEXT, mutation_seq INTEGER)"),
        QStringLiteral("CREATE INDEX timeline_events_incident ON timeline_events(incident_id, at_ms)"),
        QStringLiteral("CREATE TABLE dispatch_orders ("
                       "rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                       "incident_id TEXT NOT NULL REFERENCES incidents(id), team_id TEXT, "
                       "status TEXT NOT NULL, created_at_ms INTEGER NOT NULL, issued_at_ms INTEGER, "
                       "acknowledged_at_ms INTEGER, en_route_at_ms INTEGER, on_scene_at_ms INTEGER, "
                       "completed_at_ms INTEGER, cancelled_at_ms INTEGER, reason TEXT, exercise_id TEXT, "
                       "updated_at_ms INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX dispatch_orders_incident ON dispatch_orders(incident_id)"),
        QStringLiteral("CREATE INDEX dispatch_orders_team ON dispatch_orders(team_id, status)"),
        QStringLiteral("CREATE TABLE dispatch_lines ("
                       "order_id TEXT NOT NULL REFERENCES dispatch_orders(id) ON DELETE CASCADE, "
                       "line_no INTEGER NOT NULL, warehouse_id TEXT NOT NULL, item_id TEXT NOT NULL, "
                       "quantity REAL NOT NULL, PRIMARY KEY (order_id, line_no)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX dispatch_lines_item ON dispatch_lines(item_id)"),
        QStringLiteral("CREATE TABLE sensor_readings ("
                       "sensor_id TEXT NOT NULL REFERENCES sensors(id) ON DELETE CASCADE, "
                       "at_ms INTEGER NOT NULL, value REAL NOT NULL, "
                       "PRIMARY KEY (sensor_id, at_ms)) WITHOUT ROWID"),
    });
}

// Version 3: full-text search. Chinese has no spaces between words, so the trigram tokenizer
// (every 3-character substring) is what makes "西湖区" match inside "杭州市西湖区消防救援大队".
Status migrateTo3(QSqlDatabase &db)
{
    return execAll(db, {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(kind UNINDEXED, id UNINDEXED, text, "
                       "tokenize = 'trigram')").arg(QLatin1String(kResourceFts)),
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(incident_id UNINDEXED, event_id UNINDEXED, text, "
                       "tokenize = 'trigram')").arg(QLatin1String(kIncidentFts)),
    });
}

// Version 4: the shapes users draw on the map (drawing.* mutations). Points are a JSON array of
// [lon, lat] pairs: a drawing is always read and written whole, never searched by vertex.
Status migrateTo4(QSqlDatabase &db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE drawings ("
                       "rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                       "shape TEXT NOT NULL CHECK (shape IN ('point', 'line', 'polygon', 'circle')), "
                       "points TEXT NOT NULL, radius_m REAL NOT NULL DEFAULT 0, label TEXT NOT NULL DEFAULT '', "
                       "color TEXT NOT NULL, exercise_id TEXT, created_by TEXT, "
                       "created_at_ms INTEGER NOT NULL, updated_at_ms INTEGER NOT NULL)"),
    });
}

using MigrationStep = std::function<Status(QSqlDatabase &)>;

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps{migrateTo1, migrateTo2, migrateTo3, migrateTo4};
    return steps;
}

// The text a record contributes to full-text search, as an SQL expression over `row` (new, old, t).
QString ftsTextExpression(const KindDef &kind, const QString &row)
{
    QStringList parts;
    for (const FieldDef &field : kind.fields) {
        if (field.searchable) {
            parts << QStringLiteral("coalesce(%1.%2, '')").arg(row, field.key);
        }
    }
    return parts.isEmpty() ? QString() : QStringLiteral("trim(%1)").arg(parts.join(QStringLiteral(" || ' ' || ")));
}

} // namespace

QString ftsFill(const KindDef &kind, const QString &condition)
{
    const QString text = ftsTextExpression(kind, QStringLiteral("t"));
    const QString where = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
    if (kind.kind == ResourceKind::Incidents) {
        return QStringLiteral("INSERT INTO %1(rowid, incident_id, event_id, text) SELECT -t.rid, t.id, NULL, %2 FROM %3 t%4")
            .arg(QLatin1String(kIncidentFts), text, kind.table, where);
    }
    return QStringLiteral("INSERT INTO %1(rowid, kind, id, text) SELECT (%2 << %3) | t.rid, %4, t.id, %5 FROM %6 t%7")
        .arg(QLatin1String(kResourceFts))
        .arg(ftsKindCode(kind))
        .arg(kFtsKindShift)
        .arg(sqlLiteral(kind.name), text, kind.table, where);
}

QString rtreeFill(const KindDef &kind, const QString &condition)
{
    const QString where = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
    return QStringLiteral("INSERT INTO %1(rid, min_lon, max_lon, min_lat, max_lat) SELECT t.rid, t.lon, t.lon, t.lat, t.lat "
                          "FROM %2 t%3")
        .arg(rtreeTable(kind), kind.table, where);
}

namespace {

// Full-text terms are gathered in memory up to this size before they are written as one segment
// (SQLite's default is 1 MB): big imports then write a few large segments instead of merging
// dozens of small ones, about 20% less work for the index. Only a transaction that adds that
// much text uses the memory.
constexpr int kFtsHashSize = 64 * 1024 * 1024;

QStringList rebuildDerivedIndexes()
{
    QStringList statements;
    for (const char *fts : {kResourceFts, kIncidentFts}) {
        statements << QStringLiteral("DELETE FROM %1").arg(QLatin1String(fts))
                   << QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('hashsize', %2)").arg(QLatin1String(fts)).arg(kFtsHashSize);
    }
    for (const KindDef &kind : allKinds()) {
        if (kind.hasPoint) {
            statements << QStringLiteral("DELETE FROM %1").arg(rtreeTable(kind)) << rtreeFill(kind);
        }
        if (!searchableColumns(kind).isEmpty()) {
            statements << ftsFill(kind);
        }
    }
    statements << QStringLiteral("INSERT INTO %1(rowid, incident_id, event_id, text) "
                                 "SELECT seq, incident_id, id, coalesce(text, '') FROM timeline_events")
                      .arg(QLatin1String(kIncidentFts));
    return statements;
}

Status addMissingColumns(QSqlDatabase &db, const KindDef &kind)
{
    QSqlQuery info(db);
    if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(kind.table))) {
        return Internal::sqlFailure(info, kind.table);
    }
    QStringList existing;
    while (info.next()) {
        existing << info.value(1).toString();
    }
    info.finish();
    for (const FieldDef &field : kind.fields) {
        if (!existing.contains(field.key)) {
            qCInfo(lcModels) << "adding column" << field.key << "to" << kind.table;
            const QString sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(kind.table, field.key, columnType(field));
            if (Status status = execSql(db, sql); !status) {
                return status;
            }
        }
    }
    return {};
}

Status inTransaction(QSqlDatabase &db, const std::function<Status()> &work)
{
    if (Status status = execSql(db, QStringLiteral("BEGIN IMMEDIATE")); !status) {
        return status;
    }
    Status status = work();
    if (!status) {
        static_cast<void>(execSql(db, QStringLiteral("ROLLBACK"))); // the work's error is the one to report
        return status;
    }
    return execSql(db, QStringLiteral("COMMIT"));
}

} // namespace

int latestVersion()
{
    return int(migrationSteps().size());
}

int version(const QSqlDatabase &db)
{
    Result<QVariant> value = scalar(db, QStringLiteral("PRAGMA user_version"));
    return value ? value->toInt() : -1;
}

QString rtreeTable(const KindDef &kind)
{
    return kind.table + QStringLiteral("_rtree");
}

qint64 ftsKindCode(const KindDef &kind)
{
    // Keyed by table name, not enum order, so that adding a kind never renumbers stored rows.
    static const QStringList tables{QStringLiteral("rescue_teams"), QStringLiteral("warehouses"),
                                    QStringLiteral("supply_items"), QStringLiteral("stock"),
                                    QStringLiteral("risk_points"), QStringLiteral("protection_targets"),
                                    QStringLiteral("shelters"), QStringLiteral("cameras"),
                                    QStringLiteral("sensors"), QStringLiteral("incidents")};
    const int index = tables.indexOf(kind.table);
    if (index >= 0) {
        return index + 1;
    }
    return 100 + int(qHash(kind.table) % 100000);
}

const QStringList &searchableColumns(const KindDef &kind)
{
    // Asked for every record written: worked out once per kind.
    static const auto byKind = [] {
        std::array<QStringList, size_t(ResourceKind::Incidents) + 1> columns;
        for (const KindDef &k : allKinds()) {
            for (const FieldDef &field : k.fields) {
                if (field.searchable) {
                    columns[size_t(k.kind)] << field.key;
                }
            }
        }
        return columns;
    }();
    return byKind[size_t(kind.kind)];
}

QString ftsText(const KindDef &kind, const QVariantMap &values)
{
    QStringList parts;
    for (const FieldDef &field : kind.fields) {
        if (field.searchable) {
            parts << values.value(field.key).toString();
        }
    }
    return parts.join(QLatin1Char(' ')).trimmed();
}

qint64 ftsRowid(const KindDef &kind, qint64 rid)
{
    if (kind.kind == ResourceKind::Incidents) {
        return -rid;
    }
    return (ftsKindCode(kind) << kFtsKindShift) | rid;
}

Status migrate(QSqlDatabase &db, int targetVersion)
{
    const int current = version(db);
    if (current < 0) {
        return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "cannot read the schema version of the database")), {}, db.databaseName()};
    }
    if (current > latestVersion()) {
        return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "the database was written by a newer Tidewatch (schema %1, this version knows %2)"))
                         .arg(current)
                         .arg(latestVersion()),
                     {}, db.databaseName()};
    }
    const QList<MigrationStep> &steps = migrationSteps();
    for (int next = current + 1; next <= targetVersion && next <= latestVersion(); ++next) {
        qCInfo(lcModels) << "migrating" << db.databaseName() << "to schema version" << next;
        Status status = inTransaction(db, [&]() -> Status {
            if (version(db) >= next) {
                return {}; // another connection to the same file migrated it meanwhile
            }
            if (Status stepped = steps[next - 1](db); !stepped) {
                return stepped;
            }
            return execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(next));
        });
        if (!status) {
            Error error = status.error();
            error.message = storeTr(QT_TRANSLATE_NOOP("tw::Store", "migration to schema version %1 failed: %2")).arg(next).arg(error.message);
            error.where = db.databaseName();
            return error;
        }
    }
    return {};
}

Status syncGenerated(QSqlDatabase &db)
{
    // What the derived indexes depend on: the columns of every kind and which of them are searchable.
    QStringList description{QStringLiteral("fts-rowid-v1"), QStringLiteral("fts-hashsize-%1").arg(kFtsHashSize)};
    for (const KindDef &kind : allKinds()) {
        QStringList columns;
        for (const FieldDef &field : kind.fields) {
            columns << field.key + QLatin1Char(' ') + columnType(field) + (field.searchable ? QStringLiteral(" fts") : QString());
        }
        description << kind.table + QLatin1Char('(') + columns.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    const QByteArray signature =
        QCryptographicHash::hash(description.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1).toHex();
    Result<QVariant> stored = scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'generated_schema'"));
    if (!stored) {
        return stored.error();
    }
    if (stored->toByteArray() == signature) {
        return {};
    }
    qCInfo(lcModels) << "generated schema changed; rebuilding the spatial and search indexes";
    return inTransaction(db, [&]() -> Status {
        for (const KindDef &kind : allKinds()) {
            if (Status status = createKindTable(db, kind); !status) {
                return status;
            }
            if (Status status = addMissingColumns(db, kind); !status) {
                return status;
            }
        }
        if (Status status = execAll(db, rebuildDerivedIndexes()); !status) {
            return status;
        }
        return execSql(db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('generated_schema', %1)")
                               .arg(sqlLiteral(QString::fromLatin1(signature))));
    });
}

Status checkSqliteFeatures(const QSqlDatabase &db)
{
    Result<QVariant> version = scalar(db, QStringLiteral("SELECT sqlite_version()"));
    if (!version) {
        return version.error();
    }
    const QStringList parts = version->toString().split(QLatin1Char('.'));
    const int number = parts.value(0).toInt() * 10000 + parts.value(1).toInt() * 100 + parts.value(2).toInt();
    if (number < 33400) {
        return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "SQLite %1 is too old: full-text search of Chinese text needs 3.34 or newer "
                             "(the trigram tokenizer)")).arg(version->toString()),
                     {}, {}};
    }
    if (!execSql(db, QStringLiteral("CREATE VIRTUAL TABLE temp.tw_probe_fts USING fts5(x, tokenize = 'trigram')"))) {
        return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "the SQLite library used by Qt has no FTS5 full-text search; install Qt's SQLite "
                             "driver built against the system SQLite")),
                     {}, {}};
    }
    static_cast<void>(execSql(db, QStringLiteral("DROP TABLE temp.tw_probe_fts")));
    if (!execSql(db, QStringLiteral("CREATE VIRTUAL TABLE temp.tw_probe_rtree USING rtree(id, x0, x1)"))) {
        return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "the SQLite library used by Qt has no R*Tree index; install Qt's SQLite driver "
                             "built against the system SQLite")),
                     {}, {}};
    }
    static_cast<void>(execSql(db, QStringLiteral("DROP TABLE temp.tw_probe_rtree")));
    return {};
}

} // namespace tw::StoreSchema
