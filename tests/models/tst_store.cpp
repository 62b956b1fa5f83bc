#include "tst_storefixture.h"

#include "storeschema.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUuid>

#include <thread>

using namespace tw;
using namespace tw::test;

TEST_CASE("an in-memory store opens at the latest schema version")
{
    auto store = openStore();
    CHECK(store->schemaVersion() == Store::latestSchemaVersion());
    CHECK_FALSE(QUuid::fromString(store->clientId()).isNull());
}

TEST_CASE("a database file keeps its client id across openings and uses WAL with foreign keys")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    QString clientId;
    {
        auto store = openStore(path);
        clientId = store->clientId();
        QSqlQuery pragma(store->database());
        REQUIRE(pragma.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(pragma.next());
        CHECK(pragma.value(0).toString() == QStringLiteral("wal"));
        REQUIRE(pragma.exec(QStringLiteral("PRAGMA foreign_keys")));
        REQUIRE(pragma.next());
        CHECK(pragma.value(0).toInt() == 1);
    }
    auto reopened = openStore(path);
    CHECK(reopened->clientId() == clientId);
}

TEST_CASE("opening a file from an older schema version migrates it and keeps its records")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(StoreSchema::migrate(db, 1).ok());
        REQUIRE(StoreSchema::version(db) == 1);
        QSqlQuery insert(db);
        REQUIRE(insert.exec(QStringLiteral(
            "INSERT INTO rescue_teams(id, lon, lat, name, team_kind, status, capabilities) "
            "VALUES ('old-team', 120.1, 30.2, '西湖区水上救援队', 'flood', 'available', 'water_rescue')")));
        insert.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));

    auto store = openStore(path);
    CHECK(store->schemaVersion() == Store::latestSchemaVersion());
    Result<Record> team = store->record(ResourceKind::Teams, QStringLiteral("old-team"));
    REQUIRE(team.ok());
    CHECK(team->text(QStringLiteral("name")) == QStringLiteral("西湖区水上救援队"));
    // The indexes added after version 1 were built from the existing rows.
    const QList<Neighbor> near = store->nearest(ResourceKind::Teams, LonLat(120.1, 30.2), 1);
    REQUIRE(near.size() == 1);
    CHECK(near.first().record.id == QStringLiteral("old-team"));
    const QList<SearchHit> hits = store->search(QStringLiteral("水上救援"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().id == QStringLiteral("old-team"));
    // ...and the tables added later work.
    const QString incidentId = makeIncident(*store);
    CHECK(store->timeline(incidentId).size() == 1);
}

TEST_CASE("a database from a newer version of the program is refused with a clear error")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery pragma(db);
        REQUIRE(pragma.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    Result<std::unique_ptr<Store>> store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().message.contains(QStringLiteral("newer")));
    CHECK(store.error().where == path);
}

