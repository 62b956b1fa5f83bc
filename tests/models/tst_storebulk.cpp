// Bulk batches and prepared streams: the R*Tree and full-text rows written at commit must match
// what mutation-by-mutation writes would have left, whatever the batch did to its own records.

#include "tst_storefixture.h"

#include "preparedstream.h"
#include "walcheckpointer.h"

#include <QSet>
#include <QSqlDriver>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <atomic>
#include <tuple>

using namespace tw;
using namespace tw::test;

namespace {

QJsonObject teamArgs(const QString &name, double lon, double lat)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("team_kind"), QStringLiteral("fire")},
            {QStringLiteral("status"), QStringLiteral("available")},
            {QStringLiteral("lon"), lon},
            {QStringLiteral("lat"), lat}};
}

qint64 count(const Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// Every team has exactly one R*Tree row at its position and one full-text row with its name.
void checkIndexesMatchTeams(const Store &store)
{
    const qint64 teams = count(store, QStringLiteral("SELECT count(*) FROM rescue_teams"));
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM rescue_teams_rtree")) == teams);
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM rescue_teams t JOIN rescue_teams_rtree r ON r.rid = t.rid "
                                      "WHERE abs(r.min_lon - t.lon) < 1e-4 AND abs(r.min_lat - t.lat) < 1e-4"))
          == teams);
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM resource_fts WHERE kind = 'teams'")) == teams);
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM rescue_teams t JOIN resource_fts f ON f.id = t.id "
                                      "WHERE f.kind = 'teams' AND instr(f.text, t.name) > 0"))
          == teams);
}

QSet<QString> searchIds(const Store &store, const QString &text)
{
    QSet<QString> ids;
    for (const SearchHit &hit : store.search(text, 500)) {
        ids.insert(hit.id);
    }
    return ids;
}

} // namespace

TEST_CASE("a bulk batch indexes its new records at commit, including ones it changes or deletes again")
{
    auto store = openStore();
    const QString before = makeTeam(*store, QStringLiteral("原有搜救队"), 120.10, 30.20);
    const QString doomed = makeTeam(*store, QStringLiteral("待撤销救援队"), 120.11, 30.21);

    QList<QPair<QString, QJsonObject>> batch;
    for (int i = 0; i < 100; ++i) {
        QJsonObject args = teamArgs(QStringLiteral("批量救援队%1号").arg(i), 120.0 + i * 0.001, 30.1 + i * 0.001);
        args.insert(QStringLiteral("id"), QStringLiteral("bulk-%1").arg(i));
        batch.append({QStringLiteral("team.create"), args});
    }
    // Changes to records of the same batch, and to records from before it.
    batch.append({QStringLiteral("team.update"), {{QStringLiteral("id"), QStringLiteral("bulk-5")},
                                                  {QStringLiteral("name"), QStringLiteral("改名突击队")}}});
    batch.append({QStringLiteral("team.setPosition"), {{QStringLiteral("id"), QStringLiteral("bulk-6")},
                                                       {QStringLiteral("lon"), 120.30},
                                                       {QStringLiteral("lat"), 30.40},
                                                       {QStringLiteral("at_ms"), 1000}}});
    batch.append({QStringLiteral("team.delete"), {{QStringLiteral("id"), QStringLiteral("bulk-7")}}});
    batch.append({QStringLiteral("team.update"), {{QStringLiteral("id"), before},
                                                  {QStringLiteral("name"), QStringLiteral("原有改编队")}}});
    batch.append({QStringLiteral("team.delete"), {{QStringLiteral("id"), doomed}}});
    batch.append({QStringLiteral("team.create"), teamArgs(QStringLiteral("最后补充队"), 120.2, 30.3)});
    REQUIRE(batch.size() >= 64); // large enough to take the bulk path
    Result<QList<MutationOutcome>> applied = store->applyBatch(batch);
    INFO(applied.errorString().toStdString());
    REQUIRE(applied.ok());

    checkIndexesMatchTeams(*store);
    CHECK(searchIds(*store, QStringLiteral("批量救援队")).size() == 98); // 100 - renamed - deleted
    CHECK(searchIds(*store, QStringLiteral("改名突击队")) == QSet<QString>{QStringLiteral("bulk-5")});
    CHECK(searchIds(*store, QStringLiteral("原有改编队")) == QSet<QString>{before});
    CHECK(searchIds(*store, QStringLiteral("原有搜救队")).isEmpty());
    CHECK(searchIds(*store, QStringLiteral("待撤销")).isEmpty());
    CHECK(searchIds(*store, QStringLiteral("最后补充队")).size() == 1);
    const QList<Neighbor> moved = store->nearest(ResourceKind::Teams, LonLat(120.30, 30.40), 1);
    REQUIRE(moved.size() == 1);
    CHECK(moved.first().record.id == QStringLiteral("bulk-6"));

    // After the batch, single mutations index the batch's records as usual.
    mustApply(*store, QStringLiteral("team.update"), {{QStringLiteral("id"), QStringLiteral("bulk-8")},
                                                     {QStringLiteral("name"), QStringLiteral("后续更名队")}});
    CHECK(searchIds(*store, QStringLiteral("后续更名队")) == QSet<QString>{QStringLiteral("bulk-8")});
    checkIndexesMatchTeams(*store);
}

