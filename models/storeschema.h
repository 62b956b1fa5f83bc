#pragma once

#include "entityschema.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace tw::StoreSchema {

/// The schema version a fully migrated database has (PRAGMA user_version).
int latestVersion();
/// The version of the database behind `db` (0 for an empty file).
int version(const QSqlDatabase &db);

/// Runs the migration steps after the database's version up to `targetVersion`, each in its own
/// transaction that also sets user_version. Tests use a lower target to make old files.
Status migrate(QSqlDatabase &db, int targetVersion = latestVersion());

/// Brings the parts generated from core/entityschema.h up to date with the code: tables of new
/// kinds and columns of new fields. When the generated schema changed since the last open, the
/// derived indexes (R*Tree, full text) are rebuilt from the tables.
Status syncGenerated(QSqlDatabase &db);

/// Fails with a clear Error when the SQLite behind the Qt driver lacks FTS5 (with the trigram
/// tokenizer) or R*Tree.
Status checkSqliteFeatures(const QSqlDatabase &db);

/// The SQL table of a kind's R*Tree index ("rescue_teams_rtree").
QString rtreeTable(const KindDef &kind);
/// A stable number per kind, the high bits of its rows in the resource full-text table.
qint64 ftsKindCode(const KindDef &kind);
constexpr int kFtsKindShift = 40;
/// The row of a record in its full-text table: -rid for incidents (incident_fts, where timeline
/// events use their seq), kind code << 40 | rid for other kinds (resource_fts).
qint64 ftsRowid(const KindDef &kind, qint64 rid);
/// The fields of a kind that full-text search indexes.
const QStringList &searchableColumns(const KindDef &kind);
/// The text a record contributes to full-text search.
QString ftsText(const KindDef &kind, const QVariantMap &values);
/// "INSERT INTO <fts>(...) SELECT ... FROM <table> t [WHERE condition]": a kind's full-text rows
/// from its table, for the rows matching `condition` (an SQL condition over `t`; all when empty).
QString ftsFill(const KindDef &kind, const QString &condition = {});
/// The same for a point kind's R*Tree rows.
QString rtreeFill(const KindDef &kind, const QString &condition = {});

/// Full-text tables: resources (kind, id, text) and incidents with their timeline
/// (incident_id, event_id, text). The store keeps them and the R*Trees up to date with explicit
/// statements, not triggers: on SQLite 3.40 FTS5 flushes its pending terms whenever a statement
/// opens a savepoint, which every trigger-driven insert does; that made imports several times slower.
inline constexpr const char *kResourceFts = "resource_fts";
inline constexpr const char *kIncidentFts = "incident_fts";

} // namespace tw::StoreSchema