TEST_CASE("metadata round-trips and the store's own keys cannot be overwritten")
{
    auto store = openStore();
    REQUIRE(store->setMetadata(QStringLiteral("dataset"), QStringLiteral("demo")).ok());
    CHECK(store->metadata(QStringLiteral("dataset")) == QStringLiteral("demo"));
    const Status refused = store->setMetadata(QStringLiteral("client_id"), QStringLiteral("x"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("key"));
    CHECK(store->metadata(QStringLiteral("client_id")) == store->clientId());
}

TEST_CASE("an unknown mutation name is refused and writes nothing")
{
    auto store = openStore();
    const auto before = rowCounts(*store);
    const Error error = mustFail(*store, QStringLiteral("team.teleport"), {{QStringLiteral("id"), QStringLiteral("x")}});
    CHECK(error.field == QStringLiteral("name"));
    CHECK(error.message.contains(QStringLiteral("team.teleport")));
    CHECK(rowCounts(*store) == before);
}

TEST_CASE("every applied mutation lands in the outbox with increasing sequence numbers and clocks")
{
    auto store = openStore();
    const QString teamId = makeTeam(*store, QStringLiteral("一队"));
    mustApply(*store, QStringLiteral("team.setStatus"), {{QStringLiteral("id"), teamId}, {QStringLiteral("status"), QStringLiteral("off_duty")}});
    mustApply(*store, QStringLiteral("team.setStatus"), {{QStringLiteral("id"), teamId}, {QStringLiteral("status"), QStringLiteral("available")}});

    const QList<LoggedMutation> outbox = store->outbox();
    REQUIRE(outbox.size() == 3);
    for (int i = 0; i < outbox.size(); ++i) {
        const LoggedMutation &logged = outbox[i];
        CHECK(logged.local);
        CHECK(logged.state == MutationState::Pending);
        CHECK(logged.mutation.clientId == store->clientId());
        CHECK(logged.mutation.clientSeq == logged.localSeq);
        CHECK(logged.mutation.actor == QStringLiteral("duty-officer"));
        CHECK(logged.mutation.hlc.node == store->clientId());
        if (i > 0) {
            CHECK(logged.localSeq > outbox[i - 1].localSeq);
            CHECK(logged.mutation.hlc > outbox[i - 1].mutation.hlc);
        }
    }
    // The generated id is part of the logged arguments, so the server creates the same record.
    CHECK(outbox[0].mutation.name == QStringLiteral("team.create"));
    CHECK(outbox[0].mutation.args.value(QStringLiteral("id")).toString() == teamId);
    CHECK(store->mutationLog(outbox[0].localSeq).size() == 2);
}

TEST_CASE("confirmed and rejected mutations leave the outbox and keep their outcome")
{
    auto store = openStore();
    makeTeam(*store, QStringLiteral("一队"));
    makeTeam(*store, QStringLiteral("二队"));
    const QList<LoggedMutation> outbox = store->outbox();
    REQUIRE(outbox.size() == 2);
    REQUIRE(store->markConfirmed(outbox[0].localSeq, 41).ok());
    REQUIRE(store->markRejected(outbox[1].localSeq, QStringLiteral("no permission"), 42).ok());
    CHECK(store->outbox().isEmpty());
    const QList<LoggedMutation> log = store->mutationLog();
    REQUIRE(log.size() == 2);
    CHECK(log[0].state == MutationState::Confirmed);
    CHECK(log[0].serverSeq == 41);
    CHECK(log[1].state == MutationState::Rejected);
    CHECK(log[1].reason == QStringLiteral("no permission"));
    CHECK_FALSE(store->markConfirmed(9999, 1).ok());
}

TEST_CASE("a batch applies all of its mutations in one go")
{
    auto store = openStore();
    QList<QPair<QString, QJsonObject>> batch;
    for (int i = 0; i < 20; ++i) {
        batch.append({QStringLiteral("team.create"),
                      {{QStringLiteral("name"), QStringLiteral("队%1").arg(i)},
                       {QStringLiteral("team_kind"), QStringLiteral("medical")},
                       {QStringLiteral("lon"), 120.0 + i * 0.01},
                       {QStringLiteral("lat"), 30.2}}});
    }
    Result<QList<MutationOutcome>> outcomes = store->applyBatch(batch);
    REQUIRE(outcomes.ok());
    CHECK(outcomes->size() == 20);
    CHECK(store->count(ResourceKind::Teams) == 20);
    CHECK(store->outbox().size() == 20);
}

TEST_CASE("a batch with one bad mutation writes nothing and names the mutation by number")
{
    auto store = openStore();
    makeTeam(*store, QStringLiteral("已有的队"));
    const auto before = rowCounts(*store);
    const QString ftsBefore = contentOf(*store, QStringLiteral("resource_fts"));
    QList<QPair<QString, QJsonObject>> batch;
    for (int i = 0; i < 5; ++i) {
        batch.append({QStringLiteral("team.create"),
                      {{QStringLiteral("name"), QStringLiteral("队%1").arg(i)},
                       {QStringLiteral("team_kind"), QStringLiteral("medical")},
                       {QStringLiteral("lon"), 120.1},
                       {QStringLiteral("lat"), 30.2}}});
    }
    batch[3].second.insert(QStringLiteral("lat"), 95.0);
    Result<QList<MutationOutcome>> outcomes = store->applyBatch(batch);
    REQUIRE_FALSE(outcomes.ok());
    CHECK(outcomes.error().where == QStringLiteral("#4"));
    CHECK(outcomes.error().field == QStringLiteral("lat"));
    CHECK(rowCounts(*store) == before);
    CHECK(contentOf(*store, QStringLiteral("resource_fts")) == ftsBefore);
    // The sequence numbers of the rolled-back batch are used again.
    const qint64 lastSeq = store->mutationLog().last().localSeq;
    makeTeam(*store, QStringLiteral("后来的队"));
    CHECK(store->mutationLog().last().localSeq == lastSeq + 1);
}

TEST_CASE("listeners hear about each changed record, and once per kind for a batch")
{
    auto store = openStore();
    QSignalSpy changed(store.get(), &Store::recordsChanged);
    QSignalSpy applied(store.get(), &Store::mutationApplied);
    const QString teamId = makeTeam(*store, QStringLiteral("一队"));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).value<ResourceKind>() == ResourceKind::Teams);
    CHECK(changed.at(0).at(1).toString() == teamId);
    REQUIRE(applied.size() == 1);
    CHECK(applied.at(0).at(0).value<LoggedMutation>().mutation.name == QStringLiteral("team.create"));

    changed.clear();
    applied.clear();
    QList<QPair<QString, QJsonObject>> batch;
    for (int i = 0; i < 3; ++i) {
        batch.append({QStringLiteral("team.create"),
                      {{QStringLiteral("name"), QStringLiteral("队%1").arg(i)},
                       {QStringLiteral("team_kind"), QStringLiteral("medical")},
                       {QStringLiteral("lon"), 120.1},
                       {QStringLiteral("lat"), 30.2}}});
    }
    batch.append({QStringLiteral("camera.create"),
                  {{QStringLiteral("name"), QStringLiteral("断桥")}, {QStringLiteral("lon"), 120.15}, {QStringLiteral("lat"), 30.26}}});
    REQUIRE(store->applyBatch(batch).ok());
    REQUIRE(changed.size() == 2);
    CHECK(changed.at(0).at(1).toString().isEmpty());
    CHECK(changed.at(1).at(0).value<ResourceKind>() == ResourceKind::Cameras);
    CHECK(applied.size() == 4);

    changed.clear();
    CHECK_FALSE(store->apply(QStringLiteral("team.setStatus"), {{QStringLiteral("id"), teamId}}).ok());
    CHECK(changed.isEmpty());
}