TEST_CASE("a failing bulk batch leaves no index rows behind")
{
    auto store = openStore();
    makeTeam(*store, QStringLiteral("原有搜救队"));
    const QMap<QString, qint64> countsBefore = rowCounts(*store);
    const qint64 ftsBefore = count(*store, QStringLiteral("SELECT count(*) FROM resource_fts"));
    QList<QPair<QString, QJsonObject>> batch;
    for (int i = 0; i < 80; ++i) {
        batch.append({QStringLiteral("team.create"), teamArgs(QStringLiteral("回滚队%1").arg(i), 120.1, 30.2)});
    }
    batch.append({QStringLiteral("team.create"), teamArgs(QString(), 120.1, 30.2)}); // no name
    Result<QList<MutationOutcome>> applied = store->applyBatch(batch);
    REQUIRE_FALSE(applied.ok());
    CHECK(applied.error().where == QStringLiteral("#81"));
    CHECK(applied.error().field == QStringLiteral("name"));
    CHECK(rowCounts(*store) == countsBefore);
    CHECK(count(*store, QStringLiteral("SELECT count(*) FROM resource_fts")) == ftsBefore);
    CHECK(count(*store, QStringLiteral("SELECT count(*) FROM rescue_teams_rtree")) == 1);
    checkIndexesMatchTeams(*store);
    // The next batch starts clean.
    batch.removeLast();
    REQUIRE(store->applyBatch(batch).ok());
    checkIndexesMatchTeams(*store);
}

TEST_CASE("prepare() refuses what apply() refuses, with the same field and message")
{
    auto store = openStore();
    const QJsonObject bad = teamArgs(QStringLiteral("坐标越界队"), 200.0, 30.2);
    Result<PreparedMutation> prepared = Store::prepare(QStringLiteral("team.create"), bad);
    REQUIRE_FALSE(prepared.ok());
    const Error refused = mustFail(*store, QStringLiteral("team.create"), bad);
    CHECK(prepared.error().field == refused.field);
    CHECK(prepared.error().message == refused.message);

    Result<PreparedMutation> good = Store::prepare(QStringLiteral("team.create"), teamArgs(QStringLiteral("甲队"), 120.1, 30.2));
    REQUIRE(good.ok());
    REQUIRE(good->create);
    CHECK_FALSE(good->args.value(QStringLiteral("id")).toString().isEmpty());
    CHECK(good->create->record.id == good->args.value(QStringLiteral("id")).toString());
    // Other mutations pass through to their handlers.
    Result<PreparedMutation> update = Store::prepare(QStringLiteral("team.update"), {{QStringLiteral("id"), QStringLiteral("x")}});
    REQUIRE(update.ok());
    CHECK_FALSE(update->create);
}

