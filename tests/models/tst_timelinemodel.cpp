#include "store.h"
#include "timelinemodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tw;

namespace {

std::unique_ptr<Store> openTimelineStore()
{
    Result<std::unique_ptr<Store>> store = Store::open(QStringLiteral(":memory:"));
    REQUIRE(store.ok());
    std::unique_ptr<Store> opened = std::move(store).value();
    opened->setActor(QStringLiteral("duty-officer"));
    return opened;
}

QString createIncident(Store &store, const QString &title)
{
    Result<MutationOutcome> created = store.apply(QStringLiteral("incident.create"),
                                                  {{QStringLiteral("title"), title},
                                                   {QStringLiteral("category"), QStringLiteral("accident")},
                                                   {QStringLiteral("lon"), 120.15},
                                                   {QStringLiteral("lat"), 30.28}});
    REQUIRE(created.ok());
    return created->id;
}

void addNote(Store &store, const QString &incidentId, const QString &text, qint64 atMs = 0)
{
    QJsonObject args{{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("text"), text}};
    if (atMs > 0) {
        args.insert(QStringLiteral("at_ms"), atMs);
    }
    REQUIRE(store.apply(QStringLiteral("timeline.note"), args).ok());
}

} // namespace

TEST_CASE("the timeline model shows one incident's events newest first and follows new ones")
{
    auto store = openTimelineStore();
    const QString fire = createIncident(*store, QStringLiteral("滨江区仓库火灾"));
    const QString other = createIncident(*store, QStringLiteral("余杭区道路塌陷"));
    TimelineModel model(store.get());
    model.setIncident(fire);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, TimelineModel::KindColumn), TimelineModel::KindRole).toString() == TimelineKind::Report);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    addNote(*store, fire, QStringLiteral("消防已到场"));
    REQUIRE(model.rowCount() == 2);
    CHECK(inserted.size() == 1);
    CHECK(reset.isEmpty());
    CHECK(model.data(model.index(0, TimelineModel::TextColumn)).toString() == QStringLiteral("消防已到场"));
    CHECK(model.data(model.index(0, TimelineModel::ActorColumn)).toString() == QStringLiteral("duty-officer"));
    CHECK(model.data(model.index(0, TimelineModel::IncidentColumn)).toString() == QStringLiteral("滨江区仓库火灾"));

    addNote(*store, other, QStringLiteral("另一事件"));
    CHECK(model.rowCount() == 2);

    // A note back-dated before the newest event is still placed in time order.
    addNote(*store, fire, QStringLiteral("补记：最早的电话"), model.event(1).atMs - 60'000);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.event(2).text == QStringLiteral("补记：最早的电话"));
    for (int row = 1; row < model.rowCount(); ++row) {
        CHECK(model.event(row - 1).atMs >= model.event(row).atMs);
    }
}

TEST_CASE("the timeline model over all incidents follows every incident and deletions")
{
    auto store = openTimelineStore();
    const QString a = createIncident(*store, QStringLiteral("甲"));
    TimelineModel model(store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 1);
    const QString b = createIncident(*store, QStringLiteral("乙"));
    addNote(*store, a, QStringLiteral("甲的记录"));
    CHECK(model.rowCount() == 3);
    CHECK(model.data(model.index(0, 0), TimelineModel::IncidentIdRole).toString() == a);

    REQUIRE(store->apply(QStringLiteral("incident.delete"), {{QStringLiteral("id"), b}}).ok());
    CHECK(model.rowCount() == 2);
    for (const TimelineEvent &event : model.events()) {
        CHECK(event.incidentId == a);
    }
    model.setLimit(1);
    CHECK(model.rowCount() == 1);
}

TEST_CASE("the timeline names the related object of an event and exports CSV")
{
    auto store = openTimelineStore();
    const QString a = createIncident(*store, QStringLiteral("西湖区, \"积水\""));
    TimelineModel model(store.get());
    addNote(*store, a, QStringLiteral("第一行\n第二行"));

    TimelineEvent order;
    order.incidentId = a;
    order.payload.insert(QStringLiteral("order_id"), QStringLiteral("o-1"));
    CHECK(TimelineModel::relatedObject(order) == qMakePair(QStringLiteral("dispatch_order"), QStringLiteral("o-1")));
    CHECK(TimelineModel::relatedObject(model.event(0)) == qMakePair(QStringLiteral("incident"), a));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.csv"));
    REQUIRE(model.writeCsv(path, model.events()).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes);
    CHECK(csv.contains(QStringLiteral("\"第一行\n第二行\"")));
    CHECK(csv.contains(QStringLiteral("\"西湖区, \"\"积水\"\"\"")));
    CHECK(csv.count(QStringLiteral("\r\n")) == 3);
    CHECK_FALSE(model.writeCsv(dir.filePath(QStringLiteral("missing/dir/t.csv")), model.events()).ok());
}