TEST_CASE("a mutation from the server is applied, logged as confirmed and kept out of the outbox")
{
    auto store = openStore();
    Mutation remote;
    remote.name = QStringLiteral("team.create");
    remote.args = {{QStringLiteral("id"), QStringLiteral("remote-team")},
                   {QStringLiteral("name"), QStringLiteral("萧山救援队")},
                   {QStringLiteral("team_kind"), QStringLiteral("search_rescue")},
                   {QStringLiteral("lon"), 120.26},
                   {QStringLiteral("lat"), 30.18}};
    remote.hlc = Hlc{QDateTime::currentMSecsSinceEpoch() + 60000, 3, QStringLiteral("other-console")};
    remote.actor = QStringLiteral("dispatcher-2");
    remote.clientId = QStringLiteral("other-console");
    remote.clientSeq = 17;
    Result<MutationOutcome> outcome = store->applyRemote(remote, 100);
    REQUIRE(outcome.ok());
    CHECK(store->record(ResourceKind::Teams, QStringLiteral("remote-team")).ok());
    CHECK(store->outbox().isEmpty());
    const QList<LoggedMutation> log = store->mutationLog();
    REQUIRE(log.size() == 1);
    CHECK_FALSE(log[0].local);
    CHECK(log[0].state == MutationState::Confirmed);
    CHECK(log[0].serverSeq == 100);
    CHECK(log[0].mutation.clientSeq == 17);
    CHECK(log[0].mutation.actor == QStringLiteral("dispatcher-2"));

    // The clock folded the remote time in: the next local change orders after it.
    makeTeam(*store, QStringLiteral("本地队"));
    CHECK(store->outbox().first().mutation.hlc > remote.hlc);

    // Pulling the same change again is harmless.
    REQUIRE(store->applyRemote(remote, 100).ok());
    CHECK(store->mutationLog().size() == 2);
    CHECK(store->count(ResourceKind::Teams) == 2);
}