TEST_CASE("a prepared stream writes what applyBatch writes, and logs the same mutations")
{
    auto viaBatch = openStore();
    auto viaStream = openStore();
    QList<QPair<QString, QJsonObject>> mutations;
    for (int i = 0; i < 1500; ++i) {
        QJsonObject args = teamArgs(QStringLiteral("流水队%1").arg(i), 120.0 + (i % 100) * 0.002, 30.1 + (i / 100) * 0.01);
        args.insert(QStringLiteral("id"), QStringLiteral("s-%1").arg(i));
        mutations.append({QStringLiteral("team.create"), args});
    }
    mutations.append({QStringLiteral("team.setStatus"), {{QStringLiteral("id"), QStringLiteral("s-3")},
                                                        {QStringLiteral("status"), QStringLiteral("assigned")}}});
    REQUIRE(viaBatch->applyBatch(mutations).ok());
    std::atomic<int> preparedCount{0};
    Result<QList<MutationOutcome>> streamed = applyPrepared(*viaStream, int(mutations.size()), [&](int i) {
        ++preparedCount;
        return Store::prepare(mutations[i].first, mutations[i].second);
    });
    INFO(streamed.errorString().toStdString());
    REQUIRE(streamed.ok());
    CHECK(streamed->size() == mutations.size());
    CHECK(preparedCount == mutations.size());
    CHECK(contentOf(*viaStream, QStringLiteral("rescue_teams")).size() > 0);
    const QString columns = QStringLiteral("SELECT name, args FROM mutation_log ORDER BY local_seq");
    const auto logOf = [&](const Store &store) {
        QStringList rows;
        QSqlQuery query(store.database());
        REQUIRE(query.exec(columns));
        while (query.next()) {
            rows << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
        }
        return rows;
    };
    CHECK(logOf(*viaStream) == logOf(*viaBatch));
    CHECK(teamStatus(*viaStream, QStringLiteral("s-3")) == QStringLiteral("assigned"));
    checkIndexesMatchTeams(*viaStream);
}

TEST_CASE("a prepared stream stops at the first error from either side and writes nothing")
{
    auto store = openStore();
    makeTeam(*store, QStringLiteral("原有搜救队"));
    const QMap<QString, qint64> countsBefore = rowCounts(*store);
    const int total = 40000; // more than the worker may prepare ahead of the writer

    SECTION("an error while preparing is returned as it is")
    {
        std::atomic<int> prepared{0};
        Result<QList<MutationOutcome>> result = applyPrepared(*store, total, [&](int i) -> Result<PreparedMutation> {
            ++prepared;
            if (i == 3000) {
                return Error{QStringLiteral("unreadable"), QStringLiteral("name"), QStringLiteral("teams.csv:row 3001")};
            }
            return Store::prepare(QStringLiteral("team.create"), teamArgs(QStringLiteral("队%1").arg(i), 120.1, 30.2));
        });
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().where == QStringLiteral("teams.csv:row 3001"));
        CHECK(prepared == 3001); // the worker stopped there
    }
    SECTION("an error while writing names the mutation and stops the worker")
    {
        std::atomic<int> prepared{0};
        Result<QList<MutationOutcome>> result = applyPrepared(*store, total, [&](int i) {
            ++prepared;
            QJsonObject args = teamArgs(QStringLiteral("队%1").arg(i), 120.1, 30.2);
            args.insert(QStringLiteral("id"), i == 700 ? QStringLiteral("dup") : QStringLiteral("t-%1").arg(i));
            if (i == 20) {
                args.insert(QStringLiteral("id"), QStringLiteral("dup"));
            }
            return Store::prepare(QStringLiteral("team.create"), args);
        });
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().where == QStringLiteral("#701"));
        CHECK(result.error().field == QStringLiteral("id"));
        CHECK(prepared < total);
    }
    CHECK(rowCounts(*store) == countsBefore);
    checkIndexesMatchTeams(*store);
}

