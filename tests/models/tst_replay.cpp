#include "replayengine.h"
#include "replayreducer.h"
#include "replayscenario.h"
#include "store.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QMap>

using namespace tw;

namespace {

std::unique_ptr<Store> openStore()
{
    Result<std::unique_ptr<Store>> store = Store::open(QStringLiteral(":memory:"));
    REQUIRE(store.ok());
    return std::move(store).value();
}

// The live store after each moment at which the log's time moves on: applies the scenario's
// mutations one by one and snapshots the state whenever the next one is later.
struct LiveRun {
    std::unique_ptr<Store> store = openStore();
    QMap<qint64, ReplayState> snapshots; ///< log time -> live state at that moment
    int applied = 0;
    int refused = 0;
    QHash<QString, int> appliedByName;
};

LiveRun runLive(quint32 seed, int count, ReplayScenario::Options options)
{
    LiveRun run;
    ReplayScenario scenario(seed, options);
    qint64 logTimeMs = std::numeric_limits<qint64>::min();
    qint64 serverSeq = 0;
    for (int i = 0; i < count; ++i) {
        const Mutation mutation = scenario.next();
        const qint64 timeMs = std::max(logTimeMs, mutation.hlc.wallMs);
        if (timeMs > logTimeMs && run.applied > 0) {
            run.snapshots.insert(logTimeMs, ReplayState::fromStore(*run.store));
        }
        Result<MutationOutcome> outcome = run.store->applyRemote(mutation, ++serverSeq);
        if (outcome) {
            ++run.applied;
            ++run.appliedByName[mutation.name];
            logTimeMs = timeMs;
        } else {
            ++run.refused;
        }
    }
    run.snapshots.insert(logTimeMs, ReplayState::fromStore(*run.store));
    return run;
}

void requireReplayMatches(LiveRun &run, int checkpointInterval)
{
    ReplayEngine replay(*run.store, checkpointInterval);
    REQUIRE(replay.refresh().ok());
    REQUIRE(replay.head().unknownMutations.isEmpty());
    for (auto it = run.snapshots.cbegin(); it != run.snapshots.cend(); ++it) {
        Result<ReplayState> state = replay.stateAt(it.key());
        REQUIRE(state.ok());
        INFO("at " << it.key());
        REQUIRE(ReplayState::difference(state.value(), it.value()).toStdString() == std::string());
    }
}

} // namespace

TEST_CASE("replay at any moment equals the live state at that moment, over random mutation sequences")
{
    QHash<QString, int> applied;
    for (quint32 seed = 1; seed <= 12; ++seed) {
        ReplayScenario::Options options;
        options.maxStepMs = seed % 3 == 0 ? 2 : 60'000; // some runs with many same-ms ties
        LiveRun run = runLive(seed, 250, options);
        INFO("seed " << seed << ", " << run.applied << " applied, " << run.refused << " refused");
        REQUIRE(run.applied > 150);
        requireReplayMatches(run, 16);
        for (auto it = run.appliedByName.cbegin(); it != run.appliedByName.cend(); ++it) {
            applied[it.key()] += it.value();
        }
    }
    // The sequences exercised the mutations with side effects, not only the easy ones.
    for (const char *name : {"dispatch.issue", "dispatch.cancel", "dispatch.onScene", "stock.adjust", "incident.setStatus",
                             "incident.setWarningLevel", "team.setPosition", "incident.acknowledge"}) {
        INFO(name);
        CHECK(applied.value(QLatin1String(name)) > 0);
    }
}

TEST_CASE("replay agrees with the live state when changes arrive late with older times")
{
    for (quint32 seed = 100; seed <= 105; ++seed) {
        ReplayScenario::Options options;
        options.lateFraction = 0.15;
        LiveRun run = runLive(seed, 250, options);
        INFO("seed " << seed);
        requireReplayMatches(run, 8);
    }
}

TEST_CASE("replay before the first mutation is the empty city")
{
    LiveRun run = runLive(7, 50, {});
    ReplayEngine replay(*run.store);
    REQUIRE(replay.refresh().ok());
    Result<ReplayState> state = replay.stateAt(replay.firstMs() - 1);
    REQUIRE(state.ok());
    CHECK(state->size() == 0);
    CHECK(replay.firstMs() > 0);
    CHECK(replay.lastMs() >= replay.firstMs());
}

TEST_CASE("replay folds in mutations made after it was built when refreshed")
{
    LiveRun run = runLive(3, 80, {});
    ReplayEngine replay(*run.store, 10);
    REQUIRE(replay.refresh().ok());
    const qint64 before = replay.mutationCount();
    Result<MutationOutcome> note = run.store->apply(
        QStringLiteral("incident.create"),
        {{QStringLiteral("title"), QStringLiteral("新报事件")}, {QStringLiteral("category"), QStringLiteral("accident")},
         {QStringLiteral("lon"), 120.2}, {QStringLiteral("lat"), 30.3}});
    REQUIRE(note.ok());
    REQUIRE(replay.refresh().ok());
    CHECK(replay.mutationCount() == before + 1);
    CHECK(replay.head().record(ResourceKind::Incidents, note->id) != nullptr);
    CHECK(ReplayState::difference(replay.head(), ReplayState::fromStore(*run.store)).isEmpty());
}

