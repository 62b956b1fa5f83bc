#include "tst_storefixture.h"

#include "incidentstatus.h"
#include "planlibrary.h"
#include "replayengine.h"

#include <QSignalSpy>

using namespace tw;
using namespace tw::test;

namespace {

QString statusOf(Store &store, const QString &id)
{
    return store.record(ResourceKind::Incidents, id)->text(QStringLiteral("status"));
}

QString proposeTeam(Store &store, const QString &incidentId, const QString &teamId)
{
    return mustApply(store, QStringLiteral("dispatch.propose"),
                     {{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("team_id"), teamId}});
}

} // namespace

TEST_CASE("merging an incident closes it as a false alarm and keeps both timelines")
{
    auto store = openStore();
    const QString survivor = makeIncident(*store, QStringLiteral("拱墅区莫干山路化工仓库火灾"));
    const QString duplicate = makeIncident(*store, QStringLiteral("莫干山路起火（重复报警）"));
    mustApply(*store, "timeline.note", {{"incident_id", duplicate}, {"text", "报警人称看到黑烟"}});
    const QString team = makeTeam(*store, QStringLiteral("拱墅消防救援站"));
    const QString order = proposeTeam(*store, duplicate, team);
    const int duplicateEventsBefore = int(store->timeline(duplicate).size());
    const int survivorEventsBefore = int(store->timeline(survivor).size());

    store->setActor(QStringLiteral("shift-lead"));
    QSignalSpy timelineSpy(store.get(), &Store::timelineChanged);
    QSignalSpy orderSpy(store.get(), &Store::dispatchOrderChanged);
    const QString result = mustApply(*store, "incident.merge", {{"id", duplicate}, {"into_id", survivor}, {"reason", "同一起火点"}});
    CHECK(result == survivor);

    CHECK(statusOf(*store, duplicate) == IncidentStatus::FalseAlarm);
    CHECK(statusOf(*store, survivor) == IncidentStatus::Reported);

    // The duplicate's own timeline is untouched apart from its closing status change.
    const QList<TimelineEvent> duplicateEvents = store->timeline(duplicate);
    REQUIRE(duplicateEvents.size() == duplicateEventsBefore + 1);
    const TimelineEvent closing = duplicateEvents.first();
    CHECK(closing.kind == TimelineKind::StatusChange);
    CHECK(closing.actor == QStringLiteral("shift-lead"));
    CHECK(closing.payload.value("to").toString() == IncidentStatus::FalseAlarm);
    CHECK(closing.payload.value("merged_into").toString() == survivor);
    CHECK(closing.payload.value("reason").toString().contains(QStringLiteral("拱墅区莫干山路化工仓库火灾")));
    CHECK(closing.payload.value("reason").toString().contains(QStringLiteral("同一起火点")));

    // The survivor shows every event of the duplicate, at its time and by its actor, plus its own
    // status change naming the merged incident.
    const QList<TimelineEvent> survivorEvents = store->timeline(survivor);
    REQUIRE(survivorEvents.size() == survivorEventsBefore + duplicateEventsBefore + 1);
    CHECK(survivorEvents.first().kind == TimelineKind::StatusChange);
    CHECK(survivorEvents.first().payload.value("merged_from").toString() == duplicate);
    int copied = 0;
    for (const TimelineEvent &event : survivorEvents) {
        if (event.payload.value("merged_from").toString() != duplicate || event.kind == TimelineKind::StatusChange) {
            continue;
        }
        ++copied;
        const QString originalId = event.payload.value("merged_event_id").toString();
        const auto original = std::find_if(duplicateEvents.cbegin(), duplicateEvents.cend(),
                                           [&](const TimelineEvent &e) { return e.id == originalId; });
        REQUIRE(original != duplicateEvents.cend());
        CHECK(event.atMs == original->atMs);
        CHECK(event.actor == original->actor);
        CHECK(event.text == original->text);
        CHECK(event.kind == original->kind);
        CHECK(event.id != original->id);
    }
    CHECK(copied == duplicateEventsBefore);

    // The order now serves the surviving incident.
    CHECK(store->dispatchOrder(order)->incidentId == survivor);
    CHECK(store->dispatchOrders(duplicate).isEmpty());
    CHECK(store->dispatchOrders(survivor).size() == 1);
    REQUIRE(orderSpy.size() == 1);
    CHECK(orderSpy.at(0).at(1).toString() == survivor);
    QStringList changed;
    for (const QList<QVariant> &signal : timelineSpy) {
        changed << signal.at(0).toString();
    }
    CHECK(changed.contains(survivor));
    CHECK(changed.contains(duplicate));
}

