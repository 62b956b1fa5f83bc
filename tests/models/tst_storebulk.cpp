// Bulk batches and prepared streams: the R*Tree and full-text rows written at commit must match
// what mutation-by-mutation writes would have left, whatever the batch did to its own records.

#include "tst_storefixture.h"

#include "preparedstream.h"

#include <QSet>

#include <atomic>

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