namespace {

QStringList rows(const Store &store, const QString &sql)
{
    QStringList out;
    QSqlQuery query(store.database());
    REQUIRE(query.exec(sql));
    while (query.next()) {
        QStringList cells;
        for (int c = 0; c < query.record().count(); ++c) {
            cells << query.value(c).toString();
        }
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// The R*Tree (packed or not) is one SQLite accepts as its own (rtreecheck), holds exactly the
// entries SQLite would have written for the same points, and answers box queries as a tree SQLite
// built does.
void checkRtreeAsSqliteWouldBuildIt(const Store &store)
{
    CHECK(rows(store, QStringLiteral("SELECT rtreecheck('rescue_teams_rtree')")) == QStringList{QStringLiteral("ok")});
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("DROP TABLE IF EXISTS temp.rtree_oracle")));
    REQUIRE(query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.rtree_oracle USING rtree(rid, min_lon, max_lon, min_lat, max_lat)")));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO temp.rtree_oracle SELECT rid, lon, lon, lat, lat FROM rescue_teams")));
    const qint64 teams = count(store, QStringLiteral("SELECT count(*) FROM rescue_teams"));
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM rescue_teams_rtree")) == teams);
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM (SELECT * FROM rescue_teams_rtree EXCEPT "
                                      "SELECT * FROM temp.rtree_oracle)")) == 0);
    for (const auto &[lon, lat, half] : {std::tuple{120.1, 30.2, 0.05}, std::tuple{-75.3, -12.4, 3.0},
                                          std::tuple{0.0, 0.0, 40.0}, std::tuple{170.0, 60.0, 0.5}}) {
        const QString box = QStringLiteral(" WHERE max_lon >= %1 AND min_lon <= %2 AND max_lat >= %3 AND min_lat <= %4 ORDER BY rid")
                                .arg(lon - half, 0, 'g', 17).arg(lon + half, 0, 'g', 17)
                                .arg(lat - half, 0, 'g', 17).arg(lat + half, 0, 'g', 17);
        CHECK(rows(store, QStringLiteral("SELECT rid FROM rescue_teams_rtree") + box)
              == rows(store, QStringLiteral("SELECT rid FROM temp.rtree_oracle") + box));
    }
}

QList<QPair<QString, QJsonObject>> scatteredTeams(int count, int seed)
{
    // Points over both hemispheres, so that rounding to floats is checked on either sign.
    QList<QPair<QString, QJsonObject>> batch;
    quint32 state = quint32(seed) * 2654435761u + 1;
    const auto next = [&] {
        state = state * 1664525u + 1013904223u;
        return double(state >> 8) / double(1u << 24);
    };
    for (int i = 0; i < count; ++i) {
        const double lon = -179.9 + next() * 359.8;
        const double lat = -85.0 + next() * 170.0;
        batch.append({QStringLiteral("team.create"), teamArgs(QStringLiteral("散点队%1-%2").arg(seed).arg(i), lon, lat)});
    }
    return batch;
}

} // namespace

TEST_CASE("a batch that adds many points packs the spatial index, and SQLite keeps using it as its own")
{
    auto store = openStore();
    for (int i = 0; i < 5; ++i) {
        makeTeam(*store, QStringLiteral("原有队%1").arg(i), 120.1 + i * 0.01, 30.2);
    }
    REQUIRE(store->applyBatch(scatteredTeams(3000, 1)).ok());
    CHECK(count(*store, QStringLiteral("SELECT count(*) FROM rescue_teams_rtree_node")) > 60); // more than one level
    checkRtreeAsSqliteWouldBuildIt(*store);
    checkIndexesMatchTeams(*store);
    const QList<Neighbor> near = store->nearest(ResourceKind::Teams, LonLat(120.1, 30.2), 1);
    REQUIRE(near.size() == 1);
    CHECK(near.first().record.displayName() == QStringLiteral("原有队0"));

    // Single changes go through SQLite's own R*Tree code on the packed tree.
    const QString added = makeTeam(*store, QStringLiteral("后加队"), 121.5, 29.5);
    const QList<MutationOutcome> firstIds = store->applyBatch({{QStringLiteral("team.create"), teamArgs(QStringLiteral("单加队"), -10.0, 10.0)}}).value();
    mustApply(*store, QStringLiteral("team.setPosition"), {{QStringLiteral("id"), added},
                                                          {QStringLiteral("lon"), -60.5},
                                                          {QStringLiteral("lat"), -30.5},
                                                          {QStringLiteral("at_ms"), 1000}});
    mustApply(*store, QStringLiteral("team.delete"), {{QStringLiteral("id"), firstIds.first().id}});
    checkRtreeAsSqliteWouldBuildIt(*store);

    // A second large batch packs the tree again, with the records already there.
    REQUIRE(store->applyBatch(scatteredTeams(1500, 2)).ok());
    checkRtreeAsSqliteWouldBuildIt(*store);
    checkIndexesMatchTeams(*store);
    const QList<Neighbor> moved = store->nearest(ResourceKind::Teams, LonLat(-60.5, -30.5), 1);
    REQUIRE(moved.size() == 1);
    CHECK(moved.first().record.id == added);
}

