#include "replaybar.h"
#include "store.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSlider>

using namespace tw;

TEST_CASE("the replay bar shows a past moment, never writes, and returns to live")
{
    Result<std::unique_ptr<Store>> opened = Store::open(QStringLiteral(":memory:"));
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    Result<MutationOutcome> created = store.apply(QStringLiteral("incident.create"),
                                                  {{QStringLiteral("title"), QStringLiteral("回放测试")},
                                                   {QStringLiteral("category"), QStringLiteral("accident")},
                                                   {QStringLiteral("lon"), 120.1},
                                                   {QStringLiteral("lat"), 30.2}});
    REQUIRE(created.ok());
    ReplayBar bar(&store);
    CHECK(bar.isLive());
    const qsizetype logBefore = store.mutationLog().size();

    QSignalSpy moved(&bar, &ReplayBar::viewTimeChanged);
    REQUIRE(bar.showMoment(0).ok()); // before the log: clamped to its first moment
    CHECK_FALSE(bar.isLive());
    REQUIRE(moved.size() == 1);
    const ReplayState state = moved.at(0).at(1).value<ReplayState>();
    CHECK(state.record(ResourceKind::Incidents, created->id) != nullptr);
    CHECK(bar.viewTimeMs() == moved.at(0).at(0).toLongLong());
    CHECK(bar.viewTimeMs() > 0);

    QSignalSpy live(&bar, &ReplayBar::liveResumed);
    bar.advance(1000); // playing past the end of the log returns to live
    CHECK(bar.isLive());
    CHECK(live.size() == 1);
    CHECK(store.mutationLog().size() == logBefore);
}
