#include "tst_storefixture.h"

#include "geo.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace tw;
using namespace tw::test;

namespace {

// Random teams around Hangzhou; every third is busy, capabilities vary.
QStringList makeRandomTeams(Store &store, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    static const QStringList capabilities{QStringLiteral("water_rescue,first_aid"), QStringLiteral("first_aid"),
                                          QStringLiteral("rope_rescue, water_rescue"), QStringLiteral("hazmat")};
    QList<QPair<QString, QJsonObject>> batch;
    for (int i = 0; i < count; ++i) {
        batch.append({QStringLiteral("team.create"),
                      {{"name", QStringLiteral("随机队%1").arg(i)},
                       {"team_kind", "search_rescue"},
                       {"status", i % 3 == 0 ? "en_route" : "available"},
                       {"capabilities", capabilities[i % capabilities.size()]},
                       {"lon", 119.9 + random.generateDouble() * 0.6},
                       {"lat", 30.0 + random.generateDouble() * 0.5}}});
    }
    Result<QList<MutationOutcome>> outcomes = store.applyBatch(batch);
    REQUIRE(outcomes.ok());
    QStringList ids;
    for (const MutationOutcome &outcome : outcomes.value()) {
        ids << outcome.id;
    }
    return ids;
}

bool hasCapability(const Record &record, const QString &token)
{
    for (QString part : record.text(QStringLiteral("capabilities")).split(QLatin1Char(','))) {
        if (part.trimmed() == token) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("records are filtered by value, by a set of values, by capability and by name")
{
    auto store = openStore();
    makeTeam(*store, QStringLiteral("滨江消防站"), 120.2, 30.2, QStringLiteral("water_rescue, rope_rescue"));
    makeTeam(*store, QStringLiteral("萧山医疗队"), 120.26, 30.18, QStringLiteral("first_aid"), QStringLiteral("off_duty"));
    makeTeam(*store, QStringLiteral("余杭水上救援队"), 120.3, 30.42, QStringLiteral("Water_Rescue，diving"), QStringLiteral("en_route"));

    RecordFilter available;
    available.equals.insert(QStringLiteral("status"), QStringLiteral("available"));
    CHECK(store->records(ResourceKind::Teams, available).size() == 1);

    RecordFilter busy;
    busy.anyOf.insert(QStringLiteral("status"), QStringList{QStringLiteral("en_route"), QStringLiteral("off_duty")});
    CHECK(store->records(ResourceKind::Teams, busy).size() == 2);

    RecordFilter water;
    water.capability = QStringLiteral("water_rescue");
    CHECK(store->records(ResourceKind::Teams, water).size() == 2);
    water.capability = QStringLiteral("rescue"); // a token, not a substring
    CHECK(store->records(ResourceKind::Teams, water).isEmpty());
    water.capability = QStringLiteral("diving");
    CHECK(store->records(ResourceKind::Teams, water).size() == 1);

    RecordFilter named;
    named.text = QStringLiteral("救援");
    CHECK(store->records(ResourceKind::Teams, named).size() == 1);
    named.text = QStringLiteral("100%");
    CHECK(store->records(ResourceKind::Teams, named).isEmpty());

    RecordFilter limited;
    limited.limit = 2;
    CHECK(store->records(ResourceKind::Teams, limited).size() == 2);

    RecordFilter unknown;
    unknown.equals.insert(QStringLiteral("colour"), QStringLiteral("red"));
    CHECK(store->records(ResourceKind::Teams, unknown).isEmpty());
}

TEST_CASE("drill incidents can be left out of incident lists")
{
    auto store = openStore();
    makeIncident(*store);
    mustApply(*store, "incident.create", {{"title", "演练"}, {"category", "accident"}, {"exercise_id", "drill-1"},
                                          {"lon", 120.1}, {"lat", 30.1}});
    RecordFilter real;
    real.includeExercise = false;
    CHECK(store->records(ResourceKind::Incidents).size() == 2);
    const QList<Record> realOnly = store->records(ResourceKind::Incidents, real);
    REQUIRE(realOnly.size() == 1);
    CHECK(realOnly.first().text(QStringLiteral("exercise_id")).isEmpty());
}

TEST_CASE("radius and box queries agree with exact distances on random data")
{
    auto store = openStore();
    makeRandomTeams(*store, 2000, 11);
    const QList<Record> all = store->records(ResourceKind::Teams);
    QRandomGenerator random(5);
    for (int round = 0; round < 10; ++round) {
        const LonLat center(120.0 + random.generateDouble() * 0.4, 30.1 + random.generateDouble() * 0.3);
        const double radius = 500.0 + random.generateDouble() * 4000.0;
        QStringList expected;
        for (const Record &record : all) {
            if (distanceMeters(center, *record.point) <= radius) {
                expected << record.id;
            }
        }
        QStringList found;
        double last = 0.0;
        for (const Record &record : store->withinRadius(ResourceKind::Teams, center, radius)) {
            found << record.id;
            const double distance = distanceMeters(center, *record.point);
            CHECK(distance >= last); // nearest first
            last = distance;
        }
        expected.sort();
        found.sort();
        CHECK(found == expected);

        const double west = center.lon - 0.03, east = center.lon + 0.05, south = center.lat - 0.02, north = center.lat + 0.01;
        QStringList inBox;
        for (const Record &record : all) {
            if (record.point->lon >= west && record.point->lon <= east && record.point->lat >= south && record.point->lat <= north) {
                inBox << record.id;
            }
        }
        QStringList boxed;
        for (const Record &record : store->withinBox(ResourceKind::Teams, west, south, east, north)) {
            boxed << record.id;
        }
        inBox.sort();
        boxed.sort();
        CHECK(boxed == inBox);
    }
}

TEST_CASE("the k nearest records match a brute-force search, with filters")
{
    auto store = openStore();
    makeRandomTeams(*store, 3000, 42);
    const QList<Record> all = store->records(ResourceKind::Teams);
    QRandomGenerator random(7);
    RecordFilter filter;
    filter.equals.insert(QStringLiteral("status"), QStringLiteral("available"));
    filter.capability = QStringLiteral("water_rescue");
    for (int round = 0; round < 25; ++round) {
        // Some points lie outside the data, to make the search box grow a lot.
        const LonLat from(119.5 + random.generateDouble() * 1.4, 29.8 + random.generateDouble() * 0.9);
        const int k = 1 + random.bounded(15);
        const bool filtered = round % 2 == 0;
        QList<QPair<double, QString>> expected;
        for (const Record &record : all) {
            if (filtered && (record.text(QStringLiteral("status")) != QStringLiteral("available")
                             || !hasCapability(record, QStringLiteral("water_rescue")))) {
                continue;
            }
            expected.append({distanceMeters(from, *record.point), record.id});
        }
        std::sort(expected.begin(), expected.end());
        expected.resize(std::min<qsizetype>(k, expected.size()));
        const QList<Neighbor> found = store->nearest(ResourceKind::Teams, from, k, filtered ? filter : RecordFilter{});
        REQUIRE(found.size() == expected.size());
        for (int i = 0; i < found.size(); ++i) {
            CHECK(found[i].distanceMeters == Approx(expected[i].first));
            CHECK(found[i].record.id == expected[i].second);
        }
    }
}

TEST_CASE("nearest finds far-away records and returns fewer when there are not enough")
{
    auto store = openStore();
    makeTeam(*store, QStringLiteral("北京队"), 116.4, 39.9);
    makeTeam(*store, QStringLiteral("杭州队"), 120.16, 30.27);
    const QList<Neighbor> found = store->nearest(ResourceKind::Teams, LonLat(-70.0, -33.0), 5);
    REQUIRE(found.size() == 2);
    CHECK(found[0].distanceMeters <= found[1].distanceMeters);
    CHECK(store->nearest(ResourceKind::Supplies, LonLat(120, 30), 3).isEmpty());
}

TEST_CASE("search finds Chinese substrings in names, incidents and timeline text")
{
    auto store = openStore();
    const QString teamId = makeTeam(*store, QStringLiteral("杭州市西湖区消防救援大队"));
    const QString incidentId = makeIncident(*store, QStringLiteral("上城区望江路燃气泄漏"));
    mustApply(*store, "timeline.note", {{"incident_id", incidentId}, {"text", "已疏散群众约200人，关闭燃气总阀"}});
    makeWarehouse(*store, QStringLiteral("Hangzhou Central Depot"));

    QList<SearchHit> hits = store->search(QStringLiteral("西湖区"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == ResourceKind::Teams);
    CHECK(hits[0].id == teamId);
    CHECK(hits[0].title == QStringLiteral("杭州市西湖区消防救援大队"));
    CHECK(hits[0].snippet.contains(QStringLiteral("[西湖区]")));

    hits = store->search(QStringLiteral("燃气泄漏"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == ResourceKind::Incidents);
    CHECK(hits[0].id == incidentId);
    CHECK_FALSE(hits[0].isTimelineEvent);

    hits = store->search(QStringLiteral("疏散群众"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].isTimelineEvent);
    CHECK(hits[0].incidentId == incidentId);

    // One- and two-character terms are found too.
    hits = store->search(QStringLiteral("燃气"));
    CHECK(hits.size() == 2);
    hits = store->search(QStringLiteral("西"));
    CHECK(hits.size() == 1);
    CHECK(hits[0].snippet.contains(QStringLiteral("[西]")));

    // Latin text is matched regardless of case; several terms must all match.
    CHECK(store->search(QStringLiteral("central depot")).size() == 1);
    CHECK(store->search(QStringLiteral("central airport")).isEmpty());
    CHECK(store->search(QStringLiteral("\"quoted")).isEmpty());
    CHECK(store->search(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("the search index follows updates and deletions")
{
    auto store = openStore();
    const QString teamId = makeTeam(*store, QStringLiteral("拱墅区应急救援队"));
    CHECK(store->search(QStringLiteral("拱墅区")).size() == 1);
    mustApply(*store, "team.update", {{"id", teamId}, {"name", "临平区应急救援队"}});
    CHECK(store->search(QStringLiteral("拱墅区")).isEmpty());
    CHECK(store->search(QStringLiteral("临平区")).size() == 1);
    // Non-text changes leave the entry alone.
    mustApply(*store, "team.setStatus", {{"id", teamId}, {"status", "off_duty"}});
    CHECK(store->search(QStringLiteral("临平区")).size() == 1);
    mustApply(*store, "team.delete", {{"id", teamId}});
    CHECK(store->search(QStringLiteral("临平区")).isEmpty());
    CHECK(store->search(QStringLiteral("临平")).isEmpty());
}
