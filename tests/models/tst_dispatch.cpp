#include "tst_storefixture.h"

#include <QSignalSpy>

using namespace tw;
using namespace tw::test;

namespace {

struct Scene {
    std::unique_ptr<Store> store;
    QString incidentId;
    QString teamId;
    QString warehouseId;
    QString boats;
    QString jackets;
};

Scene makeScene()
{
    Scene scene;
    scene.store = openStore();
    Store &store = *scene.store;
    scene.incidentId = makeIncident(store);
    scene.teamId = makeTeam(store, QStringLiteral("西湖区水上救援队"));
    scene.warehouseId = makeWarehouse(store);
    scene.boats = makeItem(store, QStringLiteral("冲锋舟"));
    scene.jackets = makeItem(store, QStringLiteral("救生衣"));
    mustApply(store, "stock.adjust", {{"warehouse_id", scene.warehouseId}, {"item_id", scene.boats}, {"delta", 5}});
    mustApply(store, "stock.adjust", {{"warehouse_id", scene.warehouseId}, {"item_id", scene.jackets}, {"delta", 100}});
    return scene;
}

QJsonArray lines(const Scene &scene, double boats, double jackets)
{
    return QJsonArray{QJsonObject{{"warehouse_id", scene.warehouseId}, {"item_id", scene.boats}, {"quantity", boats}},
                      QJsonObject{{"warehouse_id", scene.warehouseId}, {"item_id", scene.jackets}, {"quantity", jackets}}};
}

QString propose(Scene &scene, const QString &teamId, const QJsonArray &orderLines = {})
{
    QJsonObject args{{"incident_id", scene.incidentId}};
    if (!teamId.isEmpty()) {
        args.insert("team_id", teamId);
    }
    if (!orderLines.isEmpty()) {
        args.insert("lines", orderLines);
    }
    return mustApply(*scene.store, QStringLiteral("dispatch.propose"), args);
}

void step(Scene &scene, const char *name, const QString &orderId, const QString &reason = {})
{
    QJsonObject args{{"id", orderId}};
    if (!reason.isEmpty()) {
        args.insert("reason", reason);
    }
    mustApply(*scene.store, QString::fromLatin1(name), args);
}

} // namespace

TEST_CASE("a dispatch order goes from proposal to completion with the team following it")
{
    Scene scene = makeScene();
    Store &store = *scene.store;
    QSignalSpy orderSpy(&store, &Store::dispatchOrderChanged);
    const QString orderId = propose(scene, scene.teamId, lines(scene, 2, 40));
    REQUIRE(orderSpy.size() == 1);
    CHECK(orderSpy.at(0).at(0).toString() == orderId);
    Result<DispatchOrder> order = store.dispatchOrder(orderId);
    REQUIRE(order.ok());
    CHECK(order->status == DispatchStatus::Proposed);
    CHECK(order->lines.size() == 2);
    CHECK(order->createdAtMs > 0);
    CHECK(teamStatus(store, scene.teamId) == QStringLiteral("available"));

    const QList<QPair<const char *, QString>> steps{{"dispatch.issue", "assigned"},
                                                    {"dispatch.acknowledge", "assigned"},
                                                    {"dispatch.enRoute", "en_route"},
                                                    {"dispatch.onScene", "on_scene"},
                                                    {"dispatch.complete", "available"}};
    for (const auto &[name, teamStatusAfter] : steps) {
        INFO(name);
        step(scene, name, orderId);
        CHECK(teamStatus(store, scene.teamId) == teamStatusAfter);
    }
    order = store.dispatchOrder(orderId);
    CHECK(order->status == DispatchStatus::Completed);
    for (const QString &status : {DispatchStatus::Issued, DispatchStatus::Acknowledged, DispatchStatus::EnRoute,
                                  DispatchStatus::OnScene, DispatchStatus::Completed}) {
        CHECK(order->timeOf(status) >= order->createdAtMs);
        CHECK(order->timeOf(status) > 0);
    }
    // Completion keeps the stock that was sent out.
    CHECK(stockQuantity(store, scene.warehouseId, scene.boats) == 3.0);
    CHECK(stockQuantity(store, scene.warehouseId, scene.jackets) == 60.0);

    QStringList kinds;
    for (const TimelineEvent &event : store.timeline(scene.incidentId)) {
        kinds.prepend(event.kind);
    }
    CHECK(kinds == QStringList{"report", "dispatch", "dispatch", "acknowledgement", "dispatch", "arrival", "dispatch"});
    CHECK(store.dispatchOrders(scene.incidentId).size() == 1);
    CHECK_FALSE(store.activeDispatchOrder(scene.teamId).has_value());
}