TEST_CASE("prepareCreate() of a validated record logs the object apply() would log, and writes the same")
{
    // Text that JSON must escape, numbers that are awkward as text, and a boolean.
    const QString awkward = QStringLiteral("引号\"反斜杠\\换行\n制表\t控制\x01结束 😀");
    QJsonObject camera{{QStringLiteral("name"), awkward},
                       {QStringLiteral("heading_deg"), 0.1},
                       {QStringLiteral("fov_deg"), 1e-7 + 1},
                       {QStringLiteral("range_m"), 120.0},
                       {QStringLiteral("ptz"), true},
                       {QStringLiteral("owner"), QStringLiteral("/slash/")},
                       {QStringLiteral("lon"), -0.30000000000000004},
                       {QStringLiteral("lat"), 30.123456789012345},
                       {QStringLiteral("id"), QStringLiteral("cam-1")}};
    const KindDef &kind = kindDef(ResourceKind::Cameras);
    QVariantMap fields = camera.toVariantMap();
    fields.remove(QStringLiteral("id"));
    fields.remove(QStringLiteral("lon"));
    fields.remove(QStringLiteral("lat"));
    Result<QVariantMap> values = validateValues(kind, fields, false);
    REQUIRE(values.ok());
    Record record{ResourceKind::Cameras, QStringLiteral("cam-1"), LonLat(-0.30000000000000004, 30.123456789012345), values.value(), 0, 0};

    // What an import asked apply() for before: the validated record, defaults included, as arguments.
    QJsonObject asArgs = record.toJson();
    for (auto it = asArgs.begin(); it != asArgs.end();) {
        it = it.value().isNull() ? asArgs.erase(it) : it + 1;
    }
    CHECK(asArgs.value(QStringLiteral("status")) == QStringLiteral("unknown")); // a default

    Result<PreparedMutation> fast = Store::prepareCreate(record);
    REQUIRE(fast.ok());
    Result<PreparedMutation> slow = Store::prepare(QStringLiteral("camera.create"), asArgs);
    REQUIRE(slow.ok());
    QJsonParseError parseError{};
    const QJsonObject logged = QJsonDocument::fromJson(fast->create->argsJson, &parseError).object();
    INFO(fast->create->argsJson.toStdString());
    REQUIRE(parseError.error == QJsonParseError::NoError);
    CHECK(logged == QJsonDocument::fromJson(slow->create->argsJson).object());
    CHECK(logged == record.arguments());
    CHECK(logged.keys() == slow->args.keys());
    CHECK(fast->create->record.values == slow->create->record.values);
    CHECK(fast->create->record.point->lon == slow->create->record.point->lon);

    // Written through a stream, the row and the log read back as apply() leaves them.
    auto viaFast = openStore();
    auto viaApply = openStore();
    REQUIRE(applyPrepared(*viaFast, 1, [&](int) { return Store::prepareCreate(record); }).ok());
    mustApply(*viaApply, QStringLiteral("camera.create"), asArgs);
    const QString columns = QStringLiteral("SELECT id, name, heading_deg, fov_deg, range_m, ptz, owner, status, lon, lat FROM cameras");
    CHECK(rows(*viaFast, columns) == rows(*viaApply, columns));
    const auto loggedArgs = [](const Store &store) {
        QSqlQuery query(store.database());
        REQUIRE(query.exec(QStringLiteral("SELECT args FROM mutation_log")));
        REQUIRE(query.next());
        return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    };
    CHECK(loggedArgs(*viaFast) == loggedArgs(*viaApply));

    SECTION("an id is made when the record has none, and rules between fields still apply")
    {
        Record unnamed = record;
        unnamed.id.clear();
        Result<PreparedMutation> made = Store::prepareCreate(unnamed);
        REQUIRE(made.ok());
        CHECK_FALSE(made->create->record.id.isEmpty());
        CHECK(QJsonDocument::fromJson(made->create->argsJson).object().value(QStringLiteral("id")).toString()
              == made->create->record.id);

        const QJsonObject full{{QStringLiteral("name"), QStringLiteral("满员避难所")},
                               {QStringLiteral("shelter_kind"), QStringLiteral("indoor")},
                               {QStringLiteral("capacity"), 10},
                               {QStringLiteral("occupancy"), 11},
                               {QStringLiteral("lon"), 120.1},
                               {QStringLiteral("lat"), 30.2}};
        const KindDef &shelters = kindDef(ResourceKind::Shelters);
        QVariantMap shelterFields = full.toVariantMap();
        shelterFields.remove(QStringLiteral("lon"));
        shelterFields.remove(QStringLiteral("lat"));
        Result<QVariantMap> shelterValues = validateValues(shelters, shelterFields, false);
        REQUIRE(shelterValues.ok());
        Result<PreparedMutation> refused =
            Store::prepareCreate(Record{ResourceKind::Shelters, {}, LonLat(120.1, 30.2), shelterValues.value(), 0, 0});
        REQUIRE_FALSE(refused.ok());
        const Error applied = mustFail(*viaApply, QStringLiteral("shelter.create"), full);
        CHECK(refused.error().field == applied.field);
        CHECK(refused.error().message == applied.message);
    }
}

