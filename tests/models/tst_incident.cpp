#include "tst_storefixture.h"

#include "incidentstatus.h"

#include <QSignalSpy>

using namespace tw;
using namespace tw::test;

namespace {

QStringList timelineKinds(Store &store, const QString &incidentId)
{
    QStringList kinds;
    for (const TimelineEvent &event : store.timeline(incidentId)) {
        kinds.prepend(event.kind); // oldest first
    }
    return kinds;
}

} // namespace

TEST_CASE("creating an incident writes a report on its timeline")
{
    auto store = openStore();
    QSignalSpy timelineSpy(store.get(), &Store::timelineChanged);
    const QString id = makeIncident(*store);
    const QList<TimelineEvent> events = store->timeline(id);
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == TimelineKind::Report);
    CHECK(events[0].actor == QStringLiteral("duty-officer"));
    CHECK(events[0].incidentId == id);
    CHECK(events[0].atMs > 0);
    CHECK(store->record(ResourceKind::Incidents, id)->text(QStringLiteral("status")) == IncidentStatus::Reported);
    CHECK(store->record(ResourceKind::Incidents, id)->integer(QStringLiteral("reported_at_ms")) == events[0].atMs);
    REQUIRE(timelineSpy.size() == 1);
    CHECK(timelineSpy.at(0).at(0).toString() == id);
}

TEST_CASE("grading an incident changes its level and logs the change")
{
    auto store = openStore();
    const QString id = makeIncident(*store);
    mustApply(*store, "incident.setLevel", {{"id", id}, {"event_level", "III"}});
    mustApply(*store, "incident.setLevel", {{"id", id}, {"event_level", "II"}, {"reason", "死亡人数上升"}});
    CHECK(store->record(ResourceKind::Incidents, id)->text(QStringLiteral("event_level")) == QStringLiteral("II"));
    const TimelineEvent latest = store->timeline(id).first();
    CHECK(latest.kind == TimelineKind::LevelChange);
    CHECK(latest.payload.value("from").toString() == QStringLiteral("III"));
    CHECK(latest.payload.value("to").toString() == QStringLiteral("II"));
    CHECK(latest.payload.value("reason").toString() == QStringLiteral("死亡人数上升"));

    const auto before = rowCounts(*store);
    CHECK(mustFail(*store, "incident.setLevel", {{"id", id}, {"event_level", "V"}}).field == QStringLiteral("event_level"));
    CHECK(mustFail(*store, "incident.setLevel", {{"id", id}, {"event_level", "II"}}).field == QStringLiteral("event_level"));
    CHECK(mustFail(*store, "incident.setLevel", {{"id", id}}).field == QStringLiteral("event_level"));
    CHECK(mustFail(*store, "incident.setLevel", {{"id", "ghost"}, {"event_level", "I"}}).field == QStringLiteral("id"));
    CHECK(mustFail(*store, "incident.update", {{"id", id}, {"event_level", "I"}}).field == QStringLiteral("event_level"));
    CHECK(rowCounts(*store) == before);
}

TEST_CASE("grading needs the incident's category")
{
    auto store = openStore();
    const QString id = makeIncident(*store);
    // Older files may hold incidents without a category; the schema now requires one on create.
    QSqlQuery clear(store->database());
    REQUIRE(clear.exec(QStringLiteral("UPDATE incidents SET category = NULL")));
    const Error error = mustFail(*store, "incident.setLevel", {{"id", id}, {"event_level", "IV"}});
    CHECK(error.field == QStringLiteral("category"));
}

