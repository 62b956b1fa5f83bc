#include "replaybar.h"
#include "store.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <limits>

using namespace tw;

namespace {

QString createIncident(Store &store, const QString &title)
{
    Result<MutationOutcome> created = store.apply(QStringLiteral("incident.create"),
        { { QStringLiteral("title"), title }, { QStringLiteral("category"), QStringLiteral("accident") },
            { QStringLiteral("lon"), 120.1 }, { QStringLiteral("lat"), 30.2 } });
    REQUIRE(created.ok());
    return created->id;
}

} // namespace

TEST_CASE("the replay bar shows a past moment, never writes, and returns to live")
{
    Result<std::unique_ptr<Store>> opened = Store::open(QStringLiteral(":memory:"));
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    const QString id = createIncident(store, QStringLiteral("回放测试"));
    ReplayBar bar(&store);
    CHECK(bar.isLive());
    CHECK(bar.isIndexed()); // an in-memory database is read at once
    const qsizetype logBefore = store.mutationLog().size();

    QSignalSpy moved(&bar, &ReplayBar::viewTimeChanged);
    REQUIRE(bar.showMoment(0).ok()); // before the log: clamped to its first moment
    CHECK_FALSE(bar.isLive());
    REQUIRE(moved.size() == 1);
    const ReplayState state = moved.at(0).at(1).value<ReplayState>();
    CHECK(state.record(ResourceKind::Incidents, id) != nullptr);
    CHECK(bar.viewTimeMs() == moved.at(0).at(0).toLongLong());
    CHECK(bar.viewTimeMs() > 0);

    QSignalSpy live(&bar, &ReplayBar::liveResumed);
    bar.advance(1000); // playing past the end of the log returns to live
    CHECK(bar.isLive());
    CHECK(live.size() == 1);
    CHECK(store.mutationLog().size() == logBefore);
}

TEST_CASE("the replay bar reads a database file on a worker and builds dragged moments there")
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> opened = Store::open(dir.filePath(QStringLiteral("console.db")));
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    const QString first = createIncident(store, QStringLiteral("第一起"));
    const qint64 firstMs = store.mutationLog().constLast().mutation.hlc.wallMs;
    QTest::qWait(5); // the second incident a few ms later
    const QString second = createIncident(store, QStringLiteral("第二起"));

    ReplayBar bar(&store);
    if (!bar.isIndexed()) {
        QSignalSpy indexed(&bar, &ReplayBar::indexed);
        REQUIRE(indexed.wait(10000));
    }
    CHECK(bar.slider()->isEnabled());
    CHECK(bar.engine().mutationCount() == 2);

    // A change made while the worker read is folded in too.
    const QString third = createIncident(store, QStringLiteral("第三起"));
    QSignalSpy moved(&bar, &ReplayBar::viewTimeChanged);
    bar.requestMoment(firstMs);
    bar.requestMoment(firstMs); // a burst of drags: the last request wins
    REQUIRE(moved.wait(10000));
    const ReplayState state = moved.last().at(1).value<ReplayState>();
    CHECK(state.record(ResourceKind::Incidents, first) != nullptr);
    CHECK(state.record(ResourceKind::Incidents, second) == nullptr);
    CHECK_FALSE(bar.isLive());

    bar.goLive();
    REQUIRE(bar.showMoment(std::numeric_limits<qint64>::max()).ok()); // clamped to the end of the log
    CHECK(bar.shownState().record(ResourceKind::Incidents, third) != nullptr);
}