TEST_CASE("an older position from the server loses to a newer one but is still logged")
{
    auto store = openStore();
    const QString teamId = makeTeam(*store, QStringLiteral("一队"));
    mustApply(*store, QStringLiteral("team.setPosition"),
              {{QStringLiteral("id"), teamId}, {QStringLiteral("lon"), 120.30}, {QStringLiteral("lat"), 30.30},
               {QStringLiteral("at_ms"), 2000}});
    const Hlc local = store->outbox().last().mutation.hlc;

    Mutation older;
    older.name = QStringLiteral("team.setPosition");
    older.args = {{QStringLiteral("id"), teamId}, {QStringLiteral("lon"), 120.01}, {QStringLiteral("lat"), 30.01},
                  {QStringLiteral("at_ms"), 1000}};
    older.hlc = Hlc{local.wallMs - 5000, 0, QStringLiteral("field-laptop")};
    older.clientId = QStringLiteral("field-laptop");
    older.clientSeq = 1;
    REQUIRE(store->applyRemote(older, 7).ok());
    Result<Record> team = store->record(ResourceKind::Teams, teamId);
    REQUIRE(team.ok());
    CHECK(team->point->lon == Approx(120.30));
    CHECK(team->integer(QStringLiteral("position_at_ms")) == 2000);
    CHECK(store->mutationLog().last().mutation.clientId == QStringLiteral("field-laptop"));

    Mutation newer = older;
    newer.hlc = Hlc{local.wallMs + 5000, 0, QStringLiteral("field-laptop")};
    newer.clientSeq = 2;
    newer.args.insert(QStringLiteral("lon"), 120.40);
    newer.args.insert(QStringLiteral("at_ms"), 3000);
    REQUIRE(store->applyRemote(newer, 8).ok());
    team = store->record(ResourceKind::Teams, teamId);
    CHECK(team->point->lon == Approx(120.40));
    // The R*Tree follows the position.
    const QList<Neighbor> near = store->nearest(ResourceKind::Teams, LonLat(120.40, 30.01), 1);
    REQUIRE(near.size() == 1);
    CHECK(near.first().distanceMeters < 1.0);
}

TEST_CASE("last writer wins per field for updates pulled from the server")
{
    auto store = openStore();
    const QString teamId = makeTeam(*store, QStringLiteral("一队"));
    mustApply(*store, QStringLiteral("team.update"), {{QStringLiteral("id"), teamId}, {QStringLiteral("agency"), QStringLiteral("新单位")}});
    const Hlc local = store->outbox().last().mutation.hlc;
    Mutation older{QStringLiteral("team.update"),
                   {{QStringLiteral("id"), teamId}, {QStringLiteral("agency"), QStringLiteral("旧单位")},
                    {QStringLiteral("headcount"), 12}},
                   Hlc{local.wallMs - 1, 0, QStringLiteral("b")}, QStringLiteral("x"), QStringLiteral("b"), 1};
    REQUIRE(store->applyRemote(older, 1).ok());
    Result<Record> team = store->record(ResourceKind::Teams, teamId);
    CHECK(team->text(QStringLiteral("agency")) == QStringLiteral("新单位"));
    CHECK(team->integer(QStringLiteral("headcount")) == 12); // a field nobody else changed
}

TEST_CASE("our own mutation coming back from the server confirms the outbox entry")
{
    auto store = openStore();
    makeTeam(*store, QStringLiteral("一队"));
    const LoggedMutation pending = store->outbox().first();
    REQUIRE(store->applyRemote(pending.mutation, 55).ok());
    CHECK(store->outbox().isEmpty());
    CHECK(store->count(ResourceKind::Teams) == 1);
    CHECK(store->mutationLog().first().serverSeq == 55);
}