TEST_CASE("issuing takes the supply lines out of stock all or nothing")
{
    Scene scene = makeScene();
    Store &store = *scene.store;
    const QString tooMuch = propose(scene, {}, lines(scene, 2, 150));
    const auto before = rowCounts(store);
    const QString stockBefore = contentOf(store, QStringLiteral("stock"));
    const Error error = mustFail(store, QStringLiteral("dispatch.issue"), {{"id", tooMuch}});
    CHECK(error.field == QStringLiteral("lines[1].quantity"));
    CHECK(contentOf(store, QStringLiteral("stock")) == stockBefore);
    CHECK(rowCounts(store) == before);
    CHECK(store.dispatchOrder(tooMuch)->status == DispatchStatus::Proposed);

    const QString fits = propose(scene, {}, lines(scene, 5, 100));
    step(scene, "dispatch.issue", fits);
    CHECK(stockQuantity(store, scene.warehouseId, scene.boats) == 0.0);
    CHECK(stockQuantity(store, scene.warehouseId, scene.jackets) == 0.0);
}

TEST_CASE("reserved stock is not sent out by a dispatch")
{
    Scene scene = makeScene();
    Store &store = *scene.store;
    mustApply(store, "stock.reserve", {{"warehouse_id", scene.warehouseId}, {"item_id", scene.boats}, {"quantity", 4}});
    const QString orderId = propose(scene, {}, lines(scene, 2, 1));
    CHECK(mustFail(store, QStringLiteral("dispatch.issue"), {{"id", orderId}}).field == QStringLiteral("lines[0].quantity"));
}

TEST_CASE("cancelling before arrival returns the stock and frees the team")
{
    Scene scene = makeScene();
    Store &store = *scene.store;
    const QString orderId = propose(scene, scene.teamId, lines(scene, 3, 30));
    step(scene, "dispatch.issue", orderId);
    step(scene, "dispatch.enRoute", orderId);
    CHECK(stockQuantity(store, scene.warehouseId, scene.boats) == 2.0);
    CHECK(mustFail(store, QStringLiteral("dispatch.cancel"), {{"id", orderId}}).field == QStringLiteral("reason"));
    step(scene, "dispatch.cancel", orderId, QStringLiteral("水位已回落"));
    CHECK(stockQuantity(store, scene.warehouseId, scene.boats) == 5.0);
    CHECK(stockQuantity(store, scene.warehouseId, scene.jackets) == 100.0);
    CHECK(teamStatus(store, scene.teamId) == QStringLiteral("available"));
    Result<DispatchOrder> order = store.dispatchOrder(orderId);
    CHECK(order->status == DispatchStatus::Cancelled);
    CHECK(order->reason == QStringLiteral("水位已回落"));
    CHECK(order->cancelledAtMs > 0);
}

TEST_CASE("cancelling on scene keeps the stock as used")
{
    Scene scene = makeScene();
    Store &store = *scene.store;
    const QString orderId = propose(scene, scene.teamId, lines(scene, 1, 10));
    step(scene, "dispatch.issue", orderId);
    step(scene, "dispatch.acknowledge", orderId);
    step(scene, "dispatch.onScene", orderId);
    step(scene, "dispatch.cancel", orderId, QStringLiteral("转场"));
    CHECK(stockQuantity(store, scene.warehouseId, scene.boats) == 4.0);
    CHECK(teamStatus(store, scene.teamId) == QStringLiteral("available"));
}

TEST_CASE("a team cannot hold two active orders")
{
    Scene scene = makeScene();
    Store &store = *scene.store;
    const QString first = propose(scene, scene.teamId);
    const QString second = propose(scene, scene.teamId);
    step(scene, "dispatch.issue", first);
    REQUIRE(store.activeDispatchOrder(scene.teamId).has_value());
    CHECK(store.activeDispatchOrder(scene.teamId)->id == first);
    const auto before = rowCounts(store);
    const Error error = mustFail(store, QStringLiteral("dispatch.issue"), {{"id", second}});
    CHECK(error.field == QStringLiteral("team_id"));
    CHECK(error.message.contains(first));
    CHECK(rowCounts(store) == before);
    // Once the first is done the second can go.
    step(scene, "dispatch.enRoute", first);
    step(scene, "dispatch.onScene", first);
    step(scene, "dispatch.complete", first);
    step(scene, "dispatch.issue", second);
    CHECK(teamStatus(store, scene.teamId) == QStringLiteral("assigned"));
}

TEST_CASE("a team with an active order cannot be deleted")
{
    Scene scene = makeScene();
    Store &store = *scene.store;
    const QString orderId = propose(scene, scene.teamId);
    step(scene, "dispatch.issue", orderId);
    CHECK(mustFail(store, QStringLiteral("team.delete"), {{"id", scene.teamId}}).field == QStringLiteral("id"));
    CHECK(mustFail(store, QStringLiteral("incident.delete"), {{"id", scene.incidentId}}).field == QStringLiteral("id"));
}