TEST_CASE("where the R*Tree's own tables are read-only, a large batch leaves the tree to SQLite")
{
    auto store = openStore();
    const QVariant handle = store->database().driver()->handle();
    REQUIRE(QByteArray(handle.typeName()) == "sqlite3*");
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    int defensive = 0;
    REQUIRE(sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &defensive) == SQLITE_OK);
    REQUIRE(defensive == 1);
    QSqlQuery query(store->database());
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM rescue_teams_rtree_node"))); // what packing would need

    Result<QList<MutationOutcome>> applied = store->applyBatch(scatteredTeams(2000, 3));
    INFO(applied.errorString().toStdString());
    REQUIRE(applied.ok());
    checkRtreeAsSqliteWouldBuildIt(*store);
    checkIndexesMatchTeams(*store);
}

TEST_CASE("a big commit leaves the log to a background checkpoint, which copies all of it")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray path = dir.filePath(QStringLiteral("wal.sqlite")).toUtf8();
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA journal_mode = WAL; CREATE TABLE t(x BLOB)", nullptr, nullptr, nullptr) == SQLITE_OK);
    {
        Internal::WalCheckpointer checkpointer(db, QString::fromUtf8(path));
        // A small commit asks for nothing.
        REQUIRE(sqlite3_exec(db, "INSERT INTO t VALUES (zeroblob(1000))", nullptr, nullptr, nullptr) == SQLITE_OK);
        checkpointer.waitUntilIdle();
        CHECK(checkpointer.checkpointsDone() == 0);
        // About 2,500 pages in one commit: past the threshold.
        REQUIRE(sqlite3_exec(db,
                             "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500) "
                             "INSERT INTO t SELECT zeroblob(4000) FROM n; COMMIT",
                             nullptr, nullptr, nullptr)
                == SQLITE_OK);
        checkpointer.waitUntilIdle();
        CHECK(checkpointer.checkpointsDone() == 1);
        int logPages = -1;
        int copied = -1;
        REQUIRE(sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied) == SQLITE_OK);
        CHECK(logPages > Internal::WalCheckpointer::kPages);
        CHECK(copied == logPages); // the background checkpoint already copied every page
    }
    sqlite3_close(db);
}