TEST_CASE("a merge is refused for itself, unknown ids, finished or already merged incidents, and writes nothing")
{
    auto store = openStore();
    const QString a = makeIncident(*store, QStringLiteral("甲"));
    const QString b = makeIncident(*store, QStringLiteral("乙"));
    const QString closed = makeIncident(*store, QStringLiteral("已结案"));
    mustApply(*store, "incident.setStatus", {{"id", closed}, {"status", "verified"}});
    mustApply(*store, "incident.setStatus", {{"id", closed}, {"status", "responding"}});
    mustApply(*store, "incident.setStatus", {{"id", closed}, {"status", "contained"}});
    mustApply(*store, "incident.setStatus", {{"id", closed}, {"status", "closed"}, {"reason", "处置完毕"}});
    const QString falseAlarm = makeIncident(*store, QStringLiteral("误报"));
    mustApply(*store, "incident.setStatus", {{"id", falseAlarm}, {"status", "false_alarm"}, {"reason", "误报"}});
    const QString merged = makeIncident(*store, QStringLiteral("已合并"));
    mustApply(*store, "incident.merge", {{"id", merged}, {"into_id", a}});
    const QString drill = mustApply(*store, "incident.create",
                                    {{"title", "演练：化工泄漏"}, {"category", "accident"}, {"lon", 120.2},
                                     {"lat", 30.3}, {"exercise_id", "drill-2024-05"}});

    const auto before = rowCounts(*store);
    const QString log = contentOf(*store, QStringLiteral("mutation_log"));
    CHECK(mustFail(*store, "incident.merge", {{"id", a}, {"into_id", a}}).field == QStringLiteral("into_id"));
    CHECK(mustFail(*store, "incident.merge", {{"id", "ghost"}, {"into_id", a}}).field == QStringLiteral("id"));
    CHECK(mustFail(*store, "incident.merge", {{"id", a}, {"into_id", "ghost"}}).field == QStringLiteral("into_id"));
    CHECK(mustFail(*store, "incident.merge", {{"id", a}}).field == QStringLiteral("into_id"));
    CHECK(mustFail(*store, "incident.merge", {{"id", closed}, {"into_id", a}}).field == QStringLiteral("id"));
    CHECK(mustFail(*store, "incident.merge", {{"id", falseAlarm}, {"into_id", a}}).field == QStringLiteral("id"));
    CHECK(mustFail(*store, "incident.merge", {{"id", a}, {"into_id", closed}}).field == QStringLiteral("into_id"));
    CHECK(mustFail(*store, "incident.merge", {{"id", a}, {"into_id", falseAlarm}}).field == QStringLiteral("into_id"));
    const Error again = mustFail(*store, "incident.merge", {{"id", merged}, {"into_id", b}});
    CHECK(again.field == QStringLiteral("id"));
    CHECK(again.message.contains(a));
    CHECK(mustFail(*store, "incident.merge", {{"id", b}, {"into_id", merged}}).field == QStringLiteral("into_id"));
    CHECK(mustFail(*store, "incident.merge", {{"id", drill}, {"into_id", a}}).field == QStringLiteral("into_id"));
    CHECK(mustFail(*store, "incident.merge", {{"id", a}, {"into_id", b}, {"why", "x"}}).field == QStringLiteral("why"));
    CHECK(rowCounts(*store) == before);
    CHECK(contentOf(*store, QStringLiteral("mutation_log")) == log);
    CHECK(statusOf(*store, a) == IncidentStatus::Reported);
    CHECK(statusOf(*store, b) == IncidentStatus::Reported);
}