TEST_CASE("the warning level is set and lifted separately from the event level")
{
    auto store = openStore();
    const QString id = makeIncident(*store);
    mustApply(*store, "incident.setWarningLevel", {{"id", id}, {"warning_level", "orange"}});
    CHECK(store->record(ResourceKind::Incidents, id)->text(QStringLiteral("warning_level")) == QStringLiteral("orange"));
    CHECK(store->record(ResourceKind::Incidents, id)->text(QStringLiteral("event_level")).isEmpty());
    mustApply(*store, "incident.setWarningLevel", {{"id", id}, {"warning_level", QJsonValue::Null}});
    CHECK_FALSE(store->record(ResourceKind::Incidents, id)->value(QStringLiteral("warning_level")).isValid());
    CHECK(timelineKinds(*store, id) == QStringList{"report", "warning_change", "warning_change"});
    CHECK(mustFail(*store, "incident.setWarningLevel", {{"id", id}, {"warning_level", "purple"}}).field
          == QStringLiteral("warning_level"));
    CHECK(mustFail(*store, "incident.setWarningLevel", {{"id", id}}).field == QStringLiteral("warning_level"));
}

TEST_CASE("incident status follows its lifecycle and asks for reasons where they are needed")
{
    auto store = openStore();
    const QString id = makeIncident(*store);
    mustApply(*store, "incident.setStatus", {{"id", id}, {"status", "verified"}});
    mustApply(*store, "incident.setStatus", {{"id", id}, {"status", "responding"}});
    mustApply(*store, "incident.setStatus", {{"id", id}, {"status", "contained"}});

    const auto before = rowCounts(*store);
    const Error noReason = mustFail(*store, "incident.setStatus", {{"id", id}, {"status", "closed"}});
    CHECK(noReason.field == QStringLiteral("reason"));
    const Error refused = mustFail(*store, "incident.setStatus", {{"id", id}, {"status", "reported"}, {"reason", "x"}});
    CHECK(refused.field == QStringLiteral("status"));
    CHECK(mustFail(*store, "incident.update", {{"id", id}, {"status", "closed"}}).field == QStringLiteral("status"));
    CHECK(rowCounts(*store) == before);

    mustApply(*store, "incident.setStatus", {{"id", id}, {"status", "closed"}, {"reason", "积水已排除"}});
    CHECK(store->record(ResourceKind::Incidents, id)->text(QStringLiteral("status")) == IncidentStatus::Closed);
    CHECK(timelineKinds(*store, id)
          == QStringList{"report", "verification", "status_change", "status_change", "status_change"});
    CHECK(store->timeline(id).first().payload.value("reason").toString() == QStringLiteral("积水已排除"));
    CHECK(mustFail(*store, "incident.setStatus", {{"id", id}, {"status", "responding"}, {"reason", "复燃"}}).field
          == QStringLiteral("status"));
}

TEST_CASE("casualty figures are non-negative and each update is on the timeline")
{
    auto store = openStore();
    const QString id = makeIncident(*store);
    mustApply(*store, "incident.setCasualties", {{"id", id}, {"deaths", 1}, {"trapped", 4}, {"direct_loss_cny", 1.5e6}});
    mustApply(*store, "incident.setCasualties", {{"id", id}, {"trapped", 0}, {"serious_injuries", 2}});
    Result<Record> incident = store->record(ResourceKind::Incidents, id);
    CHECK(incident->integer(QStringLiteral("deaths")) == 1);
    CHECK(incident->integer(QStringLiteral("trapped")) == 0);
    CHECK(incident->integer(QStringLiteral("serious_injuries")) == 2);
    CHECK(incident->real(QStringLiteral("direct_loss_cny")) == 1.5e6);
    const TimelineEvent latest = store->timeline(id).first();
    CHECK(latest.kind == TimelineKind::CasualtyUpdate);
    CHECK(latest.payload.value("trapped").toObject().value("from").toInt() == 4);
    CHECK(latest.payload.value("trapped").toObject().value("to").toInt() == 0);

    const auto before = rowCounts(*store);
    CHECK(mustFail(*store, "incident.setCasualties", {{"id", id}, {"deaths", -1}}).field == QStringLiteral("deaths"));
    CHECK(mustFail(*store, "incident.setCasualties", {{"id", id}, {"missing", 1.5}}).field == QStringLiteral("missing"));
    CHECK(mustFail(*store, "incident.setCasualties", {{"id", id}, {"direct_loss_cny", -5}}).field
          == QStringLiteral("direct_loss_cny"));
    CHECK(mustFail(*store, "incident.setCasualties", {{"id", id}}).field == QStringLiteral("deaths"));
    CHECK(mustFail(*store, "incident.setCasualties", {{"id", id}, {"injured", 3}}).field == QStringLiteral("injured"));
    CHECK(rowCounts(*store) == before);
}