TEST_CASE("refused dispatch steps name the status and write nothing")
{
    Scene scene = makeScene();
    Store &store = *scene.store;
    const QString orderId = propose(scene, scene.teamId);
    const auto before = rowCounts(store);
    for (const char *name : {"dispatch.acknowledge", "dispatch.enRoute", "dispatch.onScene", "dispatch.complete"}) {
        INFO(name);
        CHECK(mustFail(store, QString::fromLatin1(name), {{"id", orderId}}).field == QStringLiteral("status"));
    }
    CHECK(mustFail(store, QStringLiteral("dispatch.issue"), {{"id", "ghost"}}).field == QStringLiteral("id"));
    CHECK(mustFail(store, QStringLiteral("dispatch.issue"), {}).field == QStringLiteral("id"));
    CHECK(rowCounts(store) == before);
    step(scene, "dispatch.reject", orderId, QStringLiteral("队伍无船"));
    CHECK(store.dispatchOrder(orderId)->status == DispatchStatus::Rejected);
    CHECK(mustFail(store, QStringLiteral("dispatch.issue"), {{"id", orderId}}).field == QStringLiteral("status"));
}

TEST_CASE("a dispatch proposal is checked before anything is written")
{
    Scene scene = makeScene();
    Store &store = *scene.store;
    const auto before = rowCounts(store);
    struct Case {
        QJsonObject args;
        const char *field;
    };
    const QList<Case> cases{
        {{{"team_id", scene.teamId}}, "incident_id"},
        {{{"incident_id", "ghost"}, {"team_id", scene.teamId}}, "incident_id"},
        {{{"incident_id", scene.incidentId}, {"team_id", "ghost"}}, "team_id"},
        {{{"incident_id", scene.incidentId}}, "team_id"},
        {{{"incident_id", scene.incidentId}, {"lines", "boats"}}, "lines"},
        {{{"incident_id", scene.incidentId},
          {"lines", QJsonArray{QJsonObject{{"warehouse_id", scene.warehouseId}, {"item_id", scene.boats}, {"quantity", 0}}}}},
         "lines[0].quantity"},
        {{{"incident_id", scene.incidentId},
          {"lines", QJsonArray{QJsonObject{{"warehouse_id", "ghost"}, {"item_id", scene.boats}, {"quantity", 1}}}}},
         "lines[0].warehouse_id"},
        {{{"incident_id", scene.incidentId},
          {"lines", QJsonArray{QJsonObject{{"warehouse_id", scene.warehouseId}, {"quantity", 1}}}}},
         "lines[0].item_id"},
    };
    for (const Case &c : cases) {
        INFO(QJsonDocument(c.args).toJson(QJsonDocument::Compact).toStdString());
        CHECK(mustFail(store, QStringLiteral("dispatch.propose"), c.args).field == QString::fromLatin1(c.field));
    }
    CHECK(rowCounts(store) == before);
}

TEST_CASE("nothing is dispatched to a closed incident and drill orders carry the exercise")
{
    Scene scene = makeScene();
    Store &store = *scene.store;
    const QString drill = mustApply(store, "incident.create",
                                    {{"title", "防汛演练"}, {"category", "natural_disaster"}, {"exercise_id", "drill-2024"},
                                     {"lon", 120.1}, {"lat", 30.2}});
    const QString orderId = mustApply(store, "dispatch.propose", {{"incident_id", drill}, {"team_id", scene.teamId}});
    CHECK(store.dispatchOrder(orderId)->exerciseId == QStringLiteral("drill-2024"));

    mustApply(store, "incident.setStatus", {{"id", scene.incidentId}, {"status", "false_alarm"}, {"reason", "误报"}});
    CHECK(mustFail(store, "dispatch.propose", {{"incident_id", scene.incidentId}, {"team_id", scene.teamId}}).field
          == QStringLiteral("incident_id"));
}

TEST_CASE("the dispatch state machine allows only the documented steps")
{
    using namespace DispatchStatus;
    CHECK(dispatchTransitionAllowed(Proposed, Issued));
    CHECK(dispatchTransitionAllowed(Issued, EnRoute));
    CHECK(dispatchTransitionAllowed(OnScene, Completed));
    CHECK_FALSE(dispatchTransitionAllowed(Proposed, OnScene));
    CHECK_FALSE(dispatchTransitionAllowed(EnRoute, Rejected));
    CHECK_FALSE(dispatchTransitionAllowed(Completed, Cancelled));
    for (const QString &status : dispatchStatuses()) {
        CHECK(isDispatchFinished(status) == allowedDispatchTransitions(status).isEmpty());
    }
    CHECK(teamStatusForDispatch(EnRoute) == QStringLiteral("en_route"));
    CHECK(teamStatusForDispatch(Acknowledged).isEmpty());
}