TEST_CASE("replay of a merge equals the live state")
{
    auto store = openStore();
    const QString survivor = makeIncident(*store, QStringLiteral("甲"));
    const QString duplicate = makeIncident(*store, QStringLiteral("乙"));
    const QString team = makeTeam(*store, QStringLiteral("西湖消防救援站"));
    proposeTeam(*store, duplicate, team);
    mustApply(*store, "incident.merge", {{"id", duplicate}, {"into_id", survivor}});
    ReplayEngine replay(*store);
    REQUIRE(replay.refresh().ok());
    CHECK(replay.head().unknownMutations.isEmpty());
    CHECK(ReplayState::difference(replay.head(), ReplayState::fromStore(*store)).isEmpty());
    CHECK(replay.head().orders.begin()->incidentId == survivor);
}

TEST_CASE("ticking a plan step writes a plan_step event the checklist reads back")
{
    auto store = openStore();
    const QString id = makeIncident(*store);
    mustApply(*store, "plan.tickStep", {{"incident_id", id}, {"plan_id", "hz-flood"}, {"step_id", "s1"}, {"done", true}});
    mustApply(*store, "plan.tickStep",
              {{"incident_id", id}, {"plan_id", "hz-flood"}, {"step_id", "s2"}, {"done", "true"}, {"note", "已通知"}});
    mustApply(*store, "plan.tickStep", {{"incident_id", id}, {"plan_id", "hz-flood"}, {"step_id", "s1"}, {"done", false}});
    const TimelineEvent latest = store->timeline(id).first();
    CHECK(latest.kind == TimelineKind::PlanStep);
    CHECK(latest.actor == QStringLiteral("duty-officer"));
    CHECK(latest.payload.value("plan_id").toString() == QStringLiteral("hz-flood"));
    CHECK(latest.payload.value("step_id").toString() == QStringLiteral("s1"));
    CHECK(latest.payload.value("done").toBool() == false);

    // (Ticks of one step within the same millisecond are not ordered by PlanLibrary::ticks, so the
    // checklist state is checked on the step ticked once.)
    const QHash<QString, PlanTick> ticks = PlanLibrary::ticks(*store, id, QStringLiteral("hz-flood"));
    REQUIRE(ticks.size() == 2);
    CHECK(ticks.value("s2").done);
    CHECK(ticks.value("s2").actor == QStringLiteral("duty-officer"));
    CHECK(ticks.value("s2").note == QStringLiteral("已通知"));

    const auto before = rowCounts(*store);
    CHECK(mustFail(*store, "plan.tickStep", {{"incident_id", "ghost"}, {"plan_id", "p"}, {"step_id", "s"}, {"done", true}}).field
          == QStringLiteral("incident_id"));
    CHECK(mustFail(*store, "plan.tickStep", {{"incident_id", id}, {"step_id", "s"}, {"done", true}}).field == QStringLiteral("plan_id"));
    CHECK(mustFail(*store, "plan.tickStep", {{"incident_id", id}, {"plan_id", "p"}, {"done", true}}).field == QStringLiteral("step_id"));
    CHECK(mustFail(*store, "plan.tickStep", {{"incident_id", id}, {"plan_id", "p"}, {"step_id", "s"}}).field == QStringLiteral("done"));
    CHECK(mustFail(*store, "plan.tickStep", {{"incident_id", id}, {"plan_id", "p"}, {"step_id", "s"}, {"done", "maybe"}}).field
          == QStringLiteral("done"));
    CHECK(mustFail(*store, "plan.tickStep",
                   {{"incident_id", id}, {"plan_id", "p"}, {"step_id", "s"}, {"done", true}, {"ticked", true}}).field
          == QStringLiteral("ticked"));
    CHECK(rowCounts(*store) == before);
}