TEST_CASE("replay never writes to the store")
{
    LiveRun run = runLive(5, 120, {});
    const qint64 logSize = run.store->mutationLog().size();
    const ReplayState live = ReplayState::fromStore(*run.store);
    ReplayEngine replay(*run.store, 4);
    REQUIRE(replay.refresh().ok());
    for (qint64 t = replay.firstMs(); t <= replay.lastMs(); t += (replay.lastMs() - replay.firstMs()) / 7 + 1) {
        REQUIRE(replay.stateAt(t).ok());
    }
    CHECK(run.store->mutationLog().size() == logSize);
    CHECK(ReplayState::difference(ReplayState::fromStore(*run.store), live).isEmpty());
}

TEST_CASE("replay counts mutations it cannot fold in instead of ignoring them silently")
{
    ReplayState state;
    LoggedMutation logged;
    logged.localSeq = 1;
    logged.mutation.name = QStringLiteral("incident.teleport");
    CHECK_FALSE(ReplayReducer::apply(state, logged));
    CHECK(state.unknownMutations.value(QStringLiteral("incident.teleport")) == 1);
    CHECK(ReplayReducer::knownMutations().contains(QStringLiteral("dispatch.issue")));
}

TEST_CASE("replay knows every mutation the store knows")
{
    const QStringList known = ReplayReducer::knownMutations();
    QStringList missing;
    for (const QString &name : Store::mutationNames()) {
        if (!known.contains(name)) {
            missing << name;
        }
    }
    INFO("not replayed: " << missing.join(QStringLiteral(", ")).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("replay follows map drawings, last writer wins per part")
{
    std::unique_ptr<Store> store = openStore();
    qint64 seq = 0;
    QMap<qint64, ReplayState> snapshots;
    auto pull = [&](qint64 atMs, const QString &name, const QJsonObject &args, const QString &node = QStringLiteral("a")) {
        const Mutation mutation{name, args, Hlc{atMs, 0, node}, QStringLiteral("标绘员"), QStringLiteral("console-") + node, ++seq};
        Result<MutationOutcome> applied = store->applyRemote(mutation, seq);
        INFO(name.toStdString() << ": " << applied.errorString().toStdString());
        REQUIRE(applied.ok());
        snapshots.insert(atMs, ReplayState::fromStore(*store));
    };
    const QString circle = QStringLiteral("0b9d6c1e-1111-4000-8000-000000000001");
    const QString area = QStringLiteral("0b9d6c1e-1111-4000-8000-000000000002");
    pull(1000, QStringLiteral("drawing.create"),
         {{QStringLiteral("id"), circle}, {QStringLiteral("shape"), QStringLiteral("circle")},
          {QStringLiteral("points"), QJsonArray{QJsonArray{120.15, 30.25}}}, {QStringLiteral("radius_m"), 500},
          {QStringLiteral("label"), QStringLiteral(" 警戒区 ")}, {QStringLiteral("color"), QStringLiteral("#FF0000")}});
    pull(2000, QStringLiteral("drawing.create"),
         {{QStringLiteral("id"), area}, {QStringLiteral("shape"), QStringLiteral("polygon")},
          {QStringLiteral("points"), QJsonArray{QJsonArray{120.1, 30.2}, QJsonArray{120.2, 30.2}, QJsonArray{120.2, 30.3},
                                                QJsonArray{120.1, 30.2}}}});
    pull(3000, QStringLiteral("drawing.update"),
         {{QStringLiteral("id"), circle}, {QStringLiteral("radius_m"), 800}, {QStringLiteral("color"), QString()}});
    // Made earlier on another console: its label loses to nothing newer, its geometry to 3000.
    pull(4000, QStringLiteral("drawing.update"),
         {{QStringLiteral("id"), circle}, {QStringLiteral("points"), QJsonArray{QJsonArray{120.16, 30.26}}},
          {QStringLiteral("label"), QStringLiteral("旧标注")}},
         QStringLiteral("b"));
    pull(5000, QStringLiteral("drawing.update"), {{QStringLiteral("id"), area}, {QStringLiteral("label"), QStringLiteral("疏散范围")}});
    pull(6000, QStringLiteral("drawing.delete"), {{QStringLiteral("id"), area}});

    ReplayEngine replay(*store, 2);
    REQUIRE(replay.refresh().ok());
    REQUIRE(replay.head().unknownMutations.isEmpty());
    for (auto it = snapshots.cbegin(); it != snapshots.cend(); ++it) {
        Result<ReplayState> state = replay.stateAt(it.key());
        REQUIRE(state.ok());
        INFO("at " << it.key());
        REQUIRE(ReplayState::difference(state.value(), it.value()).toStdString() == std::string());
    }
    Result<ReplayState> before = replay.stateAt(5500);
    REQUIRE(before.ok());
    REQUIRE(before->drawings.find(area) != nullptr);
    CHECK(before->drawings.find(area)->label == QStringLiteral("疏散范围"));
    CHECK(before->drawings.find(circle)->radiusMeters == 800.0);
    CHECK(replay.head().drawings.find(area) == nullptr);
}
