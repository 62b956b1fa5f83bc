// Speed measurements of the store, hidden from the normal run (tag [.bench]): they print numbers
// and assert only correctness. Run: models_store_tests "[bench]"
#include "tst_storefixture.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tw;
using namespace tw::test;

namespace {

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0.0 : samples[samples.size() / 2];
}

QList<QPair<QString, QJsonObject>> teamBatch(int count, QRandomGenerator &random)
{
    static const QStringList capabilities{QStringLiteral("water_rescue,first_aid"), QStringLiteral("first_aid"),
                                          QStringLiteral("rope_rescue,hazmat"), QStringLiteral("power"),
                                          QStringLiteral("search,water_rescue")};
    static const QStringList statuses{QStringLiteral("available"), QStringLiteral("available"),
                                      QStringLiteral("assigned"), QStringLiteral("off_duty")};
    QList<QPair<QString, QJsonObject>> batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i) {
        batch.append({QStringLiteral("team.create"),
                      {{"name", QStringLiteral("杭州救援队%1").arg(i)},
                       {"team_kind", "search_rescue"},
                       {"capabilities", capabilities[i % capabilities.size()]},
                       {"status", statuses[(i / 5) % statuses.size()]},
                       {"headcount", 10 + i % 40},
                       {"agency", "杭州市应急管理局"},
                       {"lon", 119.9 + random.generateDouble() * 0.6},
                       {"lat", 30.0 + random.generateDouble() * 0.5}}});
    }
    return batch;
}

} // namespace

TEST_CASE("store throughput and query latency on a city-sized database", "[.][bench]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("bench.sqlite")));
    QRandomGenerator random(2024);

    const auto batch = teamBatch(100000, random);
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpuStart = std::clock();
    Result<QList<MutationOutcome>> created = store->applyBatch(batch);
    const double batchMs = timer.nsecsElapsed() / 1e6;
    REQUIRE(created.ok());
    std::printf("applyBatch 100k team.create: %.0f ms wall, %.0f ms cpu\n", batchMs,
                double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);

    const QList<MutationOutcome> teams = created.value();
    timer.restart();
    cpuStart = std::clock();
    const int singles = 5000;
    for (int i = 0; i < singles; ++i) {
        REQUIRE(store->apply(QStringLiteral("team.setPosition"),
                             {{"id", teams[i].id}, {"lon", 120.1 + i * 1e-5}, {"lat", 30.2}, {"at_ms", qint64(1700000000000) + i}})
                    .ok());
    }
    const double singleMs = timer.nsecsElapsed() / 1e6;
    std::printf("single apply(team.setPosition): %.0f /s wall, %.0f /s cpu\n", singles / (singleMs / 1000.0),
                singles / (double(std::clock() - cpuStart) / CLOCKS_PER_SEC));

    timer.restart();
    for (int i = 0; i < singles; ++i) {
        REQUIRE(store->apply(QStringLiteral("team.setStatus"),
                             {{"id", teams[i].id}, {"status", i % 2 ? "available" : "off_duty"}})
                    .ok());
    }
    std::printf("single apply(team.setStatus): %.0f /s\n", singles / (timer.nsecsElapsed() / 1e9));

    RecordFilter filter;
    filter.equals.insert(QStringLiteral("status"), QStringLiteral("available"));
    filter.capability = QStringLiteral("water_rescue");
    QList<double> nearestMs;
    for (int i = 0; i < 500; ++i) {
        const LonLat from(119.95 + random.generateDouble() * 0.5, 30.05 + random.generateDouble() * 0.4);
        timer.restart();
        const QList<Neighbor> found = store->nearest(ResourceKind::Teams, from, 10, filter);
        nearestMs << timer.nsecsElapsed() / 1e6;
        REQUIRE(found.size() == 10);
    }
    std::printf("nearest 10 available water_rescue of 100k: p50 %.3f ms\n", median(nearestMs));

    QList<double> radiusMs;
    for (int i = 0; i < 200; ++i) {
        const LonLat from(119.95 + random.generateDouble() * 0.5, 30.05 + random.generateDouble() * 0.4);
        timer.restart();
        const QList<Record> found = store->withinRadius(ResourceKind::Teams, from, 1000.0);
        radiusMs << timer.nsecsElapsed() / 1e6;
    }
    std::printf("withinRadius 1 km of 100k: p50 %.3f ms\n", median(radiusMs));

    // 1M timeline events over 1000 incidents.
    QList<QPair<QString, QJsonObject>> incidents;
    for (int i = 0; i < 1000; ++i) {
        incidents.append({QStringLiteral("incident.create"),
                          {{"title", QStringLiteral("事件%1 西湖区积水").arg(i)}, {"category", "natural_disaster"},
                           {"lon", 120.1}, {"lat", 30.2}}});
    }
    Result<QList<MutationOutcome>> incidentIds = store->applyBatch(incidents);
    REQUIRE(incidentIds.ok());
    timer.restart();
    for (int chunk = 0; chunk < 10; ++chunk) {
        QList<QPair<QString, QJsonObject>> notes;
        notes.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            notes.append({QStringLiteral("timeline.note"),
                          {{"incident_id", incidentIds->at(i % 1000).id},
                           {"text", QStringLiteral("第%1条现场报告：道路积水，已安排排涝").arg(chunk * 100000 + i)},
                           {"at_ms", qint64(1700000000000) + chunk * 100000 + i}}});
        }
        REQUIRE(store->applyBatch(notes).ok());
    }
    std::printf("applyBatch 1M timeline.note: %.0f ms\n", timer.nsecsElapsed() / 1e6);
    QList<double> timelineMs;
    for (int i = 0; i < 500; ++i) {
        const QString &incidentId = incidentIds->at(random.bounded(1000)).id;
        timer.restart();
        const QList<TimelineEvent> events = store->timeline(incidentId, 200);
        timelineMs << timer.nsecsElapsed() / 1e6;
        REQUIRE(events.size() == 200);
    }
    std::printf("timeline newest 200 of 1M events: p50 %.3f ms\n", median(timelineMs));

    QList<double> searchMs;
    for (const QString &term : {QStringLiteral("救援队123"), QStringLiteral("西湖区"), QStringLiteral("排涝"),
                                QStringLiteral("第99999条")}) {
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            const QList<SearchHit> hits = store->search(term, 50);
            searchMs << timer.nsecsElapsed() / 1e6;
            CHECK_FALSE(hits.isEmpty());
        }
    }
    std::printf("search (50 hits): p50 %.3f ms\n", median(searchMs));
}

TEST_CASE("store batch import speed", "[.][benchbatch]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("batch.sqlite")));
    QRandomGenerator random(7);
    const auto batch = teamBatch(100000, random);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    REQUIRE(store->applyBatch(batch).ok());
    std::printf("applyBatch 100k team.create: %.0f ms wall, %.0f ms cpu\n", timer.nsecsElapsed() / 1e6,
                double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
}