TEST_CASE("an incident is acknowledged once, by the acting user")
{
    auto store = openStore();
    const QString id = makeIncident(*store);
    store->setActor(QStringLiteral("值班员张三"));
    mustApply(*store, "incident.acknowledge", {{"id", id}});
    Result<Record> incident = store->record(ResourceKind::Incidents, id);
    CHECK(incident->text(QStringLiteral("acknowledged_by")) == QStringLiteral("值班员张三"));
    CHECK(incident->integer(QStringLiteral("acknowledged_at_ms")) > 0);
    const TimelineEvent latest = store->timeline(id).first();
    CHECK(latest.kind == TimelineKind::Acknowledgement);
    CHECK(latest.actor == QStringLiteral("值班员张三"));
    CHECK(mustFail(*store, "incident.acknowledge", {{"id", id}}).field == QStringLiteral("id"));
}

TEST_CASE("notes are added to the timeline at the given time and updates are logged")
{
    auto store = openStore();
    const QString id = makeIncident(*store);
    mustApply(*store, "timeline.note", {{"incident_id", id}, {"text", "现场积水约40厘米"}, {"at_ms", 1000}});
    mustApply(*store, "timeline.note", {{"incident_id", id}, {"text", "无人机画面"}, {"attachment", "snapshots/1.jpg"}});
    mustApply(*store, "incident.update", {{"id", id}, {"description", "地下通道积水"}});
    const QList<TimelineEvent> events = store->timeline(id);
    REQUIRE(events.size() == 4);
    CHECK(events.last().text == QStringLiteral("现场积水约40厘米"));
    CHECK(events.last().atMs == 1000);
    CHECK(events[0].kind == TimelineKind::Update);
    CHECK(events[0].payload.value("fields").toArray().contains(QStringLiteral("description")));
    CHECK(events[1].kind == TimelineKind::Media);
    CHECK(events[1].attachment == QStringLiteral("snapshots/1.jpg"));

    const auto before = rowCounts(*store);
    CHECK(mustFail(*store, "timeline.note", {{"incident_id", id}, {"text", "  "}}).field == QStringLiteral("text"));
    CHECK(mustFail(*store, "timeline.note", {{"incident_id", "ghost"}, {"text", "x"}}).field == QStringLiteral("incident_id"));
    CHECK(rowCounts(*store) == before);
}

TEST_CASE("the timeline pages back from the newest event")
{
    auto store = openStore();
    const QString id = makeIncident(*store);
    const QString other = makeIncident(*store, QStringLiteral("另一事件"));
    QList<QPair<QString, QJsonObject>> notes;
    for (int i = 1; i <= 30; ++i) {
        notes.append({QStringLiteral("timeline.note"), {{"incident_id", id}, {"text", QStringLiteral("第%1条").arg(i)}, {"at_ms", qint64(4000000000000) + i * 1000}}});
    }
    REQUIRE(store->applyBatch(notes).ok());
    const QList<TimelineEvent> page = store->timeline(id, 10);
    REQUIRE(page.size() == 10);
    CHECK(page.first().text == QStringLiteral("第30条"));
    CHECK(page.last().text == QStringLiteral("第21条"));
    const QList<TimelineEvent> next = store->timeline(id, 10, page.last().atMs);
    REQUIRE(next.size() == 10);
    CHECK(next.first().text == QStringLiteral("第20条"));
    CHECK(store->timeline(other).size() == 1);
}

TEST_CASE("an incident without dispatch orders can be deleted with its timeline")
{
    auto store = openStore();
    const QString id = makeIncident(*store);
    mustApply(*store, "timeline.note", {{"incident_id", id}, {"text", "误报，已核实"}});
    mustApply(*store, "incident.delete", {{"id", id}});
    CHECK(store->timeline(id).isEmpty());
    CHECK(store->search(QStringLiteral("已核实")).isEmpty());
}