TEST_CASE("a pulled batch and its cursor are stored together, or neither is")
{
    auto store = openStore();
    auto remoteTeam = [](const QString &id, qint64 seq, double lat) {
        return Mutation{QStringLiteral("team.create"),
                        {{QStringLiteral("id"), id}, {QStringLiteral("name"), id},
                         {QStringLiteral("team_kind"), QStringLiteral("power")},
                         {QStringLiteral("lon"), 120.1}, {QStringLiteral("lat"), lat}},
                        Hlc{1700000000000 + seq, 0, QStringLiteral("server")}, QStringLiteral("ops"),
                        QStringLiteral("other"), seq};
    };
    REQUIRE(store->applyRemoteBatch({{remoteTeam(QStringLiteral("a"), 1, 30.1), 10},
                                     {remoteTeam(QStringLiteral("b"), 2, 30.2), 11}},
                                    11)
                .ok());
    CHECK(store->syncCursor() == 11);
    Result<QList<MutationOutcome>> failed = store->applyRemoteBatch(
        {{remoteTeam(QStringLiteral("c"), 3, 30.3), 12}, {remoteTeam(QStringLiteral("d"), 4, 130.0), 13}}, 13);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().where == QStringLiteral("#2"));
    CHECK(store->syncCursor() == 11);
    CHECK(store->count(ResourceKind::Teams) == 2);
}

TEST_CASE("replaying one console's log on another gives the same records and timeline")
{
    auto first = openStore();
    const QString incidentId = makeIncident(*first);
    const QString teamId = makeTeam(*first, QStringLiteral("一队"));
    const QString warehouseId = makeWarehouse(*first);
    const QString itemId = makeItem(*first);
    mustApply(*first, QStringLiteral("stock.adjust"), {{QStringLiteral("warehouse_id"), warehouseId}, {QStringLiteral("item_id"), itemId}, {QStringLiteral("delta"), 10}});
    const QString orderId = mustApply(*first, QStringLiteral("dispatch.propose"), {{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("team_id"), teamId}});
    mustApply(*first, QStringLiteral("dispatch.issue"), {{QStringLiteral("id"), orderId}});

    auto second = openStore();
    qint64 serverSeq = 0;
    for (const LoggedMutation &logged : first->mutationLog()) {
        Result<MutationOutcome> outcome = second->applyRemote(logged.mutation, ++serverSeq);
        INFO(logged.mutation.name.toStdString() << ": " << outcome.errorString().toStdString());
        REQUIRE(outcome.ok());
    }
    for (const QString &table : {QStringLiteral("rescue_teams"), QStringLiteral("stock"), QStringLiteral("incidents"),
                                 QStringLiteral("dispatch_orders"), QStringLiteral("timeline_events")}) {
        INFO(table.toStdString());
        QString a = contentOf(*first, table);
        QString b = contentOf(*second, table);
        if (table == QStringLiteral("timeline_events")) {
            // mutation_seq is each database's own log position
            CHECK(first->timeline(incidentId).size() == second->timeline(incidentId).size());
            CHECK(first->timeline(incidentId).first().id == second->timeline(incidentId).first().id);
            continue;
        }
        CHECK(a == b);
    }
}

TEST_CASE("two stores on the same file in different threads both write")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto store = openStore(path);
    std::atomic<int> workerFailures{0};
    std::thread worker([&] {
        Result<std::unique_ptr<Store>> other = Store::open(path);
        if (!other) {
            ++workerFailures;
            return;
        }
        for (int i = 0; i < 50; ++i) {
            const QJsonObject args{{QStringLiteral("name"), QStringLiteral("线程队%1").arg(i)},
                                   {QStringLiteral("team_kind"), QStringLiteral("volunteer")},
                                   {QStringLiteral("lon"), 120.2}, {QStringLiteral("lat"), 30.2}};
            if (!(*other)->apply(QStringLiteral("team.create"), args).ok()) {
                ++workerFailures;
            }
        }
    });
    for (int i = 0; i < 50; ++i) {
        makeTeam(*store, QStringLiteral("主线程队%1").arg(i));
    }
    worker.join();
    CHECK(workerFailures == 0);
    CHECK(store->count(ResourceKind::Teams) == 100);
    const QList<LoggedMutation> log = store->mutationLog();
    REQUIRE(log.size() == 100);
    for (int i = 1; i < log.size(); ++i) {
        CHECK(log[i].localSeq == log[i - 1].localSeq + 1);
    }
    CHECK(store->search(QStringLiteral("线程队")).size() == 50);
}
